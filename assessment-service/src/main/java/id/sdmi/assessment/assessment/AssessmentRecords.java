package id.sdmi.assessment.assessment;

import id.sdmi.assessment.assessment.Assessment.ScopeLevel;
import id.sdmi.assessment.assessment.Assessment.Status;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.web.Codes;
import id.sdmi.web.PageSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of assessments. */
public final class AssessmentRecords {

    private AssessmentRecords() {
    }

    static final int MAX_TITLE = 300;
    /** A region's name in the reference data (the longest is 26 characters). */
    static final int MAX_REGION_NAME = 100;
    /** The creation and the five moves of the workflow (one per status): an assessment never moves back. */
    static final int MAX_MOVES = 6;

    @Schema(name = "AssessmentScope",
            description = "NATIONAL, or a PROVINCE (2-digit BPS code) or REGENCY (4-digit) assessed on its own")
    public record Scope(
            @NotNull(message = "is required") @Schema(required = true) ScopeLevel level,
            @Schema(nullable = true, maxLength = 4, pattern = Codes.REGION, example = "33",
                    description = "The BPS code of the province or regency; absent for the NATIONAL scope")
            String regionCode) {
    }

    @Schema(name = "AssessmentInput", description = "An assessment to plan on a published catalog version")
    public record AssessmentInput(
            @NotBlank(message = "is required")
            @Schema(example = "MGI-LOCAL", maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE,
                    description = "The framework's code") String framework,
            @NotBlank(message = "is required")
            @Schema(example = "2023", maxLength = Codes.VERSION_LENGTH, pattern = Codes.VERSION,
                    description = "A published version of the framework's catalog") String version,
            @NotNull(message = "is required") @Valid Scope scope,
            @NotBlank(message = "is required") @Size(max = MAX_TITLE)
            @Schema(example = "MGI Lokal Jawa Tengah 2023") String title) {
    }

    @Schema(name = "AssessmentTransition", description = "A move along the workflow: the next status")
    public record TransitionRequest(
            @NotNull(message = "is required") @Schema(example = "DATA_COLLECTION") Status to) {
    }

    @Schema(name = "AssessmentMove", description = "Who moved the assessment, when, from what (null: its creation) to what")
    public record Move(
            @Schema(nullable = true, maxLength = 15, pattern = "[A-Z_]+",
                    description = "The status before; null for the creation")
            Status from,
            @Schema(required = true) Status to,
            @Schema(required = true, maxLength = Codes.USER_LENGTH, description = "The user who moved it") String actor,
            @Schema(required = true) OffsetDateTime at) {
    }

    @Schema(name = "AssessmentNextMove", description = "The assessment's next step along the workflow and what it still "
            + "lacks: moving now succeeds when unmet is empty")
    public record NextMove(
            @Schema(required = true, description = "Where the assessment stands") Status status,
            @Schema(required = true, nullable = true, maxLength = 15, pattern = "[A-Z_]+",
                    description = "The next status; null once published (the last step)")
            Status to,
            @Schema(required = true, maxItems = MAX_UNMET,
                    description = "Each condition of the next move not met yet, in the words of a refused move's 409")
            List<@Size(max = MAX_CONDITION) String> unmet) {
    }

    /** The most conditions one move can lack: the validation meeting and one per domain of the catalog. */
    static final int MAX_UNMET = CatalogPublished.MAX_DOMAINS + 1;
    /** The longest condition's words ("domain D1 has 0 highlights, needs 3-5" and the like). */
    static final int MAX_CONDITION = 200;

    @Schema(name = "Assessment", description = "An MGI assessment of one scope against one published catalog version")
    public record AssessmentView(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE)
            String framework,
            @Schema(required = true, maxLength = Codes.VERSION_LENGTH, pattern = Codes.VERSION)
            String version,
            @Schema(required = true) Scope scope,
            @Schema(nullable = true, maxLength = MAX_REGION_NAME,
                    description = "The region's name; null for the NATIONAL scope or a regency not listed yet")
            String regionName,
            @Schema(required = true, maxLength = MAX_TITLE) String title,
            @Schema(required = true) Status status,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true, maxLength = Codes.USER_LENGTH) String createdBy,
            @Schema(required = true) OffsetDateTime updatedAt,
            @Schema(nullable = true, maxLength = 35, description = "When it was published; null before")
            OffsetDateTime publishedAt) {
    }

    @Schema(name = "AssessmentPage", description = "A page of assessments")
    public static final class AssessmentPage extends PageSchema<AssessmentView> {
    }
}
