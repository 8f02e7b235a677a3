package id.sdmi.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final String realm;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile ObjectNode kept;
    private volatile Instant keptUntil = Instant.MIN;

    public PlatformOpenApi(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.realm = config.publicRealmUrl();
    }

    @GET
    @Path("platform.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ObjectNode platform() {
        if (kept == null || Instant.now().isAfter(keptUntil)) {
            kept = merge();
            keptUntil = Instant.now().plus(KEEP);
        }
        return kept;
    }

    private ObjectNode merge() {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "SDMI Platform API");
        info.put("version", "1");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ArrayNode tags = doc.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, GatewayConfig.Route> route : new TreeMap<>(config.routes()).entrySet()) {
            JsonNode service = fetch(route.getValue().url().resolve("/q/openapi?format=json"));
            if (service == null) {
                missing.add(route.getKey());
                continue;
            }
            service.path("paths").fields().forEachRemaining(p -> paths.set(p.getKey(), p.getValue()));
            service.path("components").path("schemas").fields()
                    .forEachRemaining(s -> { if (!schemas.has(s.getKey())) { schemas.set(s.getKey(), s.getValue()); } });
            service.path("tags").forEach(t -> { if (tagNames.add(t.path("name").asText())) { tags.add(t); } });
        }
        info.put("description", "Every call of the platform through its one door, the gateway. Authorize with your "
                + "Keycloak login (authorization code with PKCE, client sdmi-dashboard) or a system's client "
                + "credentials." + (missing.isEmpty() ? "" : " Not answering just now, so not listed: "
                + String.join(", ", missing) + "."));
        components.putObject("securitySchemes").set("SecurityScheme", oauth2());
        doc.putArray("servers").addObject().put("url", "/");
        return doc;
    }

    /** The realm's OAuth2 flows, under the name every operation of the services refers to. */
    private ObjectNode oauth2() {
        ObjectNode scheme = json.createObjectNode();
        scheme.put("type", "oauth2");
        scheme.put("description", "Keycloak realm sdmi");
        ObjectNode flows = scheme.putObject("flows");
        ObjectNode code = flows.putObject("authorizationCode");
        code.put("authorizationUrl", realm + "/protocol/openid-connect/auth");
        code.put("tokenUrl", realm + "/protocol/openid-connect/token");
        code.putObject("scopes").put("openid", "OpenID Connect");
        ObjectNode client = flows.putObject("clientCredentials");
        client.put("tokenUrl", realm + "/protocol/openid-connect/token");
        client.putObject("scopes");
        return scheme;
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
