package id.sdmi.indicator.indicator;

import id.sdmi.indicator.catalog.Indicator;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.indicator.Text;
import id.sdmi.web.Codes;
import id.sdmi.web.Label;
import id.sdmi.web.PageSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON shapes of indicators. The limits of list items on the output records are stated with Bean Validation
 * annotations (nothing validates an output; the OpenAPI document reads them, as @Schema cannot reach a list's items).
 */
public final class IndicatorRecords {

    static final String SDG_PATTERN = "[0-9]{1,2}\\.([0-9]{1,2}|[a-z])(\\.[0-9]{1,2})?";
    static final int SDG_LENGTH = 8;
    /** The Sustainable Development Goals have 169 targets: no indicator relates to more. */
    static final int MAX_SDG_TARGETS = 169;

    private IndicatorRecords() {
    }

    @Schema(name = "IndicatorInput", description = "An indicator of a draft version")
    public record IndicatorInput(
            @NotNull(message = "is required")
            @Pattern(regexp = Codes.INDICATOR, message = "must look like 1.1 or 4.12 (domain number, then indicator number)")
            @Schema(example = "1.1", maxLength = Codes.INDICATOR_LENGTH) String code,
            @NotNull(message = "is required")
            @Size(max = Codes.DOMAIN_LENGTH, message = "must be a domain code of the version, such as D1")
            @Schema(description = "Code of a domain of the version", example = "D1",
                    pattern = Codes.DOMAIN) String domain,
            @Min(value = 1, message = "must be 1 or more") @Max(value = 9999, message = "must be at most 9999")
            @Schema(description = "Place within the domain; after the last one when left out", example = "1") Integer order,
            @NotNull(message = "is required") @Valid Label text,
            @Valid @Schema(nullable = true, description = "How to assess it; may be left out") Label guidance,
            @Size(max = Codes.GCM_OBJECTIVES, message = "must list each objective once")
            @Schema(description = "Global Compact for Migration objectives, 1 to 23, each once", example = "[15, 16]")
            List<@NotNull(message = "must be a number from 1 to 23") @Min(value = 1, message = Codes.GCM_OBJECTIVE_MESSAGE)
                    @Max(value = Codes.GCM_OBJECTIVES, message = Codes.GCM_OBJECTIVE_MESSAGE) Integer> gcmObjectives,
            @Size(max = MAX_SDG_TARGETS, message = "must list at most 169 targets")
            @Schema(description = "SDG targets", example = "[\"10.7\"]")
            List<@NotNull(message = "must be an SDG target such as 10.7")
                    @Size(max = SDG_LENGTH, message = "must be an SDG target such as 10.7 or 10.c")
                    @Pattern(regexp = SDG_PATTERN, message = "must be an SDG target such as 10.7 or 10.c") String> sdgTargets) {

        List<Integer> gcm() {
            return gcmObjectives == null ? List.of() : gcmObjectives;
        }

        List<String> sdg() {
            return sdgTargets == null ? List.of() : sdgTargets;
        }
    }

    @Schema(name = "Indicator", description = "An indicator of a catalog version")
    public record IndicatorView(
            @Schema(required = true, maxLength = Codes.INDICATOR_LENGTH, pattern = Codes.INDICATOR) String code,
            @Schema(required = true, maxLength = Codes.DOMAIN_LENGTH,
                    pattern = Codes.DOMAIN, description = "Code of its domain") String domain,
            // an order left out is the domain's last plus one, which may pass the 9999 an input can give
            @Schema(required = true, minimum = "1", maximum = "2147483647", description = "Place within the domain")
            int order,
            @Schema(required = true) Label text,
            @Schema(nullable = true, description = "How to assess it; null when there is none") Label guidance,
            @Schema(required = true, maxItems = Codes.GCM_OBJECTIVES,
                    description = "Global Compact for Migration objectives, 1 to 23, in ascending order")
            List<@Min(1) @Max(Codes.GCM_OBJECTIVES) Integer> gcmObjectives,
            @Schema(required = true, maxItems = MAX_SDG_TARGETS, description = "SDG targets")
            List<@Size(max = SDG_LENGTH) @Pattern(regexp = SDG_PATTERN) String> sdgTargets) {

        static IndicatorView of(Indicator indicator) {
            return new IndicatorView(indicator.code, indicator.domain.code, indicator.order, indicator.text.label(),
                    Text.label(indicator.guidance), Arrays.asList(indicator.gcmObjectives),
                    Arrays.asList(indicator.sdgTargets));
        }
    }

    @Schema(name = "IndicatorPage", description = "A page of a version's indicators")
    public static final class IndicatorPage extends PageSchema<IndicatorView> {
    }

    @Schema(name = "IndicatorHit", description = "An indicator of a published version found by a search")
    public record IndicatorHit(
            @Schema(required = true, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE,
                    description = "The framework's code") String framework,
            @Schema(required = true, maxLength = Codes.VERSION_LENGTH, pattern = Codes.VERSION,
                    description = "The published version it belongs to") String version,
            @Schema(required = true, maxLength = Codes.INDICATOR_LENGTH, pattern = Codes.INDICATOR) String code,
            @Schema(required = true, maxLength = Codes.DOMAIN_LENGTH,
                    pattern = Codes.DOMAIN, description = "Code of its domain") String domain,
            @Schema(required = true, description = "Its domain's name") Label domainName,
            @Schema(required = true) Label text,
            @Schema(nullable = true, description = "How to assess it; null when there is none") Label guidance,
            @Schema(required = true, maxItems = Codes.GCM_OBJECTIVES,
                    description = "Global Compact for Migration objectives, 1 to 23, in ascending order")
            List<@Min(1) @Max(Codes.GCM_OBJECTIVES) Integer> gcmObjectives,
            @Schema(required = true, maxItems = MAX_SDG_TARGETS, description = "SDG targets")
            List<@Size(max = SDG_LENGTH) @Pattern(regexp = SDG_PATTERN) String> sdgTargets) {
    }

    @Schema(name = "IndicatorHitPage", description = "A page of search results, best matches first")
    public static final class IndicatorHitPage extends PageSchema<IndicatorHit> {
    }

    @Schema(name = "IndicatorImportResult", description = "What an import wrote")
    public record ImportResult(
            @Schema(required = true, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE,
                    description = "The framework's code") String framework,
            @Schema(required = true, maxLength = Codes.VERSION_LENGTH, pattern = Codes.VERSION,
                    description = "The draft imported into") String version,
            @Schema(required = true, minimum = "1", maximum = "" + CatalogPublished.MAX_INDICATORS,
                    description = "Indicators imported") int imported,
            @Schema(required = true, minimum = "1", maximum = "" + CatalogPublished.MAX_INDICATORS,
                    description = "Indicators the draft has now") long indicators) {
    }
}
