package id.sdmi.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The If-Match header of a write that honours it ({@code @BeanParam IfMatch ifMatch}), described once for every
 * service's OpenAPI document: "*" or entity tags as HTTP defines them (a value that is none never matches: 412).
 */
public class IfMatch {

    /** RFC 9110: * or a comma-separated list of entity tags. */
    static final String PATTERN = "\\*|(W/)?\"[^\"]*\"(\\s*,\\s*(W/)?\"[^\"]*\")*";

    @HeaderParam(HttpHeaders.IF_MATCH)
    @Parameter(description = "The ETag you read: the change is made only if it is still the current one, otherwise 412 "
            + "and nothing is written. Left out, the change is made whatever the version (last writer wins, as for "
            + "pipelines that do not read first).", example = "\"41-2\"",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = PATTERN))
    public String value;
}
