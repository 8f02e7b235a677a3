package id.sdmi.assessment.assessment;

import id.sdmi.assessment.Roles;
import id.sdmi.assessment.assessment.AssessmentRecords.AssessmentInput;
import id.sdmi.assessment.assessment.AssessmentRecords.AssessmentView;
import id.sdmi.assessment.report.CompareService;
import id.sdmi.assessment.report.CompareService.Comparison;
import id.sdmi.web.ETags;
import id.sdmi.web.ProblemException;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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

    static final String VIEW_EXAMPLE = """
            {"id":"4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10","framework":"MGI-LOCAL","version":"2023",\
            "scope":{"level":"PROVINCE","regionCode":"33"},"regionName":"Jawa Tengah","title":"MGI Lokal Jawa Tengah 2023",\
            "status":"PLANNED"}""";

    private final AssessmentService assessments;
    private final CompareService comparisons;
    private final SecurityIdentity identity;

    public AssessmentResource(AssessmentService assessments, CompareService comparisons, SecurityIdentity identity) {
        this.assessments = assessments;
        this.comparisons = comparisons;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List assessments", description = "Oldest first, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of assessments", content = @Content(examples = @ExampleObject(
            name = "page", value = "{\"items\":[" + VIEW_EXAMPLE + "],\"page\":0,\"size\":50,\"total\":1}")))
    public Page<AssessmentView> list(@Valid @BeanParam PageRequest page) {
        return assessments.list(page);
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Plan an assessment",
            description = "On a published catalog version this service has learned from indicator-service's events. "
                    + "A national catalog assesses the NATIONAL scope; a local one a PROVINCE (2-digit BPS code) or a "
                    + "REGENCY (4 digits). Starts PLANNED; announced as sdmi.assessment.status-changed.v1.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "jateng", value = """
            {"framework":"MGI-LOCAL","version":"2023","scope":{"level":"PROVINCE","regionCode":"33"},\
            "title":"MGI Lokal Jawa Tengah 2023"}""")))
    @APIResponse(responseCode = "201", description = "Planned; its ETag in the header",
            content = @Content(examples = @ExampleObject(name = "planned", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Unknown or retired catalog version, a scope the catalog does not "
            + "assess, a region code that does not exist")
    public RestResponse<AssessmentView> create(@Valid @NotNull(message = "a JSON body is required") AssessmentInput input,
            UriInfo uri) {
        Assessment created = assessments.create(input, identity.getPrincipal().getName());
        return Responses.created(uri, created.id.toString(), assessments.view(created), ETags.of(0, created.rowVersion));
    }

    @GET
    @Path("compare")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Compare two assessments", description = "Same framework: indicator by indicator (changed "
            + "marked); different frameworks: per domain, the two summaries side by side.")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "400", description = "a or b missing")
    public Comparison compare(@QueryParam("a") String a, @QueryParam("b") String b) {
        return comparisons.compare(assessments.get(id("a", a)), assessments.get(id("b", b)));
    }

    private static UUID id(String name, String value) {
        try {
            if (value != null) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "is required: the id of an assessment");
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get an assessment")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(examples = @ExampleObject(name = "assessment", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such assessment")
    public RestResponse<AssessmentView> get(@PathParam("id") UUID id) {
        Assessment found = assessments.get(id);
        return Responses.ok(assessments.view(found), ETags.of(0, found.rowVersion));
    }
}
