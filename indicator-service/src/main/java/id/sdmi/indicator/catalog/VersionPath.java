package id.sdmi.indicator.catalog;

import id.sdmi.web.Codes;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The catalog version a request is about, {@code {framework}/versions/{version}}: read by the version's own operations
 * and by those of its domains and indicators, and described once for the OpenAPI document.
 */
public class VersionPath {

    @PathParam("framework")
    @Parameter(description = "The framework's code", example = "MGI-NATIONAL", schema = @Schema(type = SchemaType.STRING,
            maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE))
    public String framework;

    @PathParam("version")
    @Parameter(description = "The version", example = "2023", schema = @Schema(type = SchemaType.STRING,
            maxLength = Codes.VERSION_LENGTH, pattern = Codes.VERSION))
    public String version;
}
