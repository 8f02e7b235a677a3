package id.sdmi.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP service behind the gateway for its tests: it answers with what it received (method, path, query,
 * headers, body), slowly under .../slow, 503 under .../unavailable. Two routes point at ports nobody listens on.
 */
public class EchoService implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("authorization", request.getHeader("Authorization"))
                    .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("body", body.toString());
            long delay = request.path().endsWith("/slow") ? 3000 : 1;
            int status = request.path().endsWith("/unavailable") ? 503 : request.method().name().equals("POST") ? 201 : 200;
            vertx.setTimer(delay, t -> request.response().putHeader("Content-Type", "application/json")
                    .putHeader("X-Echo", "yes").putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")))
                    .setStatusCode(status).end(echo.encode()));
        }));
        int port;
        try {
            port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                    .actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("echo service did not start", e);
        }
        return Map.of(
                "sdmi.gateway.routes.indicator.url", "http://127.0.0.1:" + port,
                "sdmi.gateway.routes.assessment.url", "http://127.0.0.1:" + port,
                "sdmi.gateway.routes.assessment.timeout", "1s",
                "sdmi.gateway.routes.catalog.url", "http://127.0.0.1:" + freePort(),
                // a route whose service is down until a test starts it, with a quick circuit breaker
                "sdmi.gateway.routes.spare.url", "http://127.0.0.1:" + freePort(),
                "sdmi.gateway.routes.spare.prefixes", "/api/v1/spare",
                "sdmi.gateway.routes.spare.write-roles", "sdmi-admin",
                "sdmi.gateway.routes.spare.circuit-breaker.failures", "3",
                "sdmi.gateway.routes.spare.circuit-breaker.open-for", "2s");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
