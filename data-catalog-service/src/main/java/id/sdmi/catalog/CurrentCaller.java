package id.sdmi.catalog;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: their name, organisation (token claim {@code org}) and roles. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller get() {
        Object org = token.getClaim("org");
        return new Caller(identity.getPrincipal().getName(), org == null ? null : org.toString(), identity.getRoles());
    }
}
