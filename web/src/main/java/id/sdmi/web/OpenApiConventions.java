package id.sdmi.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What the platform's conventions make true of every operation, written into each service's OpenAPI document once
 * instead of on every resource method: an error status declared on an operation answers the {@code Problem} schema
 * under {@code application/problem+json}; a secured operation can answer 401 and 403, and any operation 500; every
 * answer carries {@code X-Request-Id}; path parameters are listed in the order of the path, so a generated method
 * takes them in that order. The shared components ({@code Problem}, the headers) are defined here, identical in every
 * service, so that the gateway's merge finds one schema under each name.
 */
public class OpenApiConventions implements OASFilter {

    public static final String ETAG = "ETag";
    public static final String LOCATION = "Location";
    public static final String RETRY_AFTER = "Retry-After";
    public static final String REQUEST_ID = "X-Request-Id";
    public static final String PROBLEM_SCHEMA = ProblemSchema.NAME;

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        ProblemSchema.addTo(api.getComponents());
        api.getComponents()
                .addHeader(ETAG, header("The representation's version; send it back as If-Match to change it safely",
                        string(200)))
                .addHeader(LOCATION, header("Where the new resource is", string(2000).format("uri")))
                .addHeader(RETRY_AFTER, header("Seconds to wait before trying again",
                        OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ZERO)
                                .maximum(java.math.BigDecimal.valueOf(86_400))))
                .addHeader(REQUEST_ID, header("The request's id (the caller's X-Request-Id or a new one), also in the "
                        + "platform's logs", string(200)))
                .addHeader(IdempotencyKey.REPLAYED, header("true when this is the kept answer to an earlier request "
                        + "with the same Idempotency-Key (nothing was done again)", string(4).addEnumeration("true")))
                .addParameter(IdempotencyKey.HEADER, OASFactory.createParameter().name(IdempotencyKey.HEADER)
                        .in(Parameter.In.HEADER).required(false)
                        .description("Makes this POST safe to retry: a key you make up for the request (a UUID), sent "
                                + "again with a retry. Within 24 hours the same key and request get the first answer again "
                                + "(with Idempotent-Replayed: true) and nothing is done twice; the same key with another "
                                + "request is 422; while the first is still running, 409 with Retry-After. A 5xx, 408, "
                                + "409, 412, 425 or 429 is not kept (a retry runs again). Keys are per caller.")
                        .schema(string(IdempotencyKey.MAX_LENGTH + 2).pattern(IdempotencyKey.PATTERN))
                        .example("\"1f0c2d6e-8a4b-4c3e-9d2f-5b7a6e8c9d01\""));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            PathItem item = path.getValue();
            item.setParameters(inPathOrder(path.getKey(), item.getParameters()));
            for (Operation operation : item.getOperations().values()) {
                operation.setParameters(inPathOrder(path.getKey(), operation.getParameters()));
                complete(operation, secured(api, operation));
                if (item.getPOST() == operation) {
                    retrySafe(operation);
                }
            }
        }
    }

    /**
     * Patterns are anchored, as Bean Validation's {@code @Pattern} matches the whole value (a JSON Schema pattern
     * matches anywhere); a string whose format fixes its length (uuid, date, date-time) says so.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        // (SmallRye writes @NotBlank as the pattern \S, "has a non-blank character", which must stay unanchored)
        if (schema.getPattern() != null && !schema.getPattern().startsWith("^") && !schema.getPattern().equals("\\S")) {
            schema.setPattern("^(?:" + schema.getPattern() + ")$");
        }
        if (schema.getType() != null && schema.getType().contains(SchemaType.STRING) && schema.getMaxLength() == null
                && schema.getEnumeration() == null && schema.getFormat() != null) {
            Integer length = switch (schema.getFormat()) {
                case "uuid" -> 36;
                case "date" -> 10;
                case "date-time" -> 35;
                default -> null;
            };
            schema.setMaxLength(length);
        }
        return schema;
    }

    private static boolean secured(OpenAPI api, Operation operation) {
        List<?> security = operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
        return security != null && !security.isEmpty();
    }

    private static void complete(Operation operation, boolean secured) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (secured) {
            addIfAbsent(responses, "401", "No valid bearer token");
            addIfAbsent(responses, "403", "The caller's roles or organisation do not allow this");
        }
        addIfAbsent(responses, "500", "An unexpected fault of the service (a bug: please report the X-Request-Id)");
        for (Map.Entry<String, APIResponse> answer : responses.getAPIResponses().entrySet()) {
            APIResponse response = answer.getValue();
            if (response.getRef() != null) {
                continue;
            }
            if (isError(answer.getKey())) {
                describeProblem(response);
            }
            if (response.getHeaders() == null || !response.getHeaders().containsKey(REQUEST_ID)) {
                response.addHeader(REQUEST_ID, OASFactory.createHeader().ref(REQUEST_ID));
            }
        }
    }

    /** Every POST takes an Idempotency-Key, with the answers it brings. */
    private static void retrySafe(Operation operation) {
        operation.addParameter(OASFactory.createParameter().ref(IdempotencyKey.HEADER));
        APIResponses responses = operation.getResponses();
        addProblemIfAbsent(responses, "400", "A field, parameter or header (e.g. Idempotency-Key) is not valid");
        addProblemIfAbsent(responses, "409", "A conflict with the current state, or a request with this Idempotency-Key "
                + "is still running (Retry-After)");
        addProblemIfAbsent(responses, "422", "The request cannot be processed, or its Idempotency-Key was used for "
                + "another request");
        for (Map.Entry<String, APIResponse> answer : responses.getAPIResponses().entrySet()) {
            if (answer.getKey().startsWith("2") && answer.getValue().getRef() == null) {
                answer.getValue().addHeader(IdempotencyKey.REPLAYED, OASFactory.createHeader().ref(IdempotencyKey.REPLAYED));
            }
        }
    }

    private static void addProblemIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            APIResponse response = OASFactory.createAPIResponse().description(description);
            describeProblem(response);
            response.addHeader(REQUEST_ID, OASFactory.createHeader().ref(REQUEST_ID));
            responses.addAPIResponse(status, response);
        }
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    /** An error answers a problem body: declared with its examples, or with none, it gets the Problem schema. */
    private static void describeProblem(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()));
        }
        response.getContent().getMediaTypes().values().stream().filter(media -> media.getSchema() == null)
                .forEach(media -> media.setSchema(OASFactory.createSchema().ref(ProblemSchema.NAME)));
    }

    /** Path parameters first, in the order the template names them; then the others as they were. */
    static List<Parameter> inPathOrder(String template, List<Parameter> parameters) {
        if (parameters == null || parameters.size() < 2) {
            return parameters;
        }
        List<Parameter> sorted = new ArrayList<>(parameters);
        sorted.sort(Comparator.comparingInt(p -> position(template, p)));
        return sorted;
    }

    private static int position(String template, Parameter parameter) {
        if (parameter.getIn() != Parameter.In.PATH || parameter.getName() == null) {
            return Integer.MAX_VALUE;
        }
        int at = template.indexOf("{" + parameter.getName() + "}");
        return at < 0 ? Integer.MAX_VALUE - 1 : at;
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength);
    }
}
