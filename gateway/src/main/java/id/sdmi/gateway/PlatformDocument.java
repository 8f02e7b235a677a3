package id.sdmi.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sdmi.web.HttpDoor;
import id.sdmi.web.OpenApiConventions;
import id.sdmi.web.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The platform's one OpenAPI document, merged from the services' documents, with what the gateway itself adds to
 * every call: the realm's OAuth2 flows, the public server address, the rate-limit headers, the answers the gateway
 * gives on its own (413, 429, 502, 503, 504) and those every door gives (400 for a URI that is none, 414, 431).
 * Correct by construction: two services' components under one name must be the same schema (then they are one), a
 * path or an operationId may belong to one service only, and every reference must resolve; otherwise {@link Clash} names what collides instead of letting the first one win.
 */
final class PlatformDocument {

    static final String SECURITY_SCHEME = "SecurityScheme";
    static final String RATE_LIMIT_LIMIT = "X-RateLimit-Limit";
    static final String RATE_LIMIT_REMAINING = "X-RateLimit-Remaining";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    /** Two services' documents that cannot be one: the same name for different things. */
    static final class Clash extends RuntimeException {
        Clash(String message) {
            super(message);
        }
    }

    /** What the gateway is, as the document tells callers. */
    record Settings(String publicUrl, String environment, String realmUrl, long perUser, long perClient,
            long periodSeconds, long maxBodyBytes) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private PlatformDocument() {
    }

    /** Merges the services' documents, given by service name; {@code missing} names services that did not answer. */
    static ObjectNode merge(Map<String, JsonNode> services, List<String> missing, Settings settings) {
        ObjectNode doc = JSON.objectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "SDMI Platform API");
        info.put("version", "1");
        info.put("description", "Every call of the platform through its one door, the gateway. Authorize with your "
                + "Keycloak login (authorization code with PKCE, client sdmi-dashboard) or a system's client "
                + "credentials. Errors are RFC 9457 problem bodies (application/problem+json)."
                + (missing.isEmpty() ? "" : " Not answering just now, so not listed: " + String.join(", ", missing) + "."));
        info.putObject("contact").put("name", "SDMI Platform").put("url", settings.publicUrl());
        doc.putArray("servers").addObject()
                .put("url", settings.publicUrl())
                .put("description", settings.environment())
                .put("x-internal", false);
        ArrayNode tags = doc.putArray("tags");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");

