package id.sdmi.catalog.review;

import id.sdmi.catalog.dataset.DatasetRecords;
import id.sdmi.web.Codes;
import id.sdmi.web.Label;
import id.sdmi.web.PageSchema;
import id.sdmi.web.PlausibleDate;
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

    static final int NOTE_MAX = 2000;
    static final int ITEMS_MAX = 20;
    static final int ITEM_MAX = 1000;
    static final int SUMMARY_MAX = 4000;

    @Schema(name = "ReviewRating", description = "How a dataset fares on one quality dimension")
    public enum Rating { GOOD, FAIR, POOR }

    @Schema(name = "ReviewRelevance", description = "The GCM objectives and MGI domains the dataset gives evidence for")
    public record Relevance(
            @Size(max = Codes.GCM_OBJECTIVES) @Schema(description = "In order")
            List<@NotNull @Min(value = 1, message = Codes.GCM_OBJECTIVE_MESSAGE) @Max(value = Codes.GCM_OBJECTIVES, message = Codes.GCM_OBJECTIVE_MESSAGE) Integer> gcmObjectives,
            @Size(max = Codes.MGI_DOMAINS) @Schema(description = "In order")
            List<@NotNull @Size(max = 2) @Pattern(regexp = Codes.MGI_DOMAIN, message = Codes.MGI_DOMAIN_MESSAGE) String> mgiDomains,
            @Size(max = NOTE_MAX) @Schema(nullable = true) String note) {
    }

    @Schema(name = "ReviewQuality", description = "The dataset's quality on the NSDR's four dimensions")
    public record Quality(
            @NotNull(message = "is required") Rating timeliness,
            @NotNull(message = "is required") Rating coverage,
            @NotNull(message = "is required") Rating disaggregation,
            @NotNull(message = "is required") Rating accessibility,
            @Size(max = NOTE_MAX) @Schema(nullable = true) String note) {
    }

    @Schema(name = "ReviewInput", description = "What a review found about a published (or retired) dataset")
    public record ReviewInput(
            @NotNull(message = "is required") UUID datasetId,
            @NotNull(message = "is required") @PlausibleDate @Schema(example = "2024-08-15") LocalDate reviewedOn,
            @NotNull(message = "is required") @Valid Relevance relevance,
            @NotNull(message = "is required") @Valid Quality quality,
            @Size(max = ITEMS_MAX) List<@NotBlank(message = "must not be blank") @Size(max = ITEM_MAX) String> gaps,
            @Size(max = ITEMS_MAX) List<@NotBlank(message = "must not be blank") @Size(max = ITEM_MAX) String> recommendations,
            @Size(max = SUMMARY_MAX) @Schema(nullable = true) String summary) {
    }

    @Schema(name = "ReviewedDataset", description = "The dataset a review is about")
    public record DatasetRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) Label title,
            @Schema(required = true, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE)
            String producer) {
    }

    @Schema(name = "Review", description = "What an NSDR review found about one dataset")
    public record ReviewView(
            @Schema(required = true) UUID id,
            @Schema(required = true) DatasetRef dataset,
            @Schema(required = true) LocalDate reviewedOn,
            @Schema(required = true, maxLength = Codes.USER_LENGTH, description = "Who recorded it last (their user name)")
            String reviewer,
            @Schema(nullable = true, maxLength = Codes.USER_LENGTH, description = "Their organisation (token claim org)")
            String reviewerOrg,
            @Schema(required = true) Relevance relevance,
            @Schema(required = true) Quality quality,
            @Schema(required = true, maxItems = ITEMS_MAX) List<@Size(max = ITEM_MAX) String> gaps,
            @Schema(required = true, maxItems = ITEMS_MAX) List<@Size(max = ITEM_MAX) String> recommendations,
            @Schema(nullable = true, maxLength = SUMMARY_MAX) String summary,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }

    @Schema(name = "ReviewPage", description = "A page of reviews")
    public static final class ReviewPage extends PageSchema<ReviewView> {
    }
}
