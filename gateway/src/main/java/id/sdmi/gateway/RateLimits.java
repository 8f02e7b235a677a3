package id.sdmi.gateway;

import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Token buckets per client (the token's {@code azp}) and per user (its {@code sub}); callers without a token
 * (public reads) count by address. Over a limit: 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimits {

    private final GatewayConfig.RateLimit config;
    private final Problems problems;
    private final Buckets users;
    private final Buckets clients;

    public RateLimits(GatewayConfig config, Problems problems) {
        this.config = config.rateLimit();
        this.problems = problems;
        this.users = new Buckets(this.config.perUser(), this.config.period(), this.config.maxCallers());
        this.clients = new Buckets(this.config.perClient(), this.config.period(), this.config.maxCallers());
    }

    /** Answers 429 itself when the caller is over a limit, and returns false. */
    boolean allows(RoutingContext ctx) {
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        String user;
        String client;
        if (identity == null || identity.isAnonymous()) {
            user = "address:" + (ctx.request().remoteAddress() == null ? "?" : ctx.request().remoteAddress().hostAddress());
            client = null;
        } else {
            JsonWebToken token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
            user = "user:" + (token == null || token.getSubject() == null ? identity.getPrincipal().getName() : token.getSubject());
            Object azp = token == null ? null : token.getClaim("azp");
            client = azp == null ? null : "client:" + azp;
        }
        ConsumptionProbe probe = users.take(user);
        long remaining = probe.getRemainingTokens();
        long limit = config.perUser();
        String which = "you";
        if (probe.isConsumed() && client != null) {
            probe = clients.take(client);
            if (!probe.isConsumed() || probe.getRemainingTokens() < remaining) {
                remaining = probe.getRemainingTokens();
                limit = config.perClient();
            }
            which = "your client";
        }
        // the nearer of the two limits, and what is left of it
        ctx.response().putHeader(PlatformDocument.RATE_LIMIT_LIMIT, String.valueOf(limit));
        ctx.response().putHeader(PlatformDocument.RATE_LIMIT_REMAINING, String.valueOf(probe.isConsumed() ? remaining : 0));
        if (probe.isConsumed()) {
            return true;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        ctx.response().putHeader("Retry-After", String.valueOf(seconds));
        problems.send(ctx.response(), 429, "too-many-requests", "Too many requests",
                which + " made more than " + (which.equals("you") ? config.perUser() : config.perClient())
                        + " requests in " + config.period().toSeconds() + " s; try again in " + seconds + " s");
        return false;
    }
}
