package id.sdmi.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request carries an {@code X-Request-Id}: the caller's when it sends a sane one, else a new one. It is put
 * on the request (so the gateway passes it on to the service, and the access log shows it), on the answer, and in
 * the logging context of the request ({@code %X{requestId}} in the log format).
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Router router) {
        // before everything, authentication included, so that a refused request has its id too
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String given = ctx.request().getHeader(HEADER);
            String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            ctx.request().headers().set(HEADER, id);
            ctx.response().putHeader(HEADER, id);
            MDC.put("requestId", id);
            ctx.next();
        });
    }
}
