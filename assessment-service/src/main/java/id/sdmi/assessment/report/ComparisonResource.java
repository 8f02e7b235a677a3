package id.sdmi.assessment.report;

import id.sdmi.assessment.Roles;
import id.sdmi.assessment.assessment.AssessmentExamples;
import id.sdmi.assessment.assessment.AssessmentService;
import id.sdmi.assessment.report.ReportRecords.Comparison;
import id.sdmi.web.Problem;
import id.sdmi.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Two assessments side by side, under the Assessments tag. */
@Path("/api/v1/assessments")
@Tag(name = "Assessments")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ComparisonResource {

    private final AssessmentService assessments;
    private final CompareService comparisons;

    public ComparisonResource(AssessmentService assessments, CompareService comparisons) {
        this.assessments = assessments;
        this.comparisons = comparisons;
    }

    @GET
    @Path("compare")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "compareAssessments", summary = "Compare two assessments",
            description = "Same framework: indicator by indicator, every indicator of either catalog version, changed "
                    + "answers marked. Different frameworks: per domain, the two summaries side by side.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(schema = @Schema(implementation = Comparison.class),
                    examples = @ExampleObject(name = "by indicator", value = AssessmentExamples.COMPARISON)))
    @APIResponse(responseCode = "400", description = "a or b missing, or not the id of an assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "b missing", value = AssessmentExamples.NOT_COMPARED)))
    @APIResponse(responseCode = "404", description = "No assessment a or b")
    public Comparison compare(
            @Parameter(description = "The id of one assessment", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("a") String a,
            @Parameter(description = "The id of the other assessment", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("b") String b) {
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
}
