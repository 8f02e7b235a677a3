package id.sdmi.assessment.report;

import id.sdmi.assessment.Roles;
import id.sdmi.assessment.assessment.AnswerExamples;
import id.sdmi.assessment.assessment.AnswerRecords.Answer;
import id.sdmi.assessment.assessment.AnswerService;
import id.sdmi.assessment.assessment.Assessment;
import id.sdmi.assessment.assessment.AssessmentService;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.web.Representations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** An assessment's answers as a list or a spreadsheet: a report of its answers, under the Answers tag. */
@Path("/api/v1/assessments/{id}")
@Tag(name = "Answers")
@SecurityRequirement(name = "SecurityScheme")
public class AnswerSheetResource {

    static final String CSV = Representations.CSV;

    private final AnswerService answers;
    private final AssessmentService assessments;
    private final ReportWriter reports;

    public AnswerSheetResource(AnswerService answers, AssessmentService assessments, ReportWriter reports) {
        this.answers = answers;
        this.assessments = assessments;
        this.reports = reports;
    }

    @GET
    @Path("answers")
    @RolesAllowed(Roles.VIEWER)
    @Produces({MediaType.APPLICATION_JSON, CSV, Representations.SDMX_CSV})
    @Operation(operationId = "listAnswers", summary = "List the current answers",
            description = "As JSON, the answers by indicator code. As CSV (?format=csv, or Accept: text/csv without "
                    + "format) one row per indicator of the catalog in catalog order, unanswered ones with empty "
                    + "cells, evidence as TYPE:reference separated by ';'. As SDMX-CSV 2.0.0 (?format=sdmx-csv, or "
                    + "Accept: application/vnd.sdmx.data+csv;version=2.0.0) the answered indicators as observations of "
                    + "the dataflow SDMI:DF_MGI_RESULTS(1.0.0): dimensions FRAMEWORK, FRAMEWORK_VERSION, REF_AREA (IDN, "
                    + "or the BPS code of the province or regency), DOMAIN, INDICATOR (its code with '_' for '.': 1_1), "
                    + "TIME_PERIOD (the year published, or this year before); measure OBS_VALUE (YES, PARTIAL, NO); "
                    + "attributes HIGHLIGHT (Y, N), ASSESSMENT_STATUS and ASSESSMENT_ID.")
    @APIResponse(responseCode = "200", description = "The answers", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                implementation = Answer.class, maxItems = CatalogPublished.MAX_INDICATORS),
                examples = @ExampleObject(name = "answers", value = AnswerExamples.ANSWERS)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = ReportRecords.MAX_TEXT),
                examples = @ExampleObject(name = "csv", value = AnswerExamples.CSV)),
        @Content(mediaType = Representations.SDMX_CSV, schema = @Schema(type = SchemaType.STRING,
                maxLength = ReportRecords.MAX_TEXT), examples = @ExampleObject(name = "sdmx-csv",
                value = AnswerExamples.SDMX_CSV))})
    @APIResponse(responseCode = "400", description = "format is not json, csv or sdmx-csv")
    @APIResponse(responseCode = "406", description = "Accept names none of them (or SDMX-CSV in another version)")
    @APIResponse(responseCode = "404", description = "No such assessment")
    public Response list(@PathParam("id") UUID id,
            @Parameter(description = "csv for the spreadsheet of every indicator; sdmx-csv for SDMX-CSV 2.0.0; json "
                    + "(the default, unless Accept asks for another) for the answers",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv", "sdmx-csv"}))
            @QueryParam("format") @Pattern(regexp = "json|csv|sdmx-csv", message = "must be json, csv or sdmx-csv")
            String format,
            @Context HttpHeaders headers) {
        Assessment a = assessments.get(id);
        MediaType csv = MediaType.valueOf(CSV);
        MediaType chosen = Representations.choose(headers, format, MediaType.APPLICATION_JSON_TYPE, csv,
                Representations.SDMX_CSV_TYPE);
        if (chosen.equals(csv)) {
            return Representations.attachment(reports.csv(a), csv, "answers-" + id + ".csv").build();
        }
        if (chosen.equals(Representations.SDMX_CSV_TYPE)) {
            return Representations.text(reports.sdmx(a), chosen).build();
        }
        return Response.ok(answers.answers(id), MediaType.APPLICATION_JSON).build();
    }
}
