package id.sdmi.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.web.HttpDoor;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sdmi.web.Problem;
import id.sdmi.web.ProblemException;
import id.sdmi.web.ProblemType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * One OpenAPI document for the whole platform: the paths, schemas and tags of every routed service (read from
 * their {@code /q/openapi}), with the OAuth2 security scheme of the Keycloak realm, so that Swagger UI on the gateway
 * can log a user in and try every call. Kept for a short while; a service that does not answer is named in the
 * description and its paths come back with it.
 */
@Path("/openapi")
public class PlatformOpenApi {

    static final Duration KEEP = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(PlatformOpenApi.class);

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final PlatformDocument.Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile String kept;
    private volatile Instant keptUntil = Instant.MIN;

    public PlatformOpenApi(GatewayConfig config, ObjectMapper json, HttpDoor door) {
        this.config = config;
        this.json = json;
        GatewayConfig.RateLimit limits = config.rateLimit();
        this.settings = new PlatformDocument.Settings(config.publicUrl(), config.environment(), config.publicRealmUrl(),
                limits.perUser(), limits.perClient(), limits.period().toSeconds(), door.maxBody());
    }

    @GET
    @Path("platform.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String platform() throws JsonProcessingException {
        if (kept == null || Instant.now().isAfter(keptUntil)) {
            // indented, with a final newline: the committed copy (deploy/local/sdmi snapshot) reads well in a diff
            kept = json.writerWithDefaultPrettyPrinter().writeValueAsString(merge()) + "\n";
            keptUntil = Instant.now().plus(KEEP);
        }
        return kept;
    }

    private ObjectNode merge() {
        Map<String, JsonNode> documents = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, GatewayConfig.Route> route : new TreeMap<>(config.routes()).entrySet()) {
            JsonNode service = fetch(route.getValue().url().get(0).resolve("/q/openapi?format=json"));
            if (service == null) {
                missing.add(route.getKey());
            } else {
                documents.put(route.getKey(), service);
            }
        }
        try {
            return PlatformDocument.merge(documents, missing, settings);
        } catch (PlatformDocument.Clash clash) {
            LOG.errorf("The services' OpenAPI documents do not merge: %s", clash.getMessage());
            throw new ProblemException(Problem.of(ProblemType.INTERNAL,
                    "the services' OpenAPI documents do not merge: " + clash.getMessage()));
        }
    }

    private JsonNode fetch(URI uri) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? json.readTree(answer.body()) : null;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("OpenAPI of %s not read: %s", uri, e.toString());
            return null;
        }
    }
}
