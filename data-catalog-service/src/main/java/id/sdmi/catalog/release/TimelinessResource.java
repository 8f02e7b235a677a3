package id.sdmi.catalog.release;

import id.sdmi.catalog.Roles;
import id.sdmi.catalog.release.ReleaseRecords.TimelinessReport;
import id.sdmi.web.Codes;
import id.sdmi.web.PlausibleDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/releases")
@Tag(name = "Routine reporting")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class TimelinessResource {

    private final ReleaseService releases;

    public TimelinessResource(ReleaseService releases) {
        this.releases = releases;
    }

    @GET
    @Path("timeliness")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getReleaseTimeliness", summary = "Timeliness per producer",
            description = "For each producer, over its published datasets that release on a schedule: the periods due "
                    + "in the years asked for, released on time, late or missing, and the share on time.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(
            schema = @Schema(implementation = TimelinessReport.class),
            examples = @ExampleObject(name = "timeliness", value = ReleaseExamples.TIMELINESS)))
    @APIResponse(responseCode = "400", description = "A year outside 1900-2100, from after to, more than 50 years, a "
            + "bad day, or an unknown producer")
    public TimelinessReport timeliness(
            @Parameter(description = ReleaseResource.FROM, example = "2023", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = ReleaseRecords.FIRST_YEAR, maximum = ReleaseRecords.LAST_YEAR))
            @QueryParam("from") Integer from,
            @Parameter(description = ReleaseResource.TO, example = "2024", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = ReleaseRecords.FIRST_YEAR, maximum = ReleaseRecords.LAST_YEAR))
            @QueryParam("to") Integer to,
            @Parameter(description = ReleaseResource.AS_OF, example = "2024-12-31") @QueryParam("asOf") @PlausibleDate
            LocalDate asOf,
            @Parameter(description = "Only this producer (a registered organisation's code, else 400)", example = "BPS",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Codes.CODE_LENGTH,
                            pattern = Codes.CODE))
            @QueryParam("producer") String producer) {
        return releases.timeliness(from, to, asOf, producer);
    }
}
