package id.sdmi.gateway;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import id.sdmi.web.HttpDoor;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Routes each configured path prefix to its service, streaming method, headers, query and body both ways
 * (Vert.x HTTP proxy). Bodies over the limit are refused before ({@link HttpDoor}, declared lengths) or while
 * ({@link BodyLimit}, chunked bodies) they are passed on. The token is verified before these routes run (proactive
 * authentication); the route's
 * coarse role rule is checked by {@link RouteGuard}; a failure of the service becomes a problem body and counts in
 * the route's circuit breaker ({@link UpstreamFailures}).
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    void register(@Observes Router router, Vertx vertx, GatewayConfig config, Problems problems, RouteGuard guard,
            RateLimits limits, MeterRegistry registry, HttpDoor door) {
        Map<String, CircuitBreaker> breakers = new HashMap<>();
        Map<String, Upstreams> instances = new HashMap<>();
        config.routes().forEach((name, route) -> {
            breakers.put(name, breaker(vertx, name, route.circuitBreaker(), registry));
            instances.put(name, new Upstreams(name, route.url(), route.circuitBreaker().openFor()));
        });
        ThreadLocal<Map<String, HttpProxy>> proxies = ThreadLocal.withInitial(
                () -> proxiesOfThisEventLoop(vertx, config, breakers, instances, problems, door.maxBody()));
        for (Map.Entry<String, GatewayConfig.Route> entry : config.routes().entrySet()) {
            String name = entry.getKey();
            GatewayConfig.Route route = entry.getValue();
            Handler<RoutingContext> handler = ctx -> {
                if (limits.allows(ctx) && guard.allows(ctx, route)) {
                    proxies.get().get(name).handle(ctx.request());
                }
            };
            for (String prefix : route.prefixes()) {
                router.route(prefix).handler(handler);
                router.route(prefix + "/*").handler(handler);
            }
            LOG.infof("Route %s: %s -> %s", name, route.prefixes(), route.url());
        }
        router.route("/api/*").handler(ctx -> problems.send(ctx.response(), 404, "not-found", "Not found",
                "no service answers " + ctx.request().path()));
        // authentication and role failures of the permission rules, as problem bodies
        router.route().failureHandler(problems::securityFailure);
    }

    /**
     * The proxies of one event loop, with their own client: a request and the connection that carries it to the
     * service are then handled by the same thread, with no hand-over between event loops at each step.
     */
    private static Map<String, HttpProxy> proxiesOfThisEventLoop(Vertx vertx, GatewayConfig config,
            Map<String, CircuitBreaker> breakers, Map<String, Upstreams> instances, Problems problems, long maxBody) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(32));
        Map<String, HttpProxy> proxies = new HashMap<>();
        config.routes().forEach((name, route) -> {
            Upstreams upstreams = instances.get(name);
            proxies.put(name, HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, http) -> connect(http, route, upstreams, upstreams.order(), 0))
                    .addInterceptor(new ForwardedHeaders())
                    .addInterceptor(new TraceHeaders(name))
                    .addInterceptor(new UpstreamFailures(name, breakers.get(name), route.circuitBreaker(), problems))
                    // inside the breaker: a body cut off at the limit is the caller's fault, never the service's
                    .addInterceptor(new BodyLimit(maxBody, problems)));
        });
        return proxies;
    }

    /**
     * A connection to the first instance in {@code order} that takes one: an instance that refuses or does not answer
     * in time is taken out and the next one tried (nothing of the request was sent yet, so any method may go on).
     */
    private static Future<HttpClientRequest> connect(HttpClient http, GatewayConfig.Route route, Upstreams upstreams,
            List<Integer> order, int k) {
        int instance = order.get(k);
        URI url = upstreams.url(instance);
        return http.request(new RequestOptions()
                        .setHost(url.getHost())
                        .setPort(url.getPort() > 0 ? url.getPort() : 80)
                        .setConnectTimeout(route.connectTimeout().toMillis())
                        .setIdleTimeout(route.timeout().toMillis()))
                .onSuccess(request -> upstreams.reached(instance))
                .recover(failure -> {
                    upstreams.unreachable(instance, failure);
                    return k + 1 < order.size() ? connect(http, route, upstreams, order, k + 1) : Future.failedFuture(failure);
                });
    }

    /** The route's circuit breaker, its state logged and on /q/metrics as gateway_circuit_state (0 closed, 1 half open, 2 open). */
    private static CircuitBreaker breaker(Vertx vertx, String name, GatewayConfig.Breaker settings, MeterRegistry registry) {
        CircuitBreaker breaker = CircuitBreaker.create("route-" + name, vertx, new CircuitBreakerOptions()
                        .setMaxFailures(settings.failures())
                        .setFailuresRollingWindow(settings.window().toMillis())
                        .setResetTimeout(settings.openFor().toMillis())
                        .setTimeout(-1) // the route's own timeouts answer 504 first
                        .setNotificationAddress(null))
                .openHandler(v -> LOG.warnf("Circuit of %s open: %d failures within %d s; nothing is sent to it for %d s",
                        name, settings.failures(), settings.window().toSeconds(), settings.openFor().toSeconds()))
                .halfOpenHandler(v -> LOG.infof("Circuit of %s half open: the next request tries it", name))
                .closeHandler(v -> LOG.infof("Circuit of %s closed: it answers again", name));
        Gauge.builder("gateway.circuit.state", breaker, b -> switch (b.state()) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
        }).tag("route", name).register(registry);
        return breaker;
    }
}
