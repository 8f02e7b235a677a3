package id.sdmi.catalog.dataset;

import id.sdmi.catalog.dataset.DatasetEnums.Access;
import id.sdmi.catalog.dataset.DatasetEnums.Disaggregation;
import id.sdmi.catalog.dataset.DatasetEnums.GeographicLevel;
import id.sdmi.catalog.dataset.DatasetEnums.Periodicity;
import id.sdmi.catalog.dataset.DatasetEnums.SourceType;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.web.Codes;
import id.sdmi.web.Label;
import id.sdmi.web.PageSchema;
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

/**
 * The JSON shapes of datasets. The limits of the lists are those of their vocabularies (23 GCM objectives, 6 MGI
 * domains, 11 disaggregations) or generous for real metadata (the demo catalog has at most 3 topics, 3 distributions).
 */
public final class DatasetRecords {

    static final String URL = "https?://[^\\s/$.?#][^\\s]*";
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final int URL_MAX = 2000;
    static final int SLUG_MAX = 100;
    static final int TOPICS_MAX = 20;
    static final int DISAGGREGATIONS = 11;
    static final int DISTRIBUTIONS_MAX = 20;
    static final int REASONS_MAX = 20;
    static final int REASON_MAX = 1000;
    /** How many changes of one dataset its history answers at most: the latest ones. */
    static final int HISTORY_MAX = 10_000;

    private DatasetRecords() {
    }

