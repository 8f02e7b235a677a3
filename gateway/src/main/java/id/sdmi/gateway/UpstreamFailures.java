package id.sdmi.gateway;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.VertxException;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Turns a service that is down or slow into 503 / 504 / 502 with a problem body, never a hang; counts those failures
 * (and the service's own 502 / 503 / 504) in the route's circuit breaker, which, once open, answers 503 at once
 * without sending anything to the service until its time is up.
 */
class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final String service;
    private final CircuitBreaker breaker;
    private final GatewayConfig.Breaker settings;
    private final Problems problems;

    UpstreamFailures(String service, CircuitBreaker breaker, GatewayConfig.Breaker settings, Problems problems) {
        this.service = service;
        this.breaker = breaker;
        this.settings = settings;
        this.problems = problems;
    }

    /** The service answered, but with a status that says it cannot serve: passed on, and counted as a failure. */
    private static final class Unavailable extends RuntimeException {
        final transient ProxyResponse response;

        Unavailable(ProxyResponse response) {
            super("answered " + response.getStatusCode(), null, false, false);
            this.response = response;
        }
    }

    /** The caller went away before the answer (the proxy then cancels the request): not the service's failure. */
    private static final class CallerGone extends RuntimeException {
        CallerGone() {
            super("the caller closed the connection", null, false, false);
        }
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return breaker.<ProxyResponse>execute(attempt -> context.sendRequest().onComplete(answer -> {
            if (answer.failed() && context.request().proxiedRequest().response().closed()) {
                attempt.complete(null); // not counted against the service
            } else if (answer.failed()) {
                attempt.fail(answer.cause());
            } else if (answer.result().getStatusCode() >= 502 && answer.result().getStatusCode() <= 504) {
                attempt.fail(new Unavailable(answer.result()));
            } else {
                attempt.complete(answer.result());
            }
        })).compose(response -> response != null ? Future.succeededFuture(response)
                : Future.failedFuture(new CallerGone())).recover(failure -> {
            if (failure instanceof Unavailable unavailable) {
                return Future.succeededFuture(unavailable.response);
            }
            return Future.succeededFuture(problem(context, failure));
        });
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure) {
        int status;
        String slug;
        String detail;
        if (failure instanceof CallerGone) {
            // never delivered; 499 (as nginx logs it) in the access log and the metrics
            status = 499;
            slug = "client-closed-request";
            detail = "the caller closed the connection before " + service + " answered";
        } else if (failure instanceof OpenCircuitException) {
            status = 503;
            slug = "service-circuit-open";
            detail = service + " failed " + settings.failures() + " times within " + settings.window().toSeconds()
                    + " s; the gateway sends it nothing for " + settings.openFor().toSeconds() + " s";
        } else if (isTimeout(failure)) {
            status = 504;
            slug = "upstream-504";
            detail = service + " did not answer in time";
        } else if (isConnectFailure(failure)) {
            status = 503;
            slug = "upstream-503";
            detail = service + " is not reachable; try again shortly";
        } else {
            status = 502;
            slug = "upstream-502";
            detail = service + " failed to answer";
        }
        if (!(failure instanceof OpenCircuitException || failure instanceof CallerGone)) {
            LOG.warnf("%s %s -> %s: %d (%s)", context.request().getMethod(), context.request().getURI(), service, status,
                    failure.toString());
        }
        ProxyResponse response = context.request().response();
        response.headers().clear();
        response.setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .setBody(Body.body(problems.body(status, slug, title(status), detail, context.request().getURI())));
        if (status == 503) {
            long wait = failure instanceof OpenCircuitException ? settings.openFor().toSeconds() : 5;
            response.putHeader("Retry-After", String.valueOf(Math.max(1, wait)));
        }
        return response;
    }

    private static String title(int status) {
        return switch (status) {
            case 503 -> "Service unavailable";
            case 504 -> "Service timed out";
            case 499 -> "Client closed request";
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
