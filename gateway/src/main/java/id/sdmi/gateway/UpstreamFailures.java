package id.sdmi.gateway;

import io.vertx.core.Future;
import io.vertx.core.VertxException;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/** Turns a service that is down or slow into 503 / 504 / 502 with a problem body, never a hang. */
class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final String service;
    private final Problems problems;

    UpstreamFailures(String service, Problems problems) {
        this.service = service;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            int status;
            String detail;
            if (isTimeout(failure)) {
                status = 504;
                detail = service + " did not answer in time";
            } else if (isConnectFailure(failure)) {
                status = 503;
                detail = service + " is not reachable; try again shortly";
            } else {
                status = 502;
                detail = service + " failed to answer";
            }
            LOG.warnf("%s %s -> %s: %d (%s)", context.request().getMethod(), context.request().getURI(), service, status,
                    failure.toString());
            ProxyResponse response = context.request().response();
            response.headers().clear();
            response.setStatusCode(status)
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .setBody(Body.body(problems.body(status, "upstream-" + status, title(status), detail,
                            context.request().getURI())));
            if (status == 503) {
                response.putHeader("Retry-After", "5");
            }
            return Future.succeededFuture(response);
        });
    }

    private static String title(int status) {
        return switch (status) {
            case 503 -> "Service unavailable";
            case 504 -> "Service timed out";
            default -> "Bad gateway";
        };
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof io.netty.handler.timeout.TimeoutException
                    || (t instanceof VertxException && String.valueOf(t.getMessage()).contains("timeout"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
