package id.sdmi.gateway;

import id.sdmi.web.Problem;
import id.sdmi.web.ProblemBodies;
import id.sdmi.web.ProblemType;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Problem bodies (RFC 9457) for what the gateway itself answers. */
@ApplicationScoped
public class Problems {

    static final String MEDIA_TYPE = Problem.MEDIA_TYPE;

    private final ProblemBodies bodies;

    public Problems(ProblemBodies bodies) {
        this.bodies = bodies;
    }

    Buffer body(int status, String slug, String title, String detail, String instance) {
        return bodies.of(Problem.of(ProblemType.of(slug, title, status), detail).withInstance(instance));
    }

    void send(HttpServerResponse response, int status, String slug, String title, String detail) {
        if (response.ended()) {
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE)
                .end(body(status, slug, title, detail, null));
    }

    /** 401: no token, or one the realm's keys do not verify. */
    void unauthenticated(HttpServerResponse response) {
        response.putHeader("WWW-Authenticate", "Bearer realm=\"sdmi\"");
        send(response, 401, "unauthenticated", "A valid bearer token is required",
                ProblemType.UNAUTHENTICATED_DETAIL);
    }

    void securityFailure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            unauthenticated(ctx.response());
        } else if (failure instanceof ForbiddenException) {
            send(ctx.response(), 403, "forbidden", "Not allowed", "your roles do not allow " + ctx.request().method()
                    + " " + ctx.request().path());
        } else {
            ctx.next();
        }
    }
}
