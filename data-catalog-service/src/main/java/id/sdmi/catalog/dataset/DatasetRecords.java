package id.sdmi.catalog.dataset;

import id.sdmi.catalog.dataset.DatasetEnums.Access;
import id.sdmi.catalog.dataset.DatasetEnums.Disaggregation;
import id.sdmi.catalog.dataset.DatasetEnums.GeographicLevel;
import id.sdmi.catalog.dataset.DatasetEnums.Periodicity;
import id.sdmi.catalog.dataset.DatasetEnums.SourceType;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.web.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of datasets. */
public final class DatasetRecords {

    static final String URL = "https?://[^\\s/$.?#][^\\s]*";
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private DatasetRecords() {
    }

    @Schema(name = "Distribution", description = "A way to get the data: a page or a file")
    public record Distribution(
            @Size(max = 300) String title,
            @NotNull(message = "is required") @Pattern(regexp = URL, message = "must be an http or https URL")
            @Schema(example = "https://www.bps.go.id/id/statistics-table?subject=520") String accessUrl,
            @Pattern(regexp = URL, message = "must be an http or https URL") String downloadUrl,
            @Size(max = 40) @Schema(example = "XLSX") String format,
            @Pattern(regexp = "[a-z]+/[a-zA-Z0-9.+-]+", message = "must be a media type such as text/csv")
            @Schema(example = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") String mediaType) {
    }

    public record TemporalCoverage(
            @Min(value = 1900, message = "must be 1900 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer start,
            @Min(value = 1900, message = "must be 1900 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer end) {
    }

    public record Contact(@Size(max = 200) String name, @Email(message = "must be an e-mail address") String email) {
    }

    @Schema(name = "DatasetInput", description = "A dataset's metadata, as its producer's data steward describes it")
    public record DatasetInput(
            @Size(max = 100) @Pattern(regexp = SLUG, message = "must be a lower-case slug such as bps-sakernas")
            @Schema(description = "A short name, unique in the catalog", example = "bps-sakernas") String identifier,
            @NotNull(message = "is required") @Valid Label title,
            @NotNull(message = "is required") @Valid Label description,
            @NotNull(message = "is required") @Schema(description = "Code of the producing organisation", example = "BPS")
            String producer,
            @NotNull(message = "is required") SourceType sourceType,
            @NotNull(message = "is required") Periodicity periodicity,
            @Min(value = 0, message = "must be from 0 to 1095") @Max(value = 1095, message = "must be from 0 to 1095")
            @Schema(description = "Days after a period ends by which the producer releases it (routine reporting); "
                    + "left out: 45 monthly, 60 quarterly, 120 half-yearly, 180 yearly, 365 five-yearly, 730 decennial")
            Integer releaseLagDays,
            List<@NotBlank @Pattern(regexp = SLUG, message = "must be a lower-case slug such as labour-migration") String> topics,
            List<@NotNull @Min(value = 1, message = "must be from 1 to 23") @Max(value = 23, message = "must be from 1 to 23") Integer> gcmObjectives,
            List<@NotNull @Pattern(regexp = "D[1-6]", message = "must be an MGI domain, D1 to D6") String> mgiDomains,
            @Valid TemporalCoverage temporalCoverage,
            @NotNull(message = "is required") GeographicLevel geographicLevel,
            @Schema(description = "BPS code of the region covered, when not the whole country", example = "33") String regionCode,
            List<@NotNull Disaggregation> disaggregations,
            @NotNull(message = "is required") Access access,
            @Size(max = 200) @Schema(example = "CC-BY-4.0") String licence,
            @Valid Contact contact,
            @Size(max = 20) List<@NotNull @Valid Distribution> distributions) {
    }

    @Schema(name = "Dataset")
    public record DatasetView(UUID id, String identifier, Status status, Label title, Label description,
            String producer, SourceType sourceType, Periodicity periodicity, Integer releaseLagDays,
            List<String> topics, List<Integer> gcmObjectives, List<String> mgiDomains,
            TemporalCoverage temporalCoverage, GeographicLevel geographicLevel, String regionCode,
            List<Disaggregation> disaggregations, Access access, String licence, Contact contact,
            List<Distribution> distributions, List<String> returnReasons, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, OffsetDateTime publishedAt,
            @Schema(description = "How many published assessments cite it as evidence") long citations) {
    }

    @Schema(name = "ReturnRequest", description = "Why a walidata returns a dataset to its producer")
    public record ReturnRequest(@NotEmpty(message = "give at least one reason")
            List<@NotBlank(message = "must not be blank") @Size(max = 1000) String> reasons) {
    }

    @Schema(name = "DatasetHistoryEntry")
    public record HistoryEntry(OffsetDateTime at, String actor, String action, Status status, List<String> reasons,
            DatasetView dataset) {
    }
}
