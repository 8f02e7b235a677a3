package id.sdmi.catalog.ckan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An error of the CKAN-compatible API, answered in CKAN's envelope with CKAN's error type and status. */
final class CkanException extends RuntimeException {

    private final int status;
    private final Map<String, Object> error;

    private CkanException(int status, String type, String message, Map<String, List<String>> fields) {
        super(message);
        this.status = status;
        this.error = new LinkedHashMap<>();
        error.put("__type", type);
        if (message != null) {
            error.put("message", message);
        }
        error.putAll(fields);
    }

    static CkanException notFound(String message) {
        return new CkanException(404, "Not Found Error", message, Map.of());
    }

    static CkanException searchQuery(String message) {
        return new CkanException(400, "Search Query Error", message, Map.of());
    }

    static CkanException badRequest(String message) {
        return new CkanException(400, "Bad Request", message, Map.of());
    }

    /** A parameter that is not valid: 409, as CKAN answers a validation error, with the field's messages. */
    static CkanException validation(String field, String message) {
        return new CkanException(409, "Validation Error", null, Map.of(field, List.of(message)));
    }

    static CkanException internal(String message) {
        return new CkanException(500, "Internal Server Error", message, Map.of());
    }

    int status() {
        return status;
    }

    Map<String, Object> error() {
        return error;
    }
}
