package id.sdmi.assessment.assessment;

import id.sdmi.assessment.Roles;
import id.sdmi.assessment.assessment.AnswerRecords.Answer;
import id.sdmi.assessment.assessment.AnswerRecords.AnswerInput;
import id.sdmi.assessment.assessment.AnswerService.Answerer;
import id.sdmi.assessment.assessment.AnswerService.Stored;
import id.sdmi.assessment.report.ReportWriter;
import id.sdmi.web.ETags;
import id.sdmi.web.ProblemException;
import id.sdmi.web.Responses;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/assessments/{id}")
@Tag(name = "Answers", description = "Answers with their evidence, every version kept; the report's highlights")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnswerResource {

    private final AnswerService answers;
    private final AssessmentService assessments;
    private final ReportWriter reports;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public AnswerResource(AnswerService answers, AssessmentService assessments, ReportWriter reports,
            SecurityIdentity identity, JsonWebToken token) {
        this.answers = answers;
        this.assessments = assessments;
        this.reports = reports;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @Path("answers")
    @RolesAllowed(Roles.VIEWER)
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "The current answers",
            description = "By indicator code; as CSV (?format=csv or Accept: text/csv) one row per indicator of the "
                    + "catalog in catalog order, evidence as TYPE:reference separated by ';'.")
    @APIResponse(responseCode = "200", description = "The answers")
    public Response list(@PathParam("id") UUID id, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Assessment a = assessments.get(id);
        if ("csv".equals(format) || (format == null && accept != null && accept.startsWith("text/csv"))) {
            return Response.ok(reports.csv(a), "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"answers-" + id + ".csv\"").build();
        }
        return Response.ok(answers.answers(id), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("answers/{indicator}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The answer to one indicator", description = "With its ETag, for If-Match.")
    @APIResponse(responseCode = "200", description = "The answer")
    @APIResponse(responseCode = "404", description = "Not answered yet")
    public RestResponse<Answer> get(@PathParam("id") UUID id, @PathParam("indicator") String indicator) {
        Stored stored = answers.find(id, indicator).orElseThrow(() -> ProblemException.notFound("an answer to " + indicator));
        return Responses.ok(stored.answer(), ETags.of(0, stored.version()));
    }

    @PUT
    @Path("answers/{indicator}")
    @RolesAllowed({Roles.ASSESSOR, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Answer an indicator",
            description = "YES, NO or PARTIAL with a justification and evidence (REGULATION, PROGRAMME or PRACTICE by "
                    + "reference; DATASET by the id of an NSDR dataset that is not retired). An assessor answers only the "
                    + "indicators assigned to their organisation (token claim org); a coordinator any. In "
                    + "DATA_COLLECTION, CONSULTATION and VALIDATION. Every version is kept; a stale If-Match gets 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "partial", value = """
            {"value":"PARTIAL","justification":"Diatur undang-undang, pelaksanaan di daerah belum merata.",\
            "evidence":[{"type":"REGULATION","reference":"UU No. 18 Tahun 2017"},\
            {"type":"DATASET","datasetId":"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10"}]}""")))
    @APIResponse(responseCode = "200", description = "Recorded; the answer's ETag in the header")
    @APIResponse(responseCode = "403", description = "Not assigned to your organisation")
    @APIResponse(responseCode = "404", description = "Not an indicator of the assessment's catalog")
    @APIResponse(responseCode = "409", description = "Not collecting answers, or published")
    @APIResponse(responseCode = "422", description = "Evidence citing an unknown or retired dataset, or without reference")
    public RestResponse<Answer> answer(@PathParam("id") UUID id, @PathParam("indicator") String indicator,
            @Valid @NotNull(message = "a JSON body is required") AnswerInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Object org = token.getClaim("org");
        Stored stored = answers.answer(id, indicator, input, ifMatch, new Answerer(identity.getPrincipal().getName(),
                org == null ? null : org.toString(), identity.getRoles()));
        return Responses.ok(stored.answer(), ETags.of(0, stored.version()));
    }

    @GET
    @Path("answers/{indicator}/history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every version of an answer", description = "Who, for which organisation, when, what; oldest first.")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<Answer> history(@PathParam("id") UUID id, @PathParam("indicator") String indicator) {
        assessments.get(id);
        return answers.history(id, indicator);
    }

    @GET
    @Path("highlights")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The highlighted indicators", description = "By domain.")
    @APIResponse(responseCode = "200", description = "Indicator codes")
    public List<String> highlights(@PathParam("id") UUID id) {
        assessments.get(id);
        return answers.highlights(id);
    }

    @PUT
    @Path("highlights/{indicator}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Highlight an answered indicator", description = "3-5 per domain are needed to validate; "
            + "a sixth in a domain gets 409.")
    @APIResponse(responseCode = "204", description = "Highlighted")
    @APIResponse(responseCode = "409", description = "Five in its domain already, or the assessment is validated or published")
    @APIResponse(responseCode = "422", description = "Not answered yet")
    public Response highlight(@PathParam("id") UUID id, @PathParam("indicator") String indicator) {
        answers.highlight(id, indicator);
        return Response.noContent().build();
    }

    @DELETE
    @Path("highlights/{indicator}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Drop a highlight")
    @APIResponse(responseCode = "204", description = "Dropped")
    public void dropHighlight(@PathParam("id") UUID id, @PathParam("indicator") String indicator) {
        answers.dropHighlight(id, indicator);
    }
}
