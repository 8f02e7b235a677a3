package id.sdmi.indicator.catalog;

import id.sdmi.web.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of catalog versions and their domains. */
public final class CatalogRecords {

    static final String VERSION_PATTERN = "[0-9A-Za-z][0-9A-Za-z._-]{0,19}";

    private CatalogRecords() {
    }

    @Schema(name = "NewVersion", description = "A draft version to create, empty or copied from an earlier version")
    public record NewVersion(
            @NotNull(message = "is required")
            @Pattern(regexp = VERSION_PATTERN, message = "must be 1-20 letters, digits, '.', '_' or '-', e.g. 2023")
            @Schema(example = "2023") String version,
            @Pattern(regexp = VERSION_PATTERN, message = "must name an existing version of this framework")
            @Schema(description = "A version of the same framework whose domains and indicators the draft starts with",
                    example = "2019") String copyFrom) {
    }

    @Schema(name = "CatalogVersion")
    public record VersionView(String framework, String version, VersionStatus status, String copiedFrom,
            long domains, long indicators, OffsetDateTime createdAt, String createdBy, OffsetDateTime publishedAt,
            String publishedBy, OffsetDateTime retiredAt, String retiredBy) {
    }

    @Schema(name = "DomainInput", description = "A domain of a draft version")
    public record DomainInput(
            @NotNull(message = "is required")
            @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,9}", message = "must be 1-10 capital letters, digits or '-', e.g. D1")
            @Schema(example = "D1") String code,
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more")
            @Max(value = 99, message = "must be at most 99") @Schema(example = "1") Integer order,
            @NotNull(message = "is required") @Valid Label name) {
    }

    @Schema(name = "Domain")
    public record DomainView(String code, int order, Label name) {
        public static DomainView of(Domain domain) {
            return new DomainView(domain.code, domain.order, domain.name.label());
        }
    }
}
