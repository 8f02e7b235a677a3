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
 * headers, body), slowly under .../slow, 503 under .../unavailable. Two routes point at ports nobody listens on;
 * one balances over three instances, the first of them down.
 */
public class EchoService implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int port = listen("echo");
        int first = listen("first");
        int second = listen("second");
        return Map.ofEntries(
                Map.entry("sdmi.gateway.routes.indicator.url", "http://127.0.0.1:" + port),
                Map.entry("sdmi.gateway.routes.assessment.url", "http://127.0.0.1:" + port),
                Map.entry("sdmi.gateway.routes.assessment.timeout", "1s"),
                Map.entry("sdmi.gateway.routes.catalog.url", "http://127.0.0.1:" + freePort()),
                // a route whose service is down until a test starts it, with a quick circuit breaker
                Map.entry("sdmi.gateway.routes.spare.url", "http://127.0.0.1:" + freePort()),
                Map.entry("sdmi.gateway.routes.spare.prefixes", "/api/v1/spare"),
                Map.entry("sdmi.gateway.routes.spare.write-roles", "sdmi-admin"),
                Map.entry("sdmi.gateway.routes.spare.circuit-breaker.failures", "3"),
                Map.entry("sdmi.gateway.routes.spare.circuit-breaker.open-for", "2s"),
                // a service of three instances, the first of them down
                Map.entry("sdmi.gateway.routes.pair.url", "http://127.0.0.1:" + freePort() + ",http://127.0.0.1:" + first
                        + ",http://127.0.0.1:" + second),
                Map.entry("sdmi.gateway.routes.pair.prefixes", "/api/v1/pair"),
                Map.entry("sdmi.gateway.routes.pair.write-roles", "sdmi-admin"));
    }

    /** An echo service answering with {@code X-Instance: name}; its port. */
    private int listen(String name) {
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
                    .putHeader("X-Echo", "yes").putHeader("X-Instance", name)
                    .putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")))
                    .setStatusCode(status).end(echo.encode()));
        }));
        try {
            return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                    .actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("echo service did not start", e);
        }
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
