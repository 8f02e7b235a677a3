package id.sdmi.gateway;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * One W3C trace from the caller through the gateway to the service: the caller's {@code traceparent} (if any) is
 * continued by the gateway's own span, whose context the traced HTTP client sends on; the caller's copies are not
 * passed as well (the service would see two). Each write is logged with its trace id, so an operator can follow it.
 */
class TraceHeaders implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(TraceHeaders.class);
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final String route;

    TraceHeaders(String route) {
        this.route = route;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        request.headers().remove("traceparent").remove("tracestate").remove("baggage");
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyRequest request = context.request();
        if (!READS.contains(request.getMethod())) {
            LOG.infof("%s %s -> %s %d", request.getMethod(), request.getURI(), route,
                    context.response().getStatusCode());
        }
        return context.sendResponse();
    }
}
