package id.sdmi.assessment.assessment;

import id.sdmi.assessment.Roles;
import id.sdmi.assessment.assessment.AssessmentRecords.AssessmentView;
import id.sdmi.assessment.assessment.AssessmentRecords.Move;
import id.sdmi.assessment.assessment.AssessmentRecords.TransitionRequest;
import id.sdmi.assessment.assessment.TeamRecords.Meeting;
import id.sdmi.assessment.assessment.TeamRecords.MeetingInput;
import id.sdmi.assessment.assessment.TeamRecords.Participant;
import id.sdmi.web.ETags;
import id.sdmi.web.Responses;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
    @Operation(summary = "The agencies taking part and the indicators each answers")
    @APIResponse(responseCode = "200", description = "By organisation code", content = @Content(examples = @ExampleObject(
            name = "participants", value = "[{\"org\":\"DISNAKERTRANS-33\",\"indicators\":[\"1.1\",\"1.2\"]}]")))
    public List<Participant> participants(@PathParam("id") UUID id) {
        assessments.get(id);
        return team.participants(id);
    }

    @POST
    @Path("participants")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Assign an agency its indicators", description = "Again for the same agency replaces its "
            + "indicators. An assessor of that organisation answers them.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "disnakertrans",
            value = "{\"org\":\"DISNAKERTRANS-33\",\"indicators\":[\"1.1\",\"1.2\"]}")))
    @APIResponse(responseCode = "201", description = "Assigned")
    @APIResponse(responseCode = "200", description = "Its indicators replaced")
    @APIResponse(responseCode = "409", description = "The assessment is published")
    @APIResponse(responseCode = "422", description = "Codes that are not indicators of the assessment's catalog")
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
    @Operation(summary = "Remove an agency")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") UUID id, @PathParam("org") String org) {
        team.remove(id, org);
    }

    @GET
    @Path("meetings")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The assessment's meetings", description = "By date; held = dated today or before.")
    @APIResponse(responseCode = "200", description = "The meetings")
    public List<Meeting> meetings(@PathParam("id") UUID id) {
        assessments.get(id);
        return team.meetings(id);
    }

    @POST
    @Path("meetings")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Record a meeting", description = "INTRODUCTION, FGD, CONSULTATION or VALIDATION; date, place, "
            + "participants by sex, organisations present.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "fgd", value = """
            {"type":"FGD","date":"2023-09-18","place":"Semarang","participants":{"female":61,"male":58},\
            "orgs":["DISNAKERTRANS-33"]}""")))
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "409", description = "The assessment is published")
    public RestResponse<Meeting> hold(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") MeetingInput input, UriInfo uri) {
        Meeting meeting = team.hold(id, input);
        return RestResponse.ResponseBuilder.<Meeting>created(uri.getAbsolutePathBuilder().path(meeting.id().toString())
                .build()).entity(meeting).build();
    }

    @POST
    @Path("transitions")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Move the assessment one step along its workflow",
            description = "PLANNED → DATA_COLLECTION (participants with indicators) → CONSULTATION (an FGD held) → "
                    + "VALIDATION (every indicator answered) → VALIDATED (a validation meeting held, 3-5 highlights in "
                    + "every domain) → PUBLISHED (locked; announced with the datasets its evidence cites). Unmet "
                    + "conditions: 409 listing each in `unmet`.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "next", value = "{\"to\":\"DATA_COLLECTION\"}")))
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "409", description = "Not the next step, or conditions unmet", content = @Content(
            examples = @ExampleObject(name = "unmet", value = """
                    {"type":"https://sdmi.id/problems/workflow-conditions-unmet","title":"The assessment cannot move on yet",\
                    "status":409,"unmet":["domain D3 has 2 highlights, needs 3-5"]}""")))
    public RestResponse<AssessmentView> move(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") TransitionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Assessment moved = assessments.move(id, request.to(), ifMatch, identity.getPrincipal().getName());
        return Responses.ok(assessments.view(moved), ETags.of(0, moved.rowVersion));
    }

    @GET
    @Path("transitions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every move of the assessment", description = "Who, when, from what to what; its creation first.")
    @APIResponse(responseCode = "200", description = "Oldest first")
    public List<Move> moves(@PathParam("id") UUID id) {
        return assessments.moves(id);
    }
}
