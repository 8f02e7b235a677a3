package id.sdmi.assessment.report;

import id.sdmi.assessment.Roles;
import id.sdmi.assessment.assessment.Assessment;
import id.sdmi.assessment.assessment.AssessmentService;
import id.sdmi.assessment.report.SummaryService.Summary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/assessments")
@Tag(name = "Reports", description = "Summary, report, CSV export and comparison of assessments")
@SecurityRequirement(name = "SecurityScheme")
public class ReportResource {

    static final String MARKDOWN = "text/markdown";

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
    @Operation(summary = "Where the assessment stands, per domain",
            description = "Yes / partial / no counts, completion, well developed (YES) and for development (PARTIAL, "
                    + "NO) per domain; the meetings held and their participants by sex.")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(examples = @ExampleObject(
            name = "summary", value = """
                    {"framework":"MGI-LOCAL","version":"2023","status":"CONSULTATION","indicators":76,"answered":70,\
                    "yes":30,"partial":25,"no":15,"completion":0.921,"domains":[{"code":"D1","indicators":13,\
                    "answered":13,"yes":6,"partial":5,"no":2,"completion":1.0,"wellDeveloped":["1.1"],\
                    "forDevelopment":["1.2"]}],"attendance":{"all":{"meetings":3,"female":110,"male":104}}}""")))
    public Summary summary(@PathParam("id") UUID id) {
        return summaries.summary(assessments.get(id));
    }

    @GET
    @Path("{id}/report")
    @RolesAllowed(Roles.VIEWER)
    @Produces({MARKDOWN, MediaType.TEXT_HTML})
    @Operation(summary = "The report", description = "Accept: text/markdown or text/html. Per domain the summary and "
            + "the highlights with their justification and evidence; the meetings; the agencies.")
    @APIResponse(responseCode = "200", description = "The report", content = {
        @Content(mediaType = MARKDOWN, examples = @ExampleObject(name = "markdown", value = "# MGI Lokal Jawa Tengah 2023\n\n## D1 Hak-hak migran\n")),
        @Content(mediaType = MediaType.TEXT_HTML)})
    public Response report(@PathParam("id") UUID id, @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        Assessment a = assessments.get(id);
        boolean html = accept != null && accept.contains(MediaType.TEXT_HTML) && !accept.contains(MARKDOWN);
        return html ? Response.ok(reports.html(a), MediaType.TEXT_HTML + ";charset=UTF-8").build()
                : Response.ok(reports.markdown(a), MARKDOWN + ";charset=UTF-8").build();
    }


}
