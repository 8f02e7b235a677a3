package id.sdmi.indicator.catalog;

import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.web.Codes;
import id.sdmi.web.Label;
import id.sdmi.web.PageSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of catalog versions and their domains. */
public final class CatalogRecords {

    /** A date-time as Jackson writes an OffsetDateTime (the platform's OpenAPI conventions say the same). */
    static final int DATE_TIME_LENGTH = 35;

    private CatalogRecords() {
    }

    @Schema(name = "NewCatalogVersion", description = "A draft version to create, empty or copied from an earlier version")
    public record NewVersion(
            @NotNull(message = "is required")
            @Pattern(regexp = Codes.VERSION, message = "must be 1-20 letters, digits, '.', '_' or '-', e.g. 2023")
            @Schema(example = "2023", maxLength = Codes.VERSION_LENGTH) String version,
            @Pattern(regexp = Codes.VERSION, message = "must name an existing version of this framework")
            @Schema(description = "A version of the same framework whose domains and indicators the draft starts with",
                    example = "2019", maxLength = Codes.VERSION_LENGTH, nullable = true) String copyFrom) {
    }

    @Schema(name = "CatalogVersion", description = "A version of a framework's indicator catalog: its status, counts and "
            + "history")
    public record VersionView(
            @Schema(required = true, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE,
                    description = "The framework's code") String framework,
            @Schema(required = true, maxLength = Codes.VERSION_LENGTH, pattern = Codes.VERSION) String version,
            @Schema(required = true) VersionStatus status,
            @Schema(nullable = true, maxLength = Codes.VERSION_LENGTH, pattern = Codes.VERSION,
                    description = "The version the draft was copied from; null for a draft that started empty")
            String copiedFrom,
            @Schema(required = true, minimum = "0", maximum = "" + CatalogPublished.MAX_DOMAINS,
                    description = "How many domains it has") long domains,
            @Schema(required = true, minimum = "0", maximum = "" + CatalogPublished.MAX_INDICATORS,
                    description = "How many indicators it has") long indicators,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true, maxLength = Codes.USER_LENGTH, description = "Who created it") String createdBy,
            @Schema(nullable = true, maxLength = DATE_TIME_LENGTH,
                    description = "When it was published; null for a draft") OffsetDateTime publishedAt,
            @Schema(nullable = true, maxLength = Codes.USER_LENGTH, description = "Who published it; null for a draft")
            String publishedBy,
            @Schema(nullable = true, maxLength = DATE_TIME_LENGTH,
                    description = "When it was retired; null unless RETIRED") OffsetDateTime retiredAt,
            @Schema(nullable = true, maxLength = Codes.USER_LENGTH, description = "Who retired it; null unless RETIRED")
            String retiredBy) {
    }

    @Schema(name = "CatalogVersionPage", description = "A page of a framework's catalog versions")
    public static final class CatalogVersionPage extends PageSchema<VersionView> {
    }

    @Schema(name = "DomainInput", description = "A domain of a draft version")
    public record DomainInput(
            @NotNull(message = "is required")
            @Pattern(regexp = Codes.DOMAIN, message = "must be 1-10 capital letters, digits or '-', e.g. D1")
            @Schema(example = "D1", maxLength = Codes.DOMAIN_LENGTH) String code,
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more")
            @Max(value = 99, message = "must be at most 99")
            @Schema(example = "1", description = "Its place among the version's domains") Integer order,
            @NotNull(message = "is required") @Valid Label name) {
    }

    @Schema(name = "Domain", description = "A domain of a catalog version")
    public record DomainView(
            @Schema(required = true, maxLength = Codes.DOMAIN_LENGTH, pattern = Codes.DOMAIN) String code,
            @Schema(required = true, minimum = "1", maximum = "99", description = "Its place among the version's domains")
            int order,
            @Schema(required = true) Label name) {

        public static DomainView of(Domain domain) {
            return new DomainView(domain.code, domain.order, domain.name.label());
        }
    }

    @Schema(name = "DomainPage", description = "A page of a version's domains")
    public static final class DomainPage extends PageSchema<DomainView> {
    }
}
