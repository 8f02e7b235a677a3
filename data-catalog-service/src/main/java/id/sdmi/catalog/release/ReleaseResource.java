package id.sdmi.catalog.release;

import id.sdmi.catalog.CurrentCaller;
import id.sdmi.catalog.Roles;
import id.sdmi.catalog.release.ReleaseRecords.PeriodView;
import id.sdmi.catalog.release.ReleaseRecords.ReleaseInput;
import id.sdmi.catalog.release.ReleaseRecords.ReleaseReport;
import id.sdmi.catalog.release.ReleaseService.Recorded;
import id.sdmi.web.IfMatch;
import id.sdmi.web.ETags;
import id.sdmi.web.OpenApiConventions;
import id.sdmi.web.PlausibleDate;
import id.sdmi.web.Problem;
import id.sdmi.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    static final String ID = "The dataset's id";
    static final String ID_EXAMPLE = "7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10";
    static final String FROM = "First year (default: two years before `to`); a report spans at most 50 years";
    static final String TO = "Last year (default: the year of asOf)";
    static final String AS_OF = "Judge as of this day (default: today)";
    static final String PERIOD = "The period: 2024-03 (monthly), 2024-Q1 (quarterly), 2024-S1 (half-yearly), 2024 "
            + "(yearly and longer); irregular and one-time data by year or month";

    private final ReleaseService releases;
    private final CurrentCaller caller;

    public ReleaseResource(ReleaseService releases, CurrentCaller caller) {
        this.releases = releases;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getDatasetReleases", summary = "A dataset's releases against its schedule",
            description = "Every period its periodicity expects in the years asked for (those that have ended by asOf), "
                    + "each ON_TIME, LATE, MISSING or PENDING (ended, not yet due), with the releases no schedule "
                    + "expected as UNSCHEDULED, and the timeliness of those due. A period is due releaseLagDays after it "
                    + "ends. Only published datasets are expected to release.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(
            schema = @Schema(implementation = ReleaseReport.class),
            examples = @ExampleObject(name = "quarterly", value = ReleaseExamples.REPORT)))
    @APIResponse(responseCode = "400", description = "A year outside 1900-2100, from after to, more than 50 years, or "
            + "a bad day")
    @APIResponse(responseCode = "404", description = "No such dataset, or not yours to see")
    public ReleaseReport report(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = FROM, example = "2023", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = ReleaseRecords.FIRST_YEAR, maximum = ReleaseRecords.LAST_YEAR)) @QueryParam("from") Integer from,
            @Parameter(description = TO, example = "2024", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = ReleaseRecords.FIRST_YEAR, maximum = ReleaseRecords.LAST_YEAR)) @QueryParam("to") Integer to,
            @Parameter(description = AS_OF, example = "2024-12-31") @QueryParam("asOf") @PlausibleDate
            LocalDate asOf) {
        return releases.report(id, from, to, asOf, caller.get());
    }

    @PUT
    @Path("{period}")
    @RolesAllowed({Roles.DATA_STEWARD, Roles.ADMIN})
    @Operation(operationId = "recordRelease", summary = "Record the release of a period",
            description = "By the producer's data steward (or its pipeline's service account), for a published dataset. "
                    + "Again for the same period corrects it (If-Match optional, stale: 412).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReleaseInput.class),
            examples = @ExampleObject(name = "release", value = ReleaseExamples.INPUT)))
    @APIResponse(responseCode = "201", description = "Recorded; its ETag in the header",
            headers = {@Header(ref = OpenApiConventions.LOCATION), @Header(ref = OpenApiConventions.ETAG)},
            content = @Content(schema = @Schema(implementation = PeriodView.class),
                    examples = @ExampleObject(name = "recorded", value = ReleaseExamples.PERIOD)))
    @APIResponse(responseCode = "200", description = "Corrected; the new ETag in the header",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = PeriodView.class),
                    examples = @ExampleObject(name = "corrected", value = ReleaseExamples.PERIOD)))
    @APIResponse(responseCode = "400", description = "Not a period of this dataset's periodicity, or a bad field",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "period", value = ReleaseExamples.NOT_A_PERIOD)))
    @APIResponse(responseCode = "404", description = "No such dataset, or not yours to see")
    @APIResponse(responseCode = "409", description = "The dataset is not published")
    @APIResponse(responseCode = "412", description = "The release changed since you read it (a stale If-Match)")
    @APIResponse(responseCode = "422", description = "Released before the period ended, or in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "early", value = ReleaseExamples.TOO_EARLY)))
    public RestResponse<PeriodView> record(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = PERIOD, example = "2024-Q1", schema = @Schema(type = SchemaType.STRING,
                    maxLength = ReleaseRecords.PERIOD_MAX, pattern = ReleaseRecords.PERIOD_PATTERN))
            @PathParam("period") String period,
            @Valid @NotNull(message = "a JSON body is required") ReleaseInput input,
            @BeanParam IfMatch ifMatch,
            UriInfo uri) {
        Recorded recorded = releases.record(id, period, input, ifMatch.value, caller.get());
        EntityTag tag = ETags.of(recorded.release().id, recorded.release().rowVersion);
        return recorded.created() ? Responses.created(uri, "", recorded.view(), tag) : Responses.ok(recorded.view(), tag);
    }

    @DELETE
    @Path("{period}")
    @RolesAllowed({Roles.DATA_STEWARD, Roles.ADMIN})
    @Operation(operationId = "deleteRelease", summary = "Remove a release recorded by mistake",
            description = "By the producer's data steward, for a published dataset.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such dataset, or no release of that period")
    @APIResponse(responseCode = "409", description = "The dataset is not published")
    @APIResponse(responseCode = "412", description = "The release changed since you read it (a stale If-Match)")
    public void delete(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = PERIOD, example = "2024-Q1", schema = @Schema(type = SchemaType.STRING,
                    maxLength = ReleaseRecords.PERIOD_MAX, pattern = ReleaseRecords.PERIOD_PATTERN))
            @PathParam("period") String period,
            @BeanParam IfMatch ifMatch) {
        releases.delete(id, period, ifMatch.value, caller.get());
    }
}
