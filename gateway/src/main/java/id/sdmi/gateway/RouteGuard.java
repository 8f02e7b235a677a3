package id.sdmi.gateway;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The coarse role rule of a route: no valid token → 401; a token without a role of the rule → 403. */
@ApplicationScoped
public class RouteGuard {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    private final Problems problems;

    public RouteGuard(Problems problems) {
        this.problems = problems;
    }

    /** Answers the caller itself when it is not allowed, and returns false. */
    boolean allows(RoutingContext ctx, GatewayConfig.Route route) {
        boolean read = READS.contains(ctx.request().method());
        if (read && route.publicReads().map(paths -> isPublic(paths, ctx.request().path())).orElse(false)) {
            return true;
        }
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            problems.unauthenticated(ctx.response());
            return false;
        }
        Set<String> needed = read ? route.readRoles() : route.writeRoles();
        if (needed.stream().noneMatch(identity::hasRole)) {
            problems.send(ctx.response(), 403, "forbidden", "Not allowed", ctx.request().method() + " "
                    + ctx.request().path() + " needs one of the roles " + String.join(", ", needed));
            return false;
        }
        return true;
    }

    /** A path listed, or under one listed as {@code /prefix/*}. */
    static boolean isPublic(Set<String> paths, String path) {
        if (path == null) {
            return false;
        }
        if (paths.contains(path)) {
            return true;
        }
        return paths.stream().filter(p -> p.endsWith("/*"))
                .anyMatch(p -> path.startsWith(p.substring(0, p.length() - 1)) && !path.contains("/../"));
    }
}
