package id.sdmi.assessment.assessment;

import id.sdmi.assessment.Roles;
import id.sdmi.assessment.assessment.AssessmentRecords.AssessmentView;
import id.sdmi.assessment.assessment.AssessmentRecords.Move;
import id.sdmi.assessment.assessment.AssessmentRecords.NextMove;
import id.sdmi.assessment.assessment.AssessmentRecords.TransitionRequest;
import id.sdmi.assessment.assessment.TeamRecords.Meeting;
import id.sdmi.assessment.assessment.TeamRecords.MeetingInput;
import id.sdmi.assessment.assessment.TeamRecords.Participant;
import id.sdmi.web.Codes;
import id.sdmi.web.IfMatch;
import id.sdmi.web.ETags;
import id.sdmi.web.OpenApiConventions;
import id.sdmi.web.Problem;
import id.sdmi.web.Responses;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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

@Path("/api/v1/assessments/{id}")
@Tag(name = "Assessments")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkflowResource {

    private final AssessmentService assessments;
    private final TeamService team;
    private final SecurityIdentity identity;

    public WorkflowResource(AssessmentService assessments, TeamService team, SecurityIdentity identity) {
        this.assessments = assessments;
        this.team = team;
        this.identity = identity;
    }

    @GET
    @Path("participants")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listParticipants", summary = "List the agencies taking part",
            description = "The agencies taking part and the indicators each answers, by organisation code.")
    @APIResponse(responseCode = "200", description = "By organisation code", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = Participant.class,
                    maxItems = TeamRecords.MAX_PARTICIPANTS),
            examples = @ExampleObject(name = "participants", value = WorkflowExamples.PARTICIPANTS)))
    @APIResponse(responseCode = "404", description = "No such assessment")
    public List<Participant> participants(@PathParam("id") UUID id) {
        assessments.get(id);
        return team.participants(id);
    }

    @POST
    @Path("participants")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "assignParticipant", summary = "Assign an agency its indicators",
            description = "Again for the same agency replaces its indicators. An assessor of that organisation answers "
                    + "them. At most 200 agencies take part in an assessment.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Participant.class),
            examples = @ExampleObject(name = "disnakertrans", value = WorkflowExamples.PARTICIPANT)))
    @APIResponse(responseCode = "201", description = "Assigned", headers = @Header(ref = OpenApiConventions.LOCATION),
            content = @Content(schema = @Schema(implementation = Participant.class),
                    examples = @ExampleObject(name = "assigned", value = WorkflowExamples.PARTICIPANT)))
    @APIResponse(responseCode = "200", description = "Its indicators replaced",
            content = @Content(schema = @Schema(implementation = Participant.class),
                    examples = @ExampleObject(name = "replaced", value = WorkflowExamples.PARTICIPANT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
    @APIResponse(responseCode = "404", description = "No such assessment")
    @APIResponse(responseCode = "409", description = "The assessment is published, or 200 agencies take part already")
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    @APIResponse(responseCode = "422", description = "Codes that are not indicators of the assessment's catalog",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unknown",
                    value = WorkflowExamples.UNKNOWN_INDICATORS)))
    public Response assign(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") Participant participant,
            UriInfo uri) {
        boolean created = team.assign(id, participant);
        Participant stored = team.participants(id).stream().filter(p -> p.org().equals(participant.org()))
                .findFirst().orElseThrow();
        return created ? Response.created(uri.getAbsolutePathBuilder().path(participant.org()).build()).entity(stored).build()
                : Response.ok(stored).build();
    }

    @DELETE
    @Path("participants/{org}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "removeParticipant", summary = "Remove an agency",
            description = "The agency no longer takes part; the answers it gave stay.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such assessment, or the agency does not take part")
    @APIResponse(responseCode = "409", description = "The assessment is published")
    public void remove(@PathParam("id") UUID id,
            @Parameter(description = "The agency's organisation code", example = "DISNAKERTRANS-33",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE))
            @PathParam("org") String org) {
        team.remove(id, org);
    }

    @GET
    @Path("meetings")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listMeetings", summary = "List the assessment's meetings",
            description = "By date; held = dated today or before.")
    @APIResponse(responseCode = "200", description = "The meetings", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = Meeting.class, maxItems = TeamRecords.MAX_MEETINGS),
            examples = @ExampleObject(name = "meetings", value = WorkflowExamples.MEETINGS)))
    @APIResponse(responseCode = "404", description = "No such assessment")
    public List<Meeting> meetings(@PathParam("id") UUID id) {
        assessments.get(id);
        return team.meetings(id);
    }

    @POST
    @Path("meetings")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "recordMeeting", summary = "Record a meeting",
            description = "INTRODUCTION, FGD, CONSULTATION or VALIDATION; date, place, participants by sex, "
                    + "organisations present. At most 200 meetings are recorded for an assessment.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeetingInput.class),
            examples = @ExampleObject(name = "fgd", value = WorkflowExamples.NEW_MEETING)))
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(ref = OpenApiConventions.LOCATION),
            content = @Content(schema = @Schema(implementation = Meeting.class),
                    examples = @ExampleObject(name = "recorded", value = WorkflowExamples.MEETING)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
    @APIResponse(responseCode = "404", description = "No such assessment")
    @APIResponse(responseCode = "409", description = "The assessment is published, or has 200 meetings recorded already")
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    public RestResponse<Meeting> hold(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") MeetingInput input, UriInfo uri) {
        Meeting meeting = team.hold(id, input);
        return RestResponse.ResponseBuilder.<Meeting>created(uri.getAbsolutePathBuilder().path(meeting.id().toString())
                .build()).entity(meeting).build();
    }

    @POST
    @Path("transitions")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "moveAssessment", summary = "Move the assessment one step along its workflow",
            description = "PLANNED → DATA_COLLECTION (participants with indicators) → CONSULTATION (an FGD held) → "
                    + "VALIDATION (every indicator answered) → VALIDATED (a validation meeting held, 3-5 highlights in "
                    + "every domain) → PUBLISHED (locked; announced with the datasets its evidence cites). Unmet "
                    + "conditions: 409 listing each in `unmet`. With If-Match, a stale ETag gets 412 and moves nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TransitionRequest.class),
            examples = @ExampleObject(name = "next", value = WorkflowExamples.TRANSITION)))
    @APIResponse(responseCode = "200", description = "Moved; its new ETag in the header",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = AssessmentView.class),
                    examples = @ExampleObject(name = "moved", value = WorkflowExamples.MOVED)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or not a status")
    @APIResponse(responseCode = "404", description = "No such assessment")
    @APIResponse(responseCode = "409", description = "Not the next step, conditions unmet (each listed in unmet), or "
            + "the assessment is published", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unmet", value = WorkflowExamples.UNMET)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the assessment's ETag: it changed since "
            + "you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "stale", value = WorkflowExamples.STALE)))
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    public RestResponse<AssessmentView> move(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") TransitionRequest request,
            @BeanParam IfMatch ifMatch) {
        Assessment moved = assessments.move(id, request.to(), ifMatch.value, identity.getPrincipal().getName());
        return Responses.ok(assessments.view(moved), ETags.of(moved.id, moved.rowVersion));
    }

    @GET
    @Path("next-move")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getNextMove", summary = "What the assessment's next move still lacks",
            description = "The next status and every condition of that move not met yet, listed as a refused "
                    + "moveAssessment would list them in its 409 `unmet`; moves nothing. Empty unmet: the move would "
                    + "succeed now. A published assessment has no next move (to is null).")
    @APIResponse(responseCode = "200", description = "The next move and its unmet conditions", content = @Content(
            schema = @Schema(implementation = NextMove.class),
            examples = @ExampleObject(name = "next", value = WorkflowExamples.NEXT_MOVE)))
    @APIResponse(responseCode = "404", description = "No such assessment")
    public NextMove nextMove(@PathParam("id") UUID id) {
        return assessments.nextMove(id);
    }

    @GET
    @Path("transitions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listAssessmentMoves", summary = "List every move of the assessment",
            description = "Who, when, from what to what; its creation first.")
    @APIResponse(responseCode = "200", description = "Oldest first", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = Move.class, maxItems = AssessmentRecords.MAX_MOVES),
            examples = @ExampleObject(name = "moves", value = WorkflowExamples.MOVES)))
    @APIResponse(responseCode = "404", description = "No such assessment")
    public List<Move> moves(@PathParam("id") UUID id) {
        return assessments.moves(id);
    }
}
