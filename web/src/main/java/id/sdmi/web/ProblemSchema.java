package id.sdmi.web;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The OpenAPI schema of {@link Problem}, written out once for every service: the record's extension members
 * ({@code unmet}, {@code currentEtag}) are not visible to a schema scanner, and the limits are the platform's.
 */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String FIELD_ERROR = "FieldError";

    private ProblemSchema() {
    }

    static void addTo(Components components) {
        components.addSchema(FIELD_ERROR, object("One wrong field of a request, or of a row of a bulk import")
                .addProperty("row", integer(1, 10_000_000).addType(SchemaType.NULL)
                        .description("The row of a bulk import (a CSV file's header is row 1; a JSON array's first item "
                                + "is 1); absent otherwise"))
                .addProperty("field", OpenApiConventions.string(500).description("The field as a JSON path, e.g. name.id"))
                .addProperty("message", OpenApiConventions.string(2000).description("What is wrong with it"))
                .required(List.of("field", "message")));
        components.addSchema(NAME, object("An RFC 9457 problem details body (application/problem+json): what went wrong, "
                + "in the caller's terms")
                .addProperty("type", OpenApiConventions.string(200).format("uri")
                        .description("The kind of problem, a stable URI to switch on, e.g. "
                                + "https://sdmi.id/problems/validation-failed"))
                .addProperty("title", OpenApiConventions.string(200).description("The kind of problem in words"))
                .addProperty("status", integer(400, 599).description("The HTTP status"))
                .addProperty("detail", OpenApiConventions.string(20_000).description("What went wrong this time"))
                .addProperty("instance", OpenApiConventions.string(4096).format("uri-reference")
                        .description("The request path"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(10_000)
                        .items(OASFactory.createSchema().ref(FIELD_ERROR))
                        .description("Every wrong field (validation) or row (bulk import)"))
                .addProperty("unmet", OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(1000)
                        .items(OpenApiConventions.string(2000))
                        .description("The conditions a workflow move still needs (409 of a transition)"))
                .addProperty("currentEtag", OpenApiConventions.string(200)
                        .description("The resource's ETag now (412 of a stale If-Match)"))
                .required(List.of("type", "title", "status")));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
    }

    private static Schema integer(int minimum, int maximum) {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum));
    }
}
