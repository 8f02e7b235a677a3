package id.sdmi.assessment.assessment;

import id.sdmi.assessment.assessment.Assessment.ScopeLevel;
import id.sdmi.assessment.assessment.Assessment.Status;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of assessments. */
public final class AssessmentRecords {

    private AssessmentRecords() {
    }

    @Schema(name = "Scope", description = "NATIONAL, or a PROVINCE (2-digit BPS code) or REGENCY (4-digit) assessed on its own")
    public record Scope(@NotNull(message = "is required") ScopeLevel level,
            @Schema(example = "33") String regionCode) {
    }

    @Schema(name = "AssessmentInput")
    public record AssessmentInput(
            @NotBlank(message = "is required") @Schema(example = "MGI-LOCAL") String framework,
            @NotBlank(message = "is required") @Schema(example = "2023") String version,
            @NotNull(message = "is required") @Valid Scope scope,
            @NotBlank(message = "is required") @Size(max = 300) @Schema(example = "MGI Lokal Jawa Tengah 2023") String title) {
    }

    @Schema(name = "Transition", description = "A move along the workflow")
    public record TransitionRequest(@NotNull(message = "is required") @Schema(example = "DATA_COLLECTION") Status to) {
    }

    @Schema(name = "Move", description = "Who moved the assessment, when, from what (null: its creation) to what")
    public record Move(String from, String to, String actor, OffsetDateTime at) {
    }

    @Schema(name = "Assessment")
    public record AssessmentView(UUID id, String framework, String version, Scope scope, String regionName,
            String title, Status status, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
            OffsetDateTime publishedAt) {
    }
}
