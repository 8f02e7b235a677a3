package id.sdmi.web;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first thing every request meets, in every service and the gateway: the limits of the HTTP layer answered as
 * problem bodies (RFC 9457), before any route, filter or resource: a URI longer than {@link #MAX_URI} (414), headers
 * larger than {@link #MAX_HEADERS} (431), a URI that is not one (a bad percent-escape: 400), and a body larger than
 * {@code quarkus.http.limits.max-body-size} (413, whether its length is declared or it comes in chunks).
 *
 * <p>Without this, Vert.x and Quarkus answer these with an empty body. What remains theirs: a request line or header
 * block beyond the decoder's limits ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size},
 * 64 KB here, eight and two times these limits), which Netty refuses before any application code can see it, and the
 * URI check, which Quarkus makes before the router unless the JVM runs with {@code -Dvertx.disableURIValidation=true}
 * (the run command and the test setup do; without it a bad escape gets Quarkus' empty 400, logged at startup).
 */
@ApplicationScoped
public class HttpDoor {

    /** The longest request URI (path and query) taken; browsers and proxies keep to 8 KB too. */
    public static final int MAX_URI = 8 * 1024;
    /** The largest header block taken (names and values); a bearer token of the realm is about 1.5 KB. */
    public static final int MAX_HEADERS = 32 * 1024;

    private static final Logger LOG = Logger.getLogger(HttpDoor.class);
    private static final ProblemType URI_TOO_LONG = ProblemType.of("uri-too-long", "The request URI is too long", 414);
    private static final ProblemType HEADERS_TOO_LARGE = ProblemType.of("headers-too-large",
            "The request headers are too large", 431);
    private static final ProblemType MALFORMED_URI = ProblemType.of("malformed-uri", "The request URI is not valid", 400);
    /** Runs before Quarkus' own body-size route (order -2) and everything else. */
    private static final int ORDER = -1_000;

    private final ProblemBodies bodies;
    private final long maxBody;
    private final boolean readsChunkedBodies;

    public HttpDoor(ProblemBodies bodies, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
            @ConfigProperty(name = "sdmi.http.read-chunked-bodies", defaultValue = "true") boolean readsChunkedBodies) {
        this.bodies = bodies;
        this.maxBody = maxBody.asLongValue();
        this.readsChunkedBodies = readsChunkedBodies;
    }

    /** The largest request body taken, in bytes ({@code quarkus.http.limits.max-body-size}). */
    public long maxBody() {
        return maxBody;
    }

    void warnWithoutUriCheck(@Observes StartupEvent started) {
        if (!Boolean.getBoolean("vertx.disableURIValidation")) {
            LOG.warn("Started without -Dvertx.disableURIValidation=true: a URI with a bad percent-escape gets "
                    + "Quarkus' 400 with an empty body instead of a problem body");
        }
    }

    void install(@Observes Router router) {
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(maxBody).setHandleFileUploads(false);
        router.route().order(ORDER).handler(ctx -> {
            if (admits(ctx)) {
                if (readsChunkedBodies && isChunked(ctx.request())) {
                    // read here, counting: beyond the limit BodyHandler fails the request with 413 (below)
                    chunked.handle(ctx);
                } else {
                    ctx.next();
                }
            }
        });
        router.route().order(ORDER).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().ended()) {
                refuse(ctx, ProblemType.PAYLOAD_TOO_LARGE, tooLarge("the body sent in chunks passed the limit;"), true);
            } else {
                ctx.next();
            }
        });
    }

    private boolean admits(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String uri = request.uri();
        if (uri.length() > MAX_URI) {
            refuse(ctx, URI_TOO_LONG, "the URI has " + uri.length() + " characters; at most " + MAX_URI
                    + " are taken: send long selections in a body, or page through", false);
            return false;
        }
        long headers = size(request.headers());
        if (headers > MAX_HEADERS) {
            refuse(ctx, HEADERS_TOO_LARGE, "the headers have " + headers + " bytes; at most " + MAX_HEADERS
                    + " are taken", false);
            return false;
        }
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            refuse(ctx, MALFORMED_URI, "the URI is not valid at character " + (e.getIndex() + 1) + ": "
                    + e.getReason().toLowerCase(java.util.Locale.ROOT)
                    + "; a '%' must start an escape of two hexadecimal digits (write '%25' for '%' itself)", false);
            return false;
        }
        String length = request.getHeader("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                refuse(ctx, ProblemType.MALFORMED_REQUEST, "Content-Length '" + length + "' is not a number", true);
                return false;
            }
            if (declared > maxBody) {
                refuse(ctx, ProblemType.PAYLOAD_TOO_LARGE, tooLarge("the body has " + declared + " bytes;"), true);
                return false;
            }
        }
        return true;
    }

    private String tooLarge(String what) {
        return tooLarge(what, maxBody);
    }

    /** What a 413 says: the cause given, and the limit. */
    public static String tooLarge(String what, long maxBody) {
        String shown = maxBody >= 1024 * 1024 ? maxBody / (1024 * 1024) + " MB" : maxBody / 1024 + " KB";
        return what + " at most " + maxBody + " bytes (" + shown + ") are taken";
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    private static long size(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    /** Answers with the problem; with {@code close}, the connection is closed after it (an unread body follows). */
    private void refuse(RoutingContext ctx, ProblemType type, String detail, boolean close) {
        HttpServerResponse response = ctx.response();
        Buffer body = bodies.of(Problem.of(type, detail));
        if (close) {
            response.putHeader("Connection", "close");
            response.endHandler(ended -> ctx.request().connection().close());
        }
        response.setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
