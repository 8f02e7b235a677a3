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
 * headers, body), or slowly under /api/v1/assessments/slow. A second route points at a port nobody listens on.
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
            vertx.setTimer(delay, t -> request.response().putHeader("Content-Type", "application/json")
                    .putHeader("X-Echo", "yes").setStatusCode(request.method().name().equals("POST") ? 201 : 200)
                    .end(echo.encode()));
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
                "sdmi.gateway.routes.catalog.url", "http://127.0.0.1:" + freePort());
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
