package id.sdmi.catalog.release;

import id.sdmi.catalog.Roles;
import id.sdmi.catalog.release.ReleaseRecords.TimelinessReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
    @Operation(summary = "Timeliness per producer",
            description = "For each producer, over its published datasets that release on a schedule: the periods due "
                    + "in the years asked for, released on time, late or missing, and the share on time.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(examples = @ExampleObject(
            name = "timeliness", value = "{\"asOf\":\"2024-12-31\",\"from\":2023,\"to\":2024,\"producers\":[{\"producer\":"
                    + "\"BP2MI\",\"datasets\":2,\"timeliness\":{\"expected\":46,\"onTime\":38,\"late\":5,\"missing\":3,"
                    + "\"pending\":2,\"onTimeRate\":0.826}}]}")))
    @APIResponse(responseCode = "400", description = "A bad year or day, or an unknown producer")
    public TimelinessReport timeliness(
            @Parameter(description = "First year (default: two years before `to`)", example = "2023") @QueryParam("from") Integer from,
            @Parameter(description = "Last year (default: the year of asOf)", example = "2024") @QueryParam("to") Integer to,
            @Parameter(description = "Judge as of this day (default: today)", example = "2024-12-31") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Only this producer", example = "BPS") @QueryParam("producer") String producer) {
        return releases.timeliness(from, to, asOf, producer);
    }
}
