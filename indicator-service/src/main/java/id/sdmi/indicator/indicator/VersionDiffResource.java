package id.sdmi.indicator.indicator;

import id.sdmi.indicator.Roles;
import id.sdmi.indicator.catalog.CatalogExamples;
import id.sdmi.web.Codes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What changed between two versions of a framework's catalog, under the Catalog versions tag. */
@Path("/api/v1/frameworks/{framework}/versions")
@Tag(name = "Catalog versions")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class VersionDiffResource {

    private final CatalogDiff diffs;

    public VersionDiffResource(CatalogDiff diffs) {
        this.diffs = diffs;
    }

    @GET
    @Path("{from}/diff/{to}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "diffCatalogVersions", summary = "Compare two versions",
            description = "Domains and indicators added, removed, and changed with each field that changed, going from "
                    + "one version of the framework to the other.")
    @APIResponse(responseCode = "200", description = "The differences",
            content = @Content(schema = @Schema(implementation = CatalogDiff.Diff.class),
                    examples = @ExampleObject(name = "diff", value = CatalogExamples.DIFF)))
    @APIResponse(responseCode = "404", description = "No such framework, or no such version")
    public CatalogDiff.Diff diff(
            @PathParam("framework") @Parameter(description = "The framework's code", example = "MGI-NATIONAL",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Codes.CODE_LENGTH,
                            pattern = Codes.CODE)) String framework,
            @PathParam("from") @Parameter(description = "The version to compare from", example = "2019",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Codes.VERSION_LENGTH,
                            pattern = Codes.VERSION)) String from,
            @PathParam("to") @Parameter(description = "The version to compare to", example = "2023",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Codes.VERSION_LENGTH,
                            pattern = Codes.VERSION)) String to) {
        return diffs.between(framework, from, to);
    }
}
