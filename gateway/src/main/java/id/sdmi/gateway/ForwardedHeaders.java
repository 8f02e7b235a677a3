package id.sdmi.gateway;

import id.sdmi.web.RequestIds;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service where the caller came from and which address it called, so its links point at the gateway; and
 * leaves one {@code X-Request-Id} on the answer (the gateway's own, which the service echoes).
 */
class ForwardedHeaders implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        String client = incoming.remoteAddress() == null ? null : incoming.remoteAddress().hostAddress();
        String earlier = incoming.getHeader("X-Forwarded-For");
        if (client != null) {
            request.headers().set("X-Forwarded-For", earlier == null ? client : earlier + ", " + client);
        }
        if (incoming.authority() != null) {
            request.headers().set("X-Forwarded-Host", incoming.authority().toString());
        }
        request.headers().set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        context.response().headers().remove(RequestIds.HEADER);
        return context.sendResponse();
    }
}
