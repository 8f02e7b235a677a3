package id.sdmi.assessment.assessment;

import id.sdmi.assessment.Roles;
import id.sdmi.assessment.assessment.AnswerRecords.Answer;
import id.sdmi.assessment.assessment.AnswerRecords.AnswerInput;
import id.sdmi.assessment.assessment.AnswerRecords.HighlightedIndicator;
import id.sdmi.assessment.assessment.AnswerService.Answerer;
import id.sdmi.assessment.assessment.AnswerService.Stored;
import id.sdmi.web.Codes;
import id.sdmi.web.IfMatch;
import id.sdmi.web.OpenApiConventions;
import id.sdmi.web.Problem;
import id.sdmi.web.ProblemException;
import id.sdmi.web.Responses;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
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

@Path("/api/v1/assessments/{id}")
@Tag(name = "Answers", description = "Answers with their evidence, every version kept; the report's highlights")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnswerResource {

    private static final String INDICATOR = "The indicator's code in the assessment's catalog";

    private final AnswerService answers;
    private final AssessmentService assessments;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public AnswerResource(AnswerService answers, AssessmentService assessments, SecurityIdentity identity,
            JsonWebToken token) {
        this.answers = answers;
        this.assessments = assessments;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @Path("answers/{indicator}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getAnswer", summary = "Get the answer to one indicator",
            description = "The current answer, with its ETag for If-Match.")
    @APIResponse(responseCode = "200", description = "The answer", headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = Answer.class),
                    examples = @ExampleObject(name = "answer", value = AnswerExamples.ANSWER)))
    @APIResponse(responseCode = "404", description = "No such assessment, or the indicator is not answered yet")
    public RestResponse<Answer> get(@PathParam("id") UUID id, @Parameter(description = INDICATOR, example = "1.1",
            schema = @Schema(type = SchemaType.STRING, maxLength = Codes.INDICATOR_LENGTH,
                    pattern = Codes.INDICATOR)) @PathParam("indicator") String indicator) {
        Stored stored = answers.find(id, indicator).orElseThrow(() -> ProblemException.notFound("an answer to " + indicator));
        return Responses.ok(stored.answer(), stored.etag());
    }

    @PUT
    @Path("answers/{indicator}")
    @RolesAllowed({Roles.ASSESSOR, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "recordAnswer", summary = "Answer an indicator",
            description = "YES, NO or PARTIAL with a justification and evidence (REGULATION, PROGRAMME or PRACTICE by "
                    + "reference; DATASET by the id of an NSDR dataset that is not retired). An assessor answers only the "
                    + "indicators assigned to their organisation (token claim org); a coordinator or an sdmi-admin any. In "
                    + "DATA_COLLECTION, CONSULTATION and VALIDATION. Every version is kept (at most 1000); with "
                    + "If-Match, a stale ETag gets 412 and changes nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AnswerInput.class),
            examples = @ExampleObject(name = "partial", value = AnswerExamples.NEW_ANSWER)))
    @APIResponse(responseCode = "200", description = "Recorded; the answer's ETag in the header",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = Answer.class),
                    examples = @ExampleObject(name = "recorded", value = AnswerExamples.ANSWER)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
    @APIResponse(responseCode = "403", description = "The indicator is not assigned to your organisation, or your roles "
            + "do not allow answering", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not assigned", value = AnswerExamples.NOT_ASSIGNED)))
    @APIResponse(responseCode = "404", description = "No such assessment, or not an indicator of its catalog")
    @APIResponse(responseCode = "409", description = "The assessment is not collecting answers or is published, or the "
            + "answer has 1000 versions already")
    @APIResponse(responseCode = "412", description = "If-Match does not match the answer's ETag: it changed since you "
            + "read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "stale", value = AnswerExamples.STALE)))
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    @APIResponse(responseCode = "422", description = "Evidence citing an unknown or retired dataset, or without "
            + "reference", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "retired dataset", value = AnswerExamples.BAD_EVIDENCE)))
    public RestResponse<Answer> answer(@PathParam("id") UUID id, @Parameter(description = INDICATOR, example = "1.1",
            schema = @Schema(type = SchemaType.STRING, maxLength = Codes.INDICATOR_LENGTH,
                    pattern = Codes.INDICATOR)) @PathParam("indicator") String indicator,
            @Valid @NotNull(message = "a JSON body is required") AnswerInput input,
            @BeanParam IfMatch ifMatch) {
        Object org = token.getClaim("org");
        Stored stored = answers.answer(id, indicator, input, ifMatch.value, new Answerer(identity.getPrincipal().getName(),
                org == null ? null : org.toString(), identity.getRoles()));
        return Responses.ok(stored.answer(), stored.etag());
    }

    @GET
    @Path("answers/{indicator}/history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getAnswerHistory", summary = "List every version of an answer",
            description = "Who, for which organisation, when, what; oldest first. Empty for an indicator not answered.")
    @APIResponse(responseCode = "200", description = "The versions, oldest first", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = Answer.class, maxItems = AnswerRecords.MAX_VERSIONS),
            examples = @ExampleObject(name = "history", value = AnswerExamples.HISTORY)))
    @APIResponse(responseCode = "404", description = "No such assessment")
    public List<Answer> history(@PathParam("id") UUID id, @Parameter(description = INDICATOR, example = "1.1",
            schema = @Schema(type = SchemaType.STRING, maxLength = Codes.INDICATOR_LENGTH,
                    pattern = Codes.INDICATOR)) @PathParam("indicator") String indicator) {
        assessments.get(id);
        return answers.history(id, indicator);
    }

    @GET
    @Path("highlights")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listHighlights", summary = "List the highlighted indicators",
            description = "The indicators the report highlights, in the catalog's order (by domain, then as the "
                    + "catalog orders them): 3-5 in every domain to validate.")
    @APIResponse(responseCode = "200", description = "Indicator codes", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = HighlightedIndicator.class,
                    maxItems = AnswerRecords.MAX_HIGHLIGHTS),
            examples = @ExampleObject(name = "highlights", value = AnswerExamples.HIGHLIGHTS)))
    @APIResponse(responseCode = "404", description = "No such assessment")
    public List<String> highlights(@PathParam("id") UUID id) {
        assessments.get(id);
        return answers.highlights(id);
    }

    @PUT
    @Path("highlights/{indicator}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "addHighlight", summary = "Highlight an answered indicator",
            description = "3-5 per domain are needed to validate; a sixth in a domain gets 409. Again for a "
                    + "highlighted one changes nothing.")
    @APIResponse(responseCode = "204", description = "Highlighted")
    @APIResponse(responseCode = "404", description = "No such assessment, or not an indicator of its catalog")
    @APIResponse(responseCode = "409", description = "Five in its domain already, or the assessment is validated or "
            + "published", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "domain full", value = AnswerExamples.DOMAIN_FULL)))
    @APIResponse(responseCode = "422", description = "The indicator is not answered yet")
    public Response highlight(@PathParam("id") UUID id, @Parameter(description = INDICATOR, example = "1.1",
            schema = @Schema(type = SchemaType.STRING, maxLength = Codes.INDICATOR_LENGTH,
                    pattern = Codes.INDICATOR)) @PathParam("indicator") String indicator) {
        answers.highlight(id, indicator);
        return Response.noContent().build();
    }

    @DELETE
    @Path("highlights/{indicator}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "removeHighlight", summary = "Drop a highlight",
            description = "The indicator is no longer highlighted; its answer stays.")
    @APIResponse(responseCode = "204", description = "Dropped")
    @APIResponse(responseCode = "404", description = "No such assessment, or the indicator is not highlighted")
    @APIResponse(responseCode = "409", description = "The assessment is published")
    public void dropHighlight(@PathParam("id") UUID id, @Parameter(description = INDICATOR, example = "1.1",
            schema = @Schema(type = SchemaType.STRING, maxLength = Codes.INDICATOR_LENGTH,
                    pattern = Codes.INDICATOR)) @PathParam("indicator") String indicator) {
        answers.dropHighlight(id, indicator);
    }
}
