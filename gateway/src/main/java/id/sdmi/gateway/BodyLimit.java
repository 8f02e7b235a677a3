package id.sdmi.gateway;

import id.sdmi.web.HttpDoor;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Counts the bytes of a body that comes without a declared length (chunked) as they are passed on: at the limit
 * the request to the service is cut off and the caller gets 413 with a problem body, and the connection is closed
 * (the rest of the body is never read). Bodies with a Content-Length over the limit never get here (web's HttpDoor).
 */
class BodyLimit implements ProxyInterceptor {

    private final long max;
    private final Problems problems;

    BodyLimit(long max, Problems problems) {
        this.max = max;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        Body body = request.getBody();
        if (body == null || body.length() >= 0) {
            return context.sendRequest();
        }
        Counted counted = new Counted(body.stream(), max);
        request.setBody(Body.body(counted, -1));
        return context.sendRequest().transform(answer -> {
            if (!counted.exceeded) {
                return answer.succeeded() ? Future.succeededFuture(answer.result()) : Future.failedFuture(answer.cause());
            }
            HttpServerRequest incoming = request.proxiedRequest();
            incoming.response().endHandler(ended -> incoming.connection().close());
            ProxyResponse response = request.response();
            response.headers().clear();
            response.setStatusCode(413)
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .setBody(Body.body(problems.body(413, "payload-too-large", "The request body is too large",
                            HttpDoor.tooLarge("the body sent in chunks passed the limit;", max),
                            request.getURI())));
            return Future.succeededFuture(response);
        });
    }

    /** The body as read from the caller, failing the stream (and so the request to the service) past the limit. */
    private static final class Counted implements ReadStream<Buffer> {

        private final ReadStream<Buffer> source;
        private final long max;
        private long read;
        private boolean exceeded;
        private Handler<Throwable> failed;

        Counted(ReadStream<Buffer> source, long max) {
            this.source = source;
            this.max = max;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            failed = handler;
            source.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            if (handler == null) {
                source.handler(null);
                return this;
            }
            source.handler(buffer -> {
                if (exceeded) {
                    return;
                }
                read += buffer.length();
                if (read > max) {
                    exceeded = true;
                    source.pause();
                    if (failed != null) {
                        failed.handle(new IllegalStateException("request body over " + max + " bytes"));
                    }
                    return;
                }
                handler.handle(buffer);
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            source.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            if (!exceeded) {
                source.resume();
            }
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            if (!exceeded) {
                source.fetch(amount);
            }
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> handler) {
            source.endHandler(handler);
            return this;
        }
    }
}
