package id.sdmi.web;

/**
 * The kinds of problem the platform answers with. The URI is a stable identifier that clients may switch on;
 * a service adds its own kinds by implementing this interface.
 */
public interface ProblemType {

    String slug();

    String title();

    int status();

    default String uri() {
        return "https://sdmi.id/problems/" + slug();
    }

    static ProblemType of(String slug, String title, int status) {
        return new Simple(slug, title, status);
    }

    record Simple(String slug, String title, int status) implements ProblemType {
    }

    ProblemType MALFORMED_REQUEST = of("malformed-request", "The request body is not valid JSON", 400);
    ProblemType VALIDATION_FAILED = of("validation-failed", "The request has invalid fields", 400);
    ProblemType UNAUTHENTICATED = of("unauthenticated", "A valid bearer token is required", 401);
    /** What a 401 tells the caller to do, at the gateway and at every service. */
    String UNAUTHENTICATED_DETAIL = "send an access token of the sdmi realm issued for the SDMI API (audience sdmi-api), "
            + "not expired, as 'Authorization: Bearer <token>'";
    ProblemType FORBIDDEN = of("forbidden", "Not allowed", 403);
    ProblemType NOT_FOUND = of("not-found", "Not found", 404);
    ProblemType METHOD_NOT_ALLOWED = of("method-not-allowed", "Method not allowed", 405);
    ProblemType NOT_ACCEPTABLE = of("not-acceptable", "No acceptable representation", 406);
    ProblemType CONFLICT = of("conflict", "Conflict with the current state", 409);
    ProblemType PRECONDITION_FAILED = of("precondition-failed", "The resource changed since you read it", 412);
    ProblemType PAYLOAD_TOO_LARGE = of("payload-too-large", "The request body is too large", 413);
    ProblemType UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type", "Unsupported content type", 415);
    ProblemType UNPROCESSABLE = of("unprocessable", "The request cannot be processed", 422);
    ProblemType PRECONDITION_REQUIRED = of("precondition-required", "If-Match is required", 428);
    ProblemType INTERNAL = of("internal-error", "Internal error", 500);
    ProblemType UNAVAILABLE = of("temporarily-unavailable", "Temporarily unavailable", 503);
}
