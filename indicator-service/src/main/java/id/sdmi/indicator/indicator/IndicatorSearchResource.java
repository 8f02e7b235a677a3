package id.sdmi.indicator.indicator;

import id.sdmi.indicator.catalog.Indicator;
import id.sdmi.indicator.Roles;
import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorHit;
import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorHitPage;
import id.sdmi.web.Codes;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/indicators")
@Tag(name = "Indicator search", description = "Search over the indicators of published catalog versions")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorSearchResource {

    private final IndicatorSearch search;

    public IndicatorSearchResource(IndicatorSearch search) {
        this.search = search;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "searchIndicators", summary = "Search published indicators",
            description = "Words in Indonesian or English (best matches first), a domain, a GCM objective, a framework; "
                    + "any combination, a page at a time. Drafts and retired versions are not searched.")
    @APIResponse(responseCode = "200", description = "A page of indicators",
            content = @Content(schema = @Schema(implementation = IndicatorHitPage.class),
                    examples = @ExampleObject(name = "hits", value = IndicatorExamples.HITS)))
    @APIResponse(responseCode = "400", description = "A parameter out of range")
    public Page<IndicatorHit> search(
            @QueryParam("q") @Size(max = 200, message = "must be at most 200 characters")
            @Parameter(description = "Words, in Indonesian or English", example = "kesehatan health") String q,
            @QueryParam("domain")
            @Size(max = Codes.DOMAIN_LENGTH, message = "must be a domain code such as D4")
            @Parameter(description = "Domain code", example = "D4", schema = @Schema(type = SchemaType.STRING,
                    maxLength = Codes.DOMAIN_LENGTH, pattern = Codes.DOMAIN))
            String domain,
            @QueryParam("gcmObjective") @Min(value = 1, message = Codes.GCM_OBJECTIVE_MESSAGE)
            @Max(value = Codes.GCM_OBJECTIVES, message = Codes.GCM_OBJECTIVE_MESSAGE)
            @Parameter(description = "A Global Compact for Migration objective", example = "15") Integer gcmObjective,
            @QueryParam("framework")
            @Size(max = Codes.CODE_LENGTH, message = "must be a framework code such as MGI-NATIONAL")
            @Parameter(description = "Framework code", example = "MGI-NATIONAL", schema = @Schema(type = SchemaType.STRING,
                    maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE))
            String framework,
            @Valid @BeanParam PageRequest page) {
        return search.search(q, domain, gcmObjective, framework, page);
    }
}
