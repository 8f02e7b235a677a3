package id.sdmi.assessment.assessment;

import id.sdmi.assessment.Roles;
import id.sdmi.assessment.assessment.AssessmentRecords.AssessmentInput;
import id.sdmi.assessment.assessment.AssessmentRecords.AssessmentPage;
import id.sdmi.assessment.assessment.AssessmentRecords.AssessmentView;
import id.sdmi.web.ETags;
import id.sdmi.web.OpenApiConventions;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import id.sdmi.web.Problem;
import id.sdmi.web.ProblemException;
import id.sdmi.web.Responses;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

@Path("/api/v1/assessments")
@Tag(name = "Assessments", description = "MGI assessments from planning to the published report")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService assessments;
    private final SecurityIdentity identity;

    public AssessmentResource(AssessmentService assessments, SecurityIdentity identity) {
        this.assessments = assessments;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listAssessments", summary = "List assessments", description = "Oldest first, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of assessments",
            content = @Content(schema = @Schema(implementation = AssessmentPage.class),
                    examples = @ExampleObject(name = "page", value = AssessmentExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<AssessmentView> list(@Valid @BeanParam PageRequest page) {
        return assessments.list(page);
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "createAssessment", summary = "Plan an assessment",
            description = "On a published catalog version this service has learned from indicator-service's events "
                    + "(of at most 10,000 indicators in 99 domains). A national catalog assesses the NATIONAL scope; a "
                    + "local one a PROVINCE (2-digit BPS code) or a REGENCY (4 digits). Starts PLANNED; announced as "
                    + "sdmi.assessment.status-changed.v1. Only coordinators and administrators plan assessments.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AssessmentInput.class),
            examples = @ExampleObject(name = "jateng", value = AssessmentExamples.NEW_ASSESSMENT)))
    @APIResponse(responseCode = "201", description = "Planned; its ETag in the header",
            headers = {@Header(ref = OpenApiConventions.LOCATION), @Header(ref = OpenApiConventions.ETAG)},
            content = @Content(schema = @Schema(implementation = AssessmentView.class),
                    examples = @ExampleObject(name = "planned", value = AssessmentExamples.ASSESSMENT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", value = AssessmentExamples.INVALID)))
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    @APIResponse(responseCode = "422", description = "An unknown, retired or too large catalog version, a scope the "
            + "catalog does not assess, or a region code that does not exist", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "region",
                    value = AssessmentExamples.UNPROCESSABLE)))
    public RestResponse<AssessmentView> create(@Valid @NotNull(message = "a JSON body is required") AssessmentInput input,
            UriInfo uri) {
        Assessment created = assessments.create(input, identity.getPrincipal().getName());
        return Responses.created(uri, created.id.toString(), assessments.view(created), ETags.of(created.id, created.rowVersion));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getAssessment", summary = "Get an assessment",
            description = "An assessment by its id; its ETag in the header is what If-Match of a transition needs.")
    @APIResponse(responseCode = "200", description = "The assessment", headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = AssessmentView.class),
                    examples = @ExampleObject(name = "assessment", value = AssessmentExamples.ASSESSMENT)))
    @APIResponse(responseCode = "404", description = "No such assessment")
    public RestResponse<AssessmentView> get(@PathParam("id") UUID id) {
        Assessment found = assessments.get(id);
        return Responses.ok(assessments.view(found), ETags.of(found.id, found.rowVersion));
    }
}