    @Schema(name = "DatasetDistribution", description = "A way to get the data: a page or a file")
    public record Distribution(
            @Size(max = 300) @Schema(nullable = true, example = "Tabel dinamis") String title,
            @NotNull(message = "is required") @Size(max = URL_MAX)
            @Pattern(regexp = URL, message = "must be an http or https URL")
            @Schema(example = "https://www.bps.go.id/id/statistics-table?subject=520") String accessUrl,
            @Size(max = URL_MAX) @Pattern(regexp = URL, message = "must be an http or https URL")
            @Schema(nullable = true) String downloadUrl,
            @Size(max = 40) @Schema(nullable = true, example = "XLSX") String format,
            @Size(max = 255) @Pattern(regexp = "[a-z]+/[a-zA-Z0-9.+-]+", message = "must be a media type such as text/csv")
            @Schema(nullable = true, example = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            String mediaType,
            @Size(max = 1000) @Schema(nullable = true, description = "What this page or file holds",
                    example = "Tabel dinamis hasil Sakernas per provinsi") String description,
            @Schema(nullable = true, description = "How long it is planned to stay at its address (DCAT-AP's planned "
                    + "availability)", enumeration = {"TEMPORARY", "EXPERIMENTAL", "AVAILABLE", "STABLE"})
            Availability availability) {
    }

    @Schema(name = "DistributionAvailability", description = "How long a distribution is planned to stay at its "
            + "address: TEMPORARY (may go soon), EXPERIMENTAL (a trial), AVAILABLE (for some years), STABLE (for the "
            + "long term)")
    public enum Availability {
        TEMPORARY, EXPERIMENTAL, AVAILABLE, STABLE
    }

    /** CKAN's licence ids (as its portals and harvesters exchange them). */
    public static final String LICENCE_IDS = "notspecified|odc-pddl|odc-odbl|odc-by|cc-zero|cc-by|cc-by-sa|gfdl|"
            + "other-open|other-pd|other-at|uk-ogl|cc-nc|other-nc|other-closed";

    @Schema(name = "DatasetTemporalCoverage", description = "The years a dataset covers; no end: still running")
    public record TemporalCoverage(
            @Min(value = 1900, message = "must be 1900 or later") @Max(value = 2100, message = "must be 2100 or earlier")
            @Schema(nullable = true, example = "1986") Integer start,
            @Min(value = 1900, message = "must be 1900 or later") @Max(value = 2100, message = "must be 2100 or earlier")
            @Schema(nullable = true) Integer end,
            @Min(value = 1900, message = "must be 1900 or later") @Max(value = 2100, message = "must be 2100 or earlier")
            @Schema(nullable = true, description = "For a series still running (no end): the latest year the data "
                    + "published so far covers", example = "2024") Integer latest) {
    }

    @Schema(name = "DatasetContact", description = "Whom to ask about a dataset")
    public record Contact(
            @Size(max = 200) @Schema(nullable = true, example = "Direktorat Statistik Kependudukan") String name,
            @Size(max = 254) @Email(message = "must be an e-mail address")
            @Schema(nullable = true, format = "email", example = "data@example.go.id") String email) {
    }

    @Schema(name = "DatasetInput", description = "A dataset's metadata, as its producer's data steward describes it")
    public record DatasetInput(
            @Size(max = SLUG_MAX) @Pattern(regexp = SLUG, message = "must be a lower-case slug such as bps-sakernas")
            @Schema(description = "A short name, unique in the catalog, starting with the producer's code in lower case "
                    + "and a hyphen (else 422)", example = "bps-sakernas", nullable = true)
            String identifier,
            @NotNull(message = "is required") @Valid Label title,
            @NotNull(message = "is required") @Valid Label description,
            @NotNull(message = "is required")
            @Schema(description = "Code of the producing organisation (a registered one, else 422)", example = "BPS",
                    maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE)
            String producer,
            @NotNull(message = "is required") SourceType sourceType,
            @NotNull(message = "is required") Periodicity periodicity,
            @Min(value = 0, message = "must be from 0 to 1095") @Max(value = 1095, message = "must be from 0 to 1095")
            @Schema(description = "Days after a period ends by which the producer releases it (routine reporting); "
                    + "left out: 45 monthly, 60 quarterly, 120 half-yearly, 180 yearly, 365 five-yearly, 730 decennial",
                    nullable = true)
            Integer releaseLagDays,
            @Size(max = TOPICS_MAX)
            List<@NotBlank @Size(max = SLUG_MAX) @Pattern(regexp = SLUG, message = "must be a lower-case slug such as labour-migration") String> topics,
            @Size(max = Codes.GCM_OBJECTIVES)
            List<@NotNull @Min(value = 1, message = Codes.GCM_OBJECTIVE_MESSAGE) @Max(value = Codes.GCM_OBJECTIVES, message = Codes.GCM_OBJECTIVE_MESSAGE) Integer> gcmObjectives,
            @Size(max = Codes.MGI_DOMAINS)
            List<@NotNull @Size(max = 2) @Pattern(regexp = Codes.MGI_DOMAIN, message = Codes.MGI_DOMAIN_MESSAGE) String> mgiDomains,
            @Valid @Schema(nullable = true) TemporalCoverage temporalCoverage,
            @NotNull(message = "is required") GeographicLevel geographicLevel,
            @Schema(description = "BPS code of the region covered, when not the whole country (a known one, else 422)",
                    example = "33", nullable = true, maxLength = Codes.REGION_LENGTH,
                    pattern = Codes.REGION) String regionCode,
            @Size(max = DISAGGREGATIONS) List<@NotNull Disaggregation> disaggregations,
            @NotNull(message = "is required") Access access,
            @Size(max = 200) @Schema(example = "CC-BY-4.0", nullable = true,
                    description = "The terms of use, in the producer's words") String licence,
            @Pattern(regexp = LICENCE_IDS, message = "must be one of CKAN's licence ids: " + LICENCE_IDS)
            @Schema(nullable = true, example = "cc-by", description = "The licence as CKAN's licence id, which harvesters "
                    + "and DCAT map to a known licence", enumeration = {"notspecified", "odc-pddl", "odc-odbl", "odc-by",
                        "cc-zero", "cc-by", "cc-by-sa", "gfdl", "other-open", "other-pd", "other-at", "uk-ogl", "cc-nc",
                        "other-nc", "other-closed"}) String licenceId,
            @Valid @Schema(nullable = true) Contact contact,
            @Size(max = DISTRIBUTIONS_MAX) List<@NotNull @Valid Distribution> distributions) {
    }

    @Schema(name = "Dataset", description = "A dataset of the NSDR: its metadata and where it is in the Satu Data "
            + "Indonesia flow")
    public record DatasetView(
            @Schema(required = true) UUID id,
            @Schema(nullable = true, maxLength = SLUG_MAX, pattern = SLUG, description = "A short name, unique in the catalog")
            String identifier,
            @Schema(required = true) Status status,
            @Schema(required = true) Label title,
            @Schema(required = true) Label description,
            @Schema(required = true, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE,
                    description = "Code of the producing organisation") String producer,
            @Schema(required = true) SourceType sourceType,
            @Schema(required = true) Periodicity periodicity,
            @Schema(nullable = true, minimum = "0", maximum = "1095", description = "Days after a period ends by which "
                    + "the producer releases it; null: the usual lag of the periodicity") Integer releaseLagDays,
            @Schema(required = true, maxItems = TOPICS_MAX) List<@Size(max = SLUG_MAX) @Pattern(regexp = SLUG) String> topics,
            @Schema(required = true, maxItems = Codes.GCM_OBJECTIVES, description = "GCM objectives, in order")
            List<@Min(1) @Max(Codes.GCM_OBJECTIVES) Integer> gcmObjectives,
            @Schema(required = true, maxItems = Codes.MGI_DOMAINS, description = "MGI domains, in order")
            List<@Size(max = 2) @Pattern(regexp = Codes.MGI_DOMAIN) String> mgiDomains,
            @Schema(nullable = true) TemporalCoverage temporalCoverage,
            @Schema(required = true) GeographicLevel geographicLevel,
            @Schema(nullable = true, maxLength = Codes.REGION_LENGTH, pattern = Codes.REGION,
                    description = "BPS code of the region covered, when not the whole country") String regionCode,
            @Schema(required = true, maxItems = DISAGGREGATIONS) List<Disaggregation> disaggregations,
            @Schema(required = true) Access access,
            @Schema(nullable = true, maxLength = 200) String licence,
            @Schema(nullable = true, maxLength = 20, pattern = LICENCE_IDS, description = "CKAN's licence id")
            String licenceId,
            @Schema(nullable = true) Contact contact,
            @Schema(required = true, maxItems = DISTRIBUTIONS_MAX) List<Distribution> distributions,
            @Schema(nullable = true, maxItems = REASONS_MAX, description = "Why a walidata returned it (while RETURNED; "
                    + "kept until it is submitted again)") List<@Size(max = REASON_MAX) String> returnReasons,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt,
            // nullable, the time is written as type [string, null] beside its $ref: its length is stated here
            @Schema(nullable = true, maxLength = 35) OffsetDateTime publishedAt,
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX,
                    description = "How many published assessments cite it as evidence") long citations) {
    }

    @Schema(name = "ReturnRequest", description = "Why a walidata returns a dataset to its producer")
    public record ReturnRequest(@NotEmpty(message = "give at least one reason") @Size(max = REASONS_MAX)
            List<@NotBlank(message = "must not be blank") @Size(max = REASON_MAX) String> reasons) {
    }

    @Schema(name = "DatasetHistoryEntry", description = "One change of a dataset: who, when, what, and the dataset as it "
            + "was afterwards")
    public record HistoryEntry(
            @Schema(required = true) OffsetDateTime at,
            @Schema(required = true, maxLength = 255, description = "Who made the change (their user name)") String actor,
            @Schema(required = true, enumeration = {"CREATED", "CHANGED", "SUBMITTED", "VERIFIED", "RETURNED",
                "PUBLISHED", "RETIRED", "WITHDRAWN"}, description = "What was done (WITHDRAWN: retired by a harvest, "
                    + "its source no longer having it)") String action,
            @Schema(required = true, description = "The status after the change") Status status,
            @Schema(nullable = true, maxItems = REASONS_MAX, description = "The reasons of a RETURNED")
            List<@Size(max = REASON_MAX) String> reasons,
            @Schema(required = true) DatasetView dataset) {
    }
}
