package id.sdmi.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The SDMI Console (the dashboard module's single-page application) under the gateway's origin, so the browser calls
 * the API with no CORS. Its page answers {@code /} and every path of the console (a shared link such as
 * {@code /search?producer=BPS} opens the same view); the API ({@code /api}), Quarkus's own paths ({@code /q}), the
 * OpenAPI document and the hashed scripts and styles ({@code /assets}, served from the jar with a year's cache) are
 * left to their routes. The page names the realm and client it logs in with, so one build serves every deployment,
 * and carries a Content-Security-Policy that lets it talk to this origin and the realm only.
 */
@ApplicationScoped
public class ConsoleRoutes {

    private static final Logger LOG = Logger.getLogger(ConsoleRoutes.class);

    static final String PAGE = "META-INF/resources/index.html";
    /**
     * Paths that are not the API's, Quarkus's, the OpenAPI document's, the assets' or the public dataset pages' (/nsdr),
     * nor a file by its extension (an
     * indicator's code has dots: /assessments/{id}/answers/1.2 is the console's).
     */
    static final Pattern CONSOLE_PATHS = Pattern.compile("^/(?!(?:api|q|openapi|assets|nsdr)(?:/|$))"
            + "(?!.*\\.(?:js|mjs|css|map|ico|png|jpe?g|gif|svg|webp|json|txt|xml|woff2?|ttf|webmanifest)$).*$");

    void register(@Observes Router router, GatewayConfig config) {
        String page = page(config);
        if (page == null) {
            LOG.warn("No console in this build (the dashboard module's index.html is missing): / is not served");
            return;
        }
        Buffer body = Buffer.buffer(page);
        String policy = policy(config.publicRealmUrl());
        // matched here on the raw path, not by a route's path: Vert.x answers a route's path it cannot decode
        // (a bad %-escape) with a bare 400 itself, before web's HttpDoor can answer it with a problem body
        // (so no quarkus.http.filter either: its path is a pattern too)
        router.route().method(HttpMethod.GET).method(HttpMethod.HEAD).handler(ctx -> {
            String path = ctx.request().path();
            if (path != null && (path.equals("/index.html") || CONSOLE_PATHS.matcher(path).matches())) {
                send(ctx, body, policy);
                return;
            }
            if (path != null && path.startsWith("/assets/")) {
                // the scripts and styles carry their content's hash in their names: cached for a year
                ctx.addHeadersEndHandler(v -> {
                    if (ctx.response().getStatusCode() == 200) {
                        ctx.response().headers().set("Cache-Control", "public, max-age=31536000, immutable");
                    }
                });
            }
            ctx.next();
        });
        LOG.infof("Console at / (logging in at %s)", config.publicRealmUrl());
    }

    private static void send(RoutingContext ctx, Buffer body, String policy) {
        ctx.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                // the page is small and names the current scripts: always asked again, the scripts cached for a year
                .putHeader("Cache-Control", "no-cache")
                .putHeader("Content-Security-Policy", policy)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "same-origin")
                .putHeader("X-Frame-Options", "DENY");
        if (ctx.request().method().name().equals("HEAD")) {
            ctx.response().putHeader("Content-Length", String.valueOf(body.length())).end();
        } else {
            ctx.response().end(body);
        }
    }

    /** Scripts and styles from this origin only; API calls here and token calls to the realm; no framing. */
    static String policy(String realmUrl) {
        URI realm = URI.create(realmUrl);
        String realmOrigin = realm.getScheme() + "://" + realm.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "connect-src 'self' " + realmOrigin + "; frame-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
                + "form-action 'self' " + realmOrigin + "; object-src 'none'";
    }

    /** The built index.html with this deployment's realm and client named in its meta tags. */
    static String page(GatewayConfig config) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(PAGE)) {
            if (in == null) {
                return null;
            }
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return html.replaceFirst("(<meta name=\"sdmi-realm\" content=\")[^\"]*\"",
                    Matcher.quoteReplacement("<meta name=\"sdmi-realm\" content=\"" + attribute(config.publicRealmUrl()) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
