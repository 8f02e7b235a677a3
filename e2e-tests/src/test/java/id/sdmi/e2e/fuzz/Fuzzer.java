package id.sdmi.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sdmi.e2e.fuzz.RawHttp.Request;
import id.sdmi.e2e.fuzz.RawHttp.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A schema-driven fuzzer: for every operation of an OpenAPI document, requests with each parameter, each body field
 * and the whole body replaced by hostile values ({@link Mutations}), and with broken headers and URIs. The oracle is
 * the platform's promise: never a 5xx for what a caller sends, and every 4xx an {@code application/problem+json}
 * body whose {@code status} is the answer's.
 */
final class Fuzzer {

    /** One request the fuzzer sent that broke the promise, with what came back. */
    record Finding(String operation, String what, int status, String contentType, String body) {
        @Override
        public String toString() {
            return operation + " — " + what + " → " + status + " " + contentType + " "
                    + body.substring(0, Math.min(200, body.length())).replace('\n', ' ');
        }
    }

    record Case(String operation, String what, Request request) {
    }

    record Result(int sent, Map<Integer, Integer> statuses, List<Finding> findings, List<Case> notSent) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "delete");

    private final Schemas schemas;
    private final JsonNode document;
    private final Supplier<String> authorization;

    Fuzzer(JsonNode document, Supplier<String> authorization) {
        this.document = document;
        this.schemas = new Schemas(document);
        this.authorization = authorization;
    }

    /** Every case for every operation of the document. */
    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    cases.addAll(new OperationCases(method.toUpperCase(), path.getKey(), operation).all());
                }
            }
        }
        return cases;
    }

    /** Requests that are wrong below the level of any operation: the URI, the request line, the framing. */
    List<Case> transportCases(String aPath, String aWritePath) {
        List<Case> cases = new ArrayList<>();
        String op = "transport";
        cases.add(new Case(op, "a bad percent-escape in the query", request("GET", aPath + "?producer=%zz", null, null)));
        cases.add(new Case(op, "a bad percent-escape in the path", request("GET", aPath + "/%zz", null, null)));
        cases.add(new Case(op, "a URI of 9,000 characters", request("GET", aPath + "?q=" + "a".repeat(9000), null, null)));
        cases.add(new Case(op, "a URI of 20,000 characters", request("GET", aPath + "?q=" + "a".repeat(20_000), null, null)));
        Request bigHeader = request("GET", aPath, null, null);
        bigHeader.headers().put("X-Fuzz", "h".repeat(40_000));
        cases.add(new Case(op, "a header of 40,000 characters", bigHeader));
        byte[] huge = new byte[25 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        cases.add(new Case(op, "a JSON body of 25 MB with Content-Length", request("POST", aWritePath, "application/json", huge)));
        Request chunked = new Request("POST", aWritePath, headers("application/json"), huge, true);
        cases.add(new Case(op, "a chunked JSON body of 25 MB", chunked));
        return cases;
    }

    Result run(URI base, List<Case> cases, Duration budget, int threads) throws InterruptedException {
        RawHttp http = new RawHttp(base);
        Instant deadline = Instant.now().plus(budget);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Map<String, Finding> findings = new ConcurrentHashMap<>();
        List<Case> notSent = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (Case each : cases) {
            pool.submit(() -> {
                if (Instant.now().isAfter(deadline)) {
                    notSent.add(each);
                    return;
                }
                Response response;
                try {
                    response = http.send(each.request());
                } catch (IOException | RuntimeException e) {
                    findings.putIfAbsent(each.operation() + " " + each.what() + " no answer",
                            new Finding(each.operation(), each.what(), 0, "", String.valueOf(e)));
                    return;
                }
                sent.incrementAndGet();
                statuses.merge(response.status(), 1, Integer::sum);
                String broken = broken(response, each.request().method(), each.operation());
                if (broken != null) {
                    // one finding per operation, answer and kind of fault: the first request that shows it
                    findings.putIfAbsent(each.operation() + " " + response.status() + " " + broken,
                            new Finding(each.operation(), each.what() + " (" + broken + ")", response.status(),
                                    String.valueOf(response.header("content-type")), response.text()));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(budget.toSeconds() + 300, TimeUnit.SECONDS);
        List<Finding> sorted = new ArrayList<>(findings.values());
        sorted.sort((a, b) -> (a.operation() + a.status()).compareTo(b.operation() + b.status()));
        return new Result(sent.get(), new java.util.TreeMap<>(statuses), sorted, notSent);
    }

    /**
     * What is wrong with the answer, or null when it keeps the promise: a problem body, or for the CKAN-compatible
     * API (documented so) CKAN's error envelope.
     */
    static String broken(Response response, String method, String operation) {
        int status = response.status();
        if (status >= 500) {
            return "a server error for a caller's request";
        }
        if (status < 400 || method.equals("HEAD")) {
            return null;
        }
        String type = response.header("content-type");
        if (operation.contains(" /api/3/action/") && type != null && type.startsWith("application/json")) {
            try {
                JsonNode envelope = JSON.readTree(response.body());
                return !envelope.path("success").isBoolean() || envelope.path("success").asBoolean()
                        || !envelope.path("error").path("__type").isTextual() ? "a CKAN error without its envelope" : null;
            } catch (IOException e) {
                return "a CKAN error that is not JSON";
            }
        }
        if (type == null || !type.startsWith("application/problem+json")) {
            return "a " + status + " without a problem body";
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (!problem.isObject() || problem.path("status").asInt() != status || !problem.path("title").isTextual()) {
                return "a problem body without its status and title";
            }
        } catch (IOException e) {
            return "a problem body that is not JSON";
        }
        return null;
    }

    private Request request(String method, String target, String contentType, byte[] body) {
        return new Request(method, target, headers(contentType), body, false);
    }

    private Map<String, String> headers(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        String token = authorization.get();
        if (token != null) {
            headers.put("Authorization", token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return headers;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The cases of one operation, each from a request that is otherwise plausible. */
    private final class OperationCases {

        private final String method;
        private final String template;
        private final JsonNode operation;
        private final String name;
        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private final Map<String, JsonNode> pathSchemas = new LinkedHashMap<>();
        private final Map<String, String> queryValues = new LinkedHashMap<>();
        private final Map<String, JsonNode> querySchemas = new LinkedHashMap<>();
        private final boolean takesIfMatch;
        private final boolean takesIdempotencyKey;
        private final String bodyType;
        private final JsonNode bodySchema;
        private final JsonNode body;

        OperationCases(String method, String template, JsonNode operation) {
            this.method = method;
            this.template = template;
            this.operation = operation;
            this.name = method + " " + template;
            boolean takesIfMatch = false;
            boolean takesIdempotencyKey = false;
            for (JsonNode parameter : operation.path("parameters")) {
                parameter = schemas.resolve(parameter);
                JsonNode schema = schemas.resolve(parameter.path("schema"));
                String in = parameter.path("in").asText();
                String key = parameter.path("name").asText();
                if (in.equals("path")) {
                    pathSchemas.put(key, schema);
                    pathValues.put(key, pathValue(parameter, schema));
                } else if (in.equals("query")) {
                    querySchemas.put(key, schema);
                    if (parameter.path("required").asBoolean()) {
                        queryValues.put(key, parameter.has("example") ? parameter.get("example").asText()
                                : schemas.sample(schema).asText());
                    }
                } else if (in.equals("header") && key.equalsIgnoreCase("If-Match")) {
                    takesIfMatch = true;
                } else if (in.equals("header") && key.equalsIgnoreCase("Idempotency-Key")) {
                    takesIdempotencyKey = true;
                }
            }
            this.takesIfMatch = takesIfMatch;
            this.takesIdempotencyKey = takesIdempotencyKey;
            JsonNode content = operation.path("requestBody").path("content");
            this.bodyType = content.isObject() && content.size() > 0 ? content.fieldNames().next() : null;
            JsonNode media = bodyType == null ? null : content.get(bodyType);
            this.bodySchema = media == null ? null : schemas.resolve(media.path("schema"));
            this.body = media == null ? null : example(media);
        }

        /** Reads use the documented example (an object that may exist); writes never touch demo data. */
        private String pathValue(JsonNode parameter, JsonNode schema) {
            if (method.equals("GET") && parameter.has("example")) {
                return parameter.get("example").asText();
            }
            return schema.path("format").asText().equals("uuid") ? UUID.randomUUID().toString()
                    : "FUZZ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        }

        private JsonNode example(JsonNode media) {
            if (media.has("example")) {
                return media.get("example");
            }
            Iterator<JsonNode> examples = media.path("examples").elements();
            if (examples.hasNext()) {
                return schemas.resolve(examples.next()).path("value");
            }
            return schemas.sample(bodySchema);
        }

        List<Case> all() {
            List<Case> cases = new ArrayList<>();
            cases.add(json("as documented", target(pathValues, queryValues), body));
            pathSchemas.forEach((key, schema) -> {
                for (String value : Mutations.forParameter(schemas, schema)) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(key, value);
                    cases.add(json("path " + key + "=" + shown(value), target(values, queryValues), body));
                }
            });
            querySchemas.forEach((key, schema) -> {
                for (String value : Mutations.forParameter(schemas, schema)) {
                    Map<String, String> values = new LinkedHashMap<>(queryValues);
                    values.put(key, value);
                    cases.add(json("query " + key + "=" + shown(value), target(pathValues, values), body));
                }
            });
            String target = target(pathValues, queryValues);
            cases.add(json("an unknown query parameter", target + (target.contains("?") ? "&" : "?") + "zzz=1", body));
            if (!querySchemas.isEmpty()) {
                String first = querySchemas.keySet().iterator().next();
                cases.add(json("query " + first + " twice", target + (target.contains("?") ? "&" : "?") + first
                        + "=1&" + first + "=x", body));
            }
            for (String accept : List.of("application/xml", "garbage", "text/csv;q=x", "*/*;q=0")) {
                Case each = json("Accept: " + accept, target, body);
                each.request().headers().put("Accept", accept);
                cases.add(each);
            }
            if (takesIfMatch) {
                for (String tag : List.of("garbage", "\"\"", "W/\"0\"", "*", "\"" + "e".repeat(10_000) + "\"")) {
                    Case each = json("If-Match: " + shown(tag), target, body);
                    each.request().headers().put("If-Match", tag);
                    cases.add(each);
                }
            }
            if (takesIdempotencyKey) {
                String reused = "fuzz-" + UUID.randomUUID();
                for (String key : List.of("has spaces", "\"", "\"\"", "k".repeat(300), "\u00e9t\u00e9", reused, reused)) {
                    // the same key twice: the second is the kept answer, or 409 while the first still runs
                    Case each = json("Idempotency-Key: " + shown(key), target, body);
                    each.request().headers().put("Idempotency-Key", key);
                    cases.add(each);
                }
            }
            if (bodyType != null) {
                bodyCases(target, cases);
            }
            return cases;
        }

        private void bodyCases(String target, List<Case> cases) {
            if (bodyType.equals("application/json")) {
                for (Map.Entry<String, JsonNode> field : fields(bodySchema, "", 0).entrySet()) {
                    for (JsonNode value : Mutations.forField(schemas, field.getValue())) {
                        cases.add(json("body " + field.getKey() + "=" + shown(value.toString()), target,
                                replaced(body, field.getKey(), value)));
                    }
                    cases.add(json("body without " + field.getKey(), target, replaced(body, field.getKey(), null)));
                }
                for (byte[] broken : Mutations.brokenBodies(body)) {
                    cases.add(new Case(name, "body " + shown(new String(broken, StandardCharsets.UTF_8)),
                            request(method, target, bodyType, broken)));
                }
            } else {
                for (String text : List.of("", "\"unclosed", "a,b\n\u0000,\"x", ",".repeat(100_000), "\uFFFD\u0000\u0001")) {
                    cases.add(new Case(name, "body " + shown(text), request(method, target, bodyType,
                            text.getBytes(StandardCharsets.UTF_8))));
                }
            }
            byte[] documented = bytes(body);
            for (String type : List.of("text/plain", "garbage", "application/json; charset=ISO-8859-1",
                    "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded")) {
                cases.add(new Case(name, "Content-Type: " + type, request(method, target, type, documented)));
            }
            cases.add(new Case(name, "no Content-Type", request(method, target, null, documented)));
            cases.add(new Case(name, "no body", request(method, target, bodyType, null)));
        }

        /** JSON pointers of the body's fields, two levels deep (the first item of an array stands for all). */
        private Map<String, JsonNode> fields(JsonNode schema, String prefix, int depth) {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            if (depth > 2) {
                return fields;
            }
            schema = schemas.resolve(schema);
            Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                String pointer = prefix + "/" + property.getKey();
                JsonNode resolved = schemas.resolve(property.getValue());
                fields.put(pointer, resolved);
                switch (schemas.type(resolved)) {
                    case "object" -> fields.putAll(fields(resolved, pointer, depth + 1));
                    case "array" -> fields.putAll(fields(resolved.path("items"), pointer + "/0", depth + 1));
                    default -> {
                    }
                }
            }
            return fields;
        }

        private String target(Map<String, String> path, Map<String, String> query) {
            String target = template;
            for (Map.Entry<String, String> value : path.entrySet()) {
                target = target.replace("{" + value.getKey() + "}", encode(value.getValue()));
            }
            StringBuilder withQuery = new StringBuilder(target);
            query.forEach((key, value) -> withQuery.append(withQuery.indexOf("?") < 0 ? '?' : '&').append(key)
                    .append('=').append(encode(value)));
            return withQuery.toString();
        }

        private Case json(String what, String target, JsonNode body) {
            if (bodyType == null) {
                return new Case(name, what, request(method, target, null, null));
            }
            return new Case(name, what, request(method, target, bodyType, bytes(body)));
        }
    }

    private static byte[] bytes(JsonNode body) {
        if (body == null) {
            return new byte[0];
        }
        return (body.isTextual() ? body.asText() : body.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** The body with the field at the pointer set to the value, or removed (null). */
    private static JsonNode replaced(JsonNode body, String pointer, JsonNode value) {
        JsonNode copy = body == null ? JSON.createObjectNode() : body.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(key);
            } else {
                object.set(key, value);
            }
        } else if (parent instanceof ArrayNode array && key.chars().allMatch(Character::isDigit)
                && Integer.parseInt(key) < array.size()) {
            if (value == null) {
                array.remove(Integer.parseInt(key));
            } else {
                array.set(Integer.parseInt(key), value);
            }
        }
        return copy;
    }

    private static String shown(String value) {
        String escaped = value.replace("\u0000", "\\u0000").replace("\n", "\\n").replace("\r", "\\r");
        return escaped.length() > 40 ? escaped.substring(0, 40) + "…(" + value.length() + " chars)" : escaped;
    }

    static List<Case> shuffled(List<Case> cases, long seed) {
        List<Case> copy = new ArrayList<>(cases);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}
