package id.sdmi.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}). {@code errors} lists what is wrong with
 * the request field by field; {@code extensions} carries other members a problem type defines (e.g. {@code unmet}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One wrong field: a JSON path such as {@code name.id}, and what is wrong; in a bulk import also the row
     * (a spreadsheet's row number for CSV, where the header is row 1; the item's position from 1 for JSON).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(Integer row, String field, String message) {
        public FieldError(String field, String message) {
            this(null, field, message);
        }
    }

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, extensions);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, extensions);
    }

    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, errors, more);
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions;
    }
}