        Map<String, String> pathOwner = new HashMap<>();
        Map<String, String> operationOwner = new HashMap<>();
        Map<String, String> componentOwner = new HashMap<>();
        Set<String> tagNames = new HashSet<>();
        for (Map.Entry<String, JsonNode> service : new TreeMap<>(services).entrySet()) {
            String name = service.getKey();
            JsonNode document = service.getValue();
            document.path("paths").fields().forEachRemaining(path -> {
                String owner = pathOwner.putIfAbsent(path.getKey(), name);
                if (owner != null) {
                    throw new Clash("path " + path.getKey() + " is in the documents of " + owner + " and " + name);
                }
                paths.set(path.getKey(), path.getValue().deepCopy());
                operations(path.getValue()).forEach(operation -> {
                    String id = operation.path("operationId").asText(null);
                    if (id == null) {
                        throw new Clash("an operation of " + path.getKey() + " in " + name + " has no operationId");
                    }
                    String before = operationOwner.putIfAbsent(id, name + " " + path.getKey());
                    if (before != null) {
                        throw new Clash("operationId " + id + " is used by " + before + " and " + name + " " + path.getKey());
                    }
                });
            });
            document.path("components").fields().forEachRemaining(section -> {
                if (section.getKey().equals("securitySchemes")) {
                    return; // the services name the realm's OIDC discovery; the platform states its OAuth2 flows
                }
                ObjectNode merged = components.has(section.getKey()) ? (ObjectNode) components.get(section.getKey())
                        : components.putObject(section.getKey());
                section.getValue().fields().forEachRemaining(component -> {
                    JsonNode existing = merged.get(component.getKey());
                    String key = section.getKey() + "/" + component.getKey();
                    if (existing == null) {
                        merged.set(component.getKey(), component.getValue().deepCopy());
                        componentOwner.put(key, name);
                    } else if (!existing.equals(component.getValue())) {
                        throw new Clash("components/" + key + " differs between " + componentOwner.get(key) + " and "
                                + name + ": give one of them another name, or make them the same schema");
                    }
                });
            });
            document.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag.deepCopy());
                }
            });
        }
        sortObject(paths);
        components.fields().forEachRemaining(section -> sortObject((ObjectNode) section.getValue()));
        addGatewayParts(doc, settings);
        checkReferences(doc);
        return doc;
    }

    /** What the gateway does to every call, declared on every operation. */
    private static void addGatewayParts(ObjectNode doc, Settings settings) {
        ObjectNode components = (ObjectNode) doc.get("components");
        ObjectNode headers = components.has("headers") ? (ObjectNode) components.get("headers") : components.putObject("headers");
        headers.set(RATE_LIMIT_LIMIT, header("Requests allowed per " + settings.periodSeconds() + " s of the nearer limit: "
                + settings.perUser() + " per user, " + settings.perClient() + " per client (system)", integer(0, 1_000_000_000L)));
        headers.set(RATE_LIMIT_REMAINING, header("Requests left of the nearer limit in the current period",
                integer(0, 1_000_000_000L)));
        headers.set(ALLOW_ORIGIN, header("Sent to browsers of the configured origins only (CORS); no wildcard",
                JSON.objectNode().put("type", "string").put("maxLength", 2000)));
        components.putObject("securitySchemes").set(SECURITY_SCHEME, oauth2(settings.realmUrl()));

        for (JsonNode pathItem : iterable(doc.get("paths").elements())) {
            for (JsonNode node : operations(pathItem)) {
                ObjectNode operation = (ObjectNode) node;
                ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses")
                        : operation.putObject("responses");
                boolean secured = operation.path("security").size() > 0;
                if (secured && !responses.has("401")) {
                    responses.set("401", problem("No valid bearer token"));
                }
                // what web's HttpDoor answers at every door, before any operation sees the request
                if (!responses.has("400")) {
                    responses.set("400", problem("The request URI is not valid (a '%' not followed by two hexadecimal digits)"));
                }
                responses.set("414", problem("The URI is longer than " + HttpDoor.MAX_URI + " characters"));
                responses.set("431", problem("The headers are larger than " + HttpDoor.MAX_HEADERS + " bytes"));
                if (operation.has("requestBody") && !responses.has("413")) {
                    responses.set("413", problem("The body is larger than " + settings.maxBodyBytes() + " bytes"));
                }
                if (!responses.has("429")) {
                    ObjectNode tooMany = problem("Too many requests: wait Retry-After seconds");
                    ((ObjectNode) tooMany.get("headers")).set(OpenApiConventions.RETRY_AFTER, ref(OpenApiConventions.RETRY_AFTER));
                    responses.set("429", tooMany);
                }
                responses.set("502", problem("The service behind the gateway gave a broken answer"));
                ObjectNode unavailable = problem("The service is not reachable or is failing (its circuit is open): "
                        + "try again after Retry-After seconds");
                ((ObjectNode) unavailable.get("headers")).set(OpenApiConventions.RETRY_AFTER,
                        ref(OpenApiConventions.RETRY_AFTER));
                responses.set("503", unavailable);
                responses.set("504", problem("The service did not answer in time"));
                responses.fields().forEachRemaining(answer -> {
                    ObjectNode response = (ObjectNode) answer.getValue();
                    ObjectNode answerHeaders = response.has("headers") ? (ObjectNode) response.get("headers")
                            : response.putObject("headers");
                    answerHeaders.set(ALLOW_ORIGIN, ref(ALLOW_ORIGIN));
                    if (answer.getKey().startsWith("2") || answer.getKey().startsWith("4")) {
                        // counted calls; a 5xx is the platform's fault and counts against nobody's limit
                        answerHeaders.set(RATE_LIMIT_LIMIT, ref(RATE_LIMIT_LIMIT));
                        answerHeaders.set(RATE_LIMIT_REMAINING, ref(RATE_LIMIT_REMAINING));
                    }
                });
                sortObject(responses);
            }
        }
    }

    /** The realm's OAuth2 flows: people log in with the authorization code and PKCE; systems use client credentials. */
    private static ObjectNode oauth2(String realm) {
        ObjectNode scheme = JSON.objectNode();
        scheme.put("type", "oauth2");
        scheme.put("description", "Keycloak realm sdmi. Access tokens are signed JWTs (RS256) that live for minutes and "
                + "are renewed with the refresh token; the gateway and every service verify them against the realm's "
                + "published keys as RFC8725 recommends: the algorithm is fixed by the key, 'none' and unknown keys are "
                + "refused, issuer and expiry are checked.");
        ObjectNode flows = scheme.putObject("flows");
        ObjectNode code = flows.putObject("authorizationCode");
        code.put("authorizationUrl", realm + "/protocol/openid-connect/auth");
        code.put("tokenUrl", realm + "/protocol/openid-connect/token");
        code.put("refreshUrl", realm + "/protocol/openid-connect/token");
        code.putObject("scopes").put("openid", "OpenID Connect");
        ObjectNode client = flows.putObject("clientCredentials");
        client.put("tokenUrl", realm + "/protocol/openid-connect/token");
        client.put("refreshUrl", realm + "/protocol/openid-connect/token");
        client.putObject("scopes");
        return scheme;
    }

    /** Every "$ref" of the document names a component that is there. */
    private static void checkReferences(ObjectNode doc) {
        List<String> dangling = new ArrayList<>();
        collectDangling(doc, doc, dangling);
        if (!dangling.isEmpty()) {
            throw new Clash("references to components that no document defines: " + String.join(", ", dangling));
        }
    }

    private static void collectDangling(JsonNode node, ObjectNode doc, List<String> dangling) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")) {
                if (doc.at(ref.asText().substring(1)).isMissingNode()) {
                    dangling.add(ref.asText());
                }
            }
        }
        node.elements().forEachRemaining(child -> collectDangling(child, doc, dangling));
    }

    private static List<JsonNode> operations(JsonNode pathItem) {
        List<JsonNode> operations = new ArrayList<>();
        for (String method : METHODS) {
            if (pathItem.has(method)) {
                operations.add(pathItem.get(method));
            }
        }
        return operations;
    }

    private static ObjectNode problem(String description) {
        ObjectNode response = JSON.objectNode();
        response.put("description", description);
        response.putObject("headers").set(OpenApiConventions.REQUEST_ID, ref(OpenApiConventions.REQUEST_ID));
        response.putObject("content").putObject(Problem.MEDIA_TYPE).putObject("schema")
                .put("$ref", "#/components/schemas/" + OpenApiConventions.PROBLEM_SCHEMA);
        return response;
    }

    private static ObjectNode header(String description, ObjectNode schema) {
        ObjectNode header = JSON.objectNode();
        header.put("description", description);
        header.set("schema", schema);
        return header;
    }

    private static ObjectNode integer(long minimum, long maximum) {
        return JSON.objectNode().put("type", "integer").put("format", "int64").put("minimum", minimum).put("maximum", maximum);
    }

    private static ObjectNode ref(String header) {
        return JSON.objectNode().put("$ref", "#/components/headers/" + header);
    }

    private static void sortObject(ObjectNode node) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        node.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        node.removeAll();
        sorted.forEach(node::set);
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }
}
