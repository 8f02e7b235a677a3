package id.sdmi.assessment.report;

import jakarta.ws.rs.core.Context;
import id.sdmi.web.Representations;
import id.sdmi.assessment.Roles;
import id.sdmi.assessment.assessment.Assessment;
import id.sdmi.assessment.assessment.AssessmentService;
import id.sdmi.assessment.report.ReportRecords.Summary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/assessments")
@Tag(name = "Reports", description = "Summary, report, CSV export and comparison of assessments")
@SecurityRequirement(name = "SecurityScheme")
public class ReportResource {

    static final String MARKDOWN = Representations.MARKDOWN;

    private final AssessmentService assessments;
    private final SummaryService summaries;
    private final ReportWriter reports;

    public ReportResource(AssessmentService assessments, SummaryService summaries, ReportWriter reports) {
        this.assessments = assessments;
        this.summaries = summaries;
        this.reports = reports;
    }

    @GET
    @Path("{id}/summary")
    @RolesAllowed(Roles.VIEWER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAssessmentSummary", summary = "Where the assessment stands, per domain",
            description = "Yes / partial / no counts, completion, well developed (YES) and for development (PARTIAL, "
                    + "NO) per domain; the meetings held and their participants by sex.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(schema = @Schema(implementation = Summary.class),
                    examples = @ExampleObject(name = "summary", value = ReportExamples.SUMMARY)))
    @APIResponse(responseCode = "404", description = "No such assessment")
    public Summary summary(@PathParam("id") UUID id) {
        return summaries.summary(assessments.get(id));
    }

    @GET
    @Path("{id}/report")
    @RolesAllowed(Roles.VIEWER)
    @Produces({MARKDOWN, MediaType.TEXT_HTML})
    @Operation(operationId = "getAssessmentReport", summary = "The report",
            description = "Accept: text/markdown (the default) or text/html. Per domain the summary and the "
                    + "highlights with their justification and evidence; the meetings; the agencies.")
    @APIResponse(responseCode = "200", description = "The report", content = {
        @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING, maxLength = ReportRecords.MAX_TEXT),
                examples = @ExampleObject(name = "markdown", value = ReportExamples.MARKDOWN)),
        @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING,
                maxLength = ReportRecords.MAX_TEXT), examples = @ExampleObject(name = "html", value = ReportExamples.HTML))})
    @APIResponse(responseCode = "404", description = "No such assessment")
    public Response report(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Assessment a = assessments.get(id);
        MediaType markdown = MediaType.valueOf(MARKDOWN);
        MediaType chosen = Representations.choose(headers, null, markdown, MediaType.TEXT_HTML_TYPE);
        return Representations.text(chosen.equals(markdown) ? reports.markdown(a) : reports.html(a), chosen).build();
    }
}
