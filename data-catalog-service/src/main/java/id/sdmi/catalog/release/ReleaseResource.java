package id.sdmi.catalog.release;

import id.sdmi.catalog.CurrentCaller;
import id.sdmi.catalog.Roles;
import id.sdmi.catalog.release.ReleaseRecords.PeriodView;
import id.sdmi.catalog.release.ReleaseRecords.ReleaseInput;
import id.sdmi.catalog.release.ReleaseRecords.ReleaseReport;
import id.sdmi.catalog.release.ReleaseService.Recorded;
import id.sdmi.web.ETags;
import id.sdmi.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/datasets/{id}/releases")
@Tag(name = "Routine reporting", description = "Releases expected from each dataset's periodicity, and their timeliness")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    static final String PERIOD_EXAMPLE = """
            {"period":"2024-Q1","start":"2024-01-01","end":"2024-03-31","due":"2024-05-30","releasedOn":"2024-05-21",\
            "url":"https://www.bi.go.id/","note":null,"status":"ON_TIME","daysLate":0}""";

    private final ReleaseService releases;
    private final CurrentCaller caller;

    public ReleaseResource(ReleaseService releases, CurrentCaller caller) {
        this.releases = releases;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A dataset's releases against its schedule",
            description = "Every period its periodicity expects in the years asked for (those that have ended by asOf), "
                    + "each ON_TIME, LATE, MISSING or PENDING (ended, not yet due), with the releases no schedule "
                    + "expected as UNSCHEDULED, and the timeliness of those due. A period is due releaseLagDays after it "
                    + "ends. Only published datasets are expected to release.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(examples = @ExampleObject(
            name = "quarterly", value = "{\"datasetId\":\"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10\",\"producer\":\"BI\","
                    + "\"periodicity\":\"QUARTERLY\",\"scheduled\":true,\"releaseLagDays\":60,\"asOf\":\"2024-12-31\","
                    + "\"from\":2024,\"to\":2024,\"periods\":[" + PERIOD_EXAMPLE + "],\"summary\":{\"expected\":3,"
                    + "\"onTime\":2,\"late\":0,\"missing\":1,\"pending\":0,\"onTimeRate\":0.667}}")))
    @APIResponse(responseCode = "400", description = "A bad year or day")
    @APIResponse(responseCode = "404", description = "No such dataset, or not yours to see")
    public ReleaseReport report(@PathParam("id") UUID id,
            @Parameter(description = "First year (default: two years before `to`)", example = "2023") @QueryParam("from") Integer from,
            @Parameter(description = "Last year (default: the year of asOf)", example = "2024") @QueryParam("to") Integer to,
            @Parameter(description = "Judge as of this day (default: today)", example = "2024-12-31") @QueryParam("asOf") LocalDate asOf) {
        return releases.report(id, from, to, asOf, caller.get());
    }

    @PUT
    @Path("{period}")
    @RolesAllowed({Roles.DATA_STEWARD, Roles.ADMIN})
    @Operation(summary = "Record the release of a period",
            description = "By the producer's data steward (or its pipeline's service account), for a published dataset. "
                    + "Periods: 2024-03 (monthly), 2024-Q1, 2024-S1, 2024 (yearly and longer); irregular and one-time "
                    + "data by year or month. Again for the same period corrects it (If-Match optional, stale: 412).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "release",
            value = "{\"releasedOn\":\"2024-05-21\",\"url\":\"https://www.bi.go.id/\",\"note\":\"Statistik Ekonomi dan Keuangan Indonesia\"}")))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(examples = @ExampleObject(
            name = "recorded", value = PERIOD_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Corrected")
    @APIResponse(responseCode = "400", description = "Not a period of this dataset's periodicity, or a bad field")
    @APIResponse(responseCode = "403", description = "Another organisation's dataset")
    @APIResponse(responseCode = "409", description = "The dataset is not published")
    @APIResponse(responseCode = "422", description = "Released before the period ended, or in the future")
    public RestResponse<PeriodView> record(@PathParam("id") UUID id, @PathParam("period") String period,
            @Valid @NotNull(message = "a JSON body is required") ReleaseInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, UriInfo uri) {
        Recorded recorded = releases.record(id, period, input, ifMatch, caller.get());
        EntityTag tag = ETags.of(0, recorded.release().rowVersion);
        return recorded.created() ? Responses.created(uri, "", recorded.view(), tag) : Responses.ok(recorded.view(), tag);
    }

    @DELETE
    @Path("{period}")
    @RolesAllowed({Roles.DATA_STEWARD, Roles.ADMIN})
    @Operation(summary = "Remove a release recorded by mistake", description = "By the producer's data steward.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No release of that period")
    public void delete(@PathParam("id") UUID id, @PathParam("period") String period,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        releases.delete(id, period, ifMatch, caller.get());
    }
}
