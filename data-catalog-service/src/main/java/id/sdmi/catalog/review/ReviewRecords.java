package id.sdmi.catalog.review;

import id.sdmi.web.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of NSDR reviews. */
public final class ReviewRecords {

    private ReviewRecords() {
    }

    public enum Rating { GOOD, FAIR, POOR }

    @Schema(name = "ReviewRelevance", description = "The GCM objectives and MGI domains the dataset gives evidence for")
    public record Relevance(
            List<@NotNull @Min(value = 1, message = "must be from 1 to 23") @Max(value = 23, message = "must be from 1 to 23") Integer> gcmObjectives,
            List<@NotNull @Pattern(regexp = "D[1-6]", message = "must be an MGI domain, D1 to D6") String> mgiDomains,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "ReviewQuality", description = "The dataset's quality on the NSDR's four dimensions")
    public record Quality(
            @NotNull(message = "is required") Rating timeliness,
            @NotNull(message = "is required") Rating coverage,
            @NotNull(message = "is required") Rating disaggregation,
            @NotNull(message = "is required") Rating accessibility,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "ReviewInput")
    public record ReviewInput(
            @NotNull(message = "is required") UUID datasetId,
            @NotNull(message = "is required") @Schema(example = "2024-08-15") LocalDate reviewedOn,
            @NotNull(message = "is required") @Valid Relevance relevance,
            @NotNull(message = "is required") @Valid Quality quality,
            @Size(max = 20) List<@NotBlank(message = "must not be blank") @Size(max = 1000) String> gaps,
            @Size(max = 20) List<@NotBlank(message = "must not be blank") @Size(max = 1000) String> recommendations,
            @Size(max = 4000) String summary) {
    }

    @Schema(name = "ReviewedDataset")
    public record DatasetRef(UUID id, Label title, String producer) {
    }

    @Schema(name = "Review")
    public record ReviewView(UUID id, DatasetRef dataset, LocalDate reviewedOn, String reviewer, String reviewerOrg,
            Relevance relevance, Quality quality, List<String> gaps, List<String> recommendations, String summary,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }
}
