package id.sdmi.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers bearer tokens the realm's keys have verified, until each one expires, so that a client sending the same
 * token again (as every client does for the token's few minutes) is not parsed and verified again on every request —
 * as Envoy's JWT cache does. A token is known by its whole text, signature included: another token, however similar,
 * is verified afresh, and a token that failed is never remembered. Verification itself stays Quarkus OIDC's
 * (local, against the realm's keys); the services behind check every token again. Like any local verification it
 * does not learn of revocations; a realm key withdrawn after a compromise is still trusted here for the tokens
 * already remembered, until they expire (at most {@code max-age}, 5 minutes by default).
 */
@ApplicationScoped
public class VerifiedTokens implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final OidcAuthenticationMechanism oidc;
    private final Cache<String, SecurityIdentity> verified;
    private final boolean enabled;

    public VerifiedTokens(OidcAuthenticationMechanism oidc, GatewayConfig config, MeterRegistry registry) {
        this.oidc = oidc;
        GatewayConfig.TokenCache settings = config.tokenCache();
        this.enabled = settings.size() > 0;
        this.verified = Caffeine.newBuilder()
                .maximumSize(Math.max(settings.size(), 1))
                .expireAfter(Expiry.<String, SecurityIdentity>creating((token, identity) -> lifetime(identity, settings.maxAge())))
                .recordStats()
                .build();
        // hits, misses, size and evictions under cache_* {cache="verified-tokens"} on /q/metrics
        CaffeineCacheMetrics.monitor(registry, verified, "verified-tokens");
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext ctx, IdentityProviderManager identityProviderManager) {
        String token = bearerToken(ctx);
        if (token == null || !enabled) {
            return oidc.authenticate(ctx, identityProviderManager);
        }
        SecurityIdentity known = verified.getIfPresent(token);
        if (known != null) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known)
                    .addAttribute(RoutingContext.class.getName(), ctx).build());
        }
        return oidc.authenticate(ctx, identityProviderManager).invoke(identity -> {
            if (identity != null && !identity.isAnonymous()) {
                verified.put(token, withoutRequest(identity));
            }
        });
    }

    /** The identity without the request it was first verified on (the cache must not hold requests). */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissionChecker(identity::checkPermission);
        identity.getAttributes().forEach((name, value) -> {
            if (!(value instanceof RoutingContext)) {
                builder.addAttribute(name, value);
            }
        });
        return builder.build();
    }

    /** Until the token's own expiry, and never longer than the configured age. */
    private static Duration lifetime(SecurityIdentity identity, Duration maxAge) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            Duration left = Duration.ofSeconds(jwt.getExpirationTime()).minusMillis(System.currentTimeMillis());
            return left.isNegative() ? Duration.ZERO : (left.compareTo(maxAge) < 0 ? left : maxAge);
        }
        return Duration.ZERO;
    }

    private static String bearerToken(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).trim();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    /** Ahead of the OIDC mechanism, which it calls for whatever it does not know. */
    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }
}
