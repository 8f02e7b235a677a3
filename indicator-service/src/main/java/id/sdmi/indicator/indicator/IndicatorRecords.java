package id.sdmi.indicator.indicator;

import id.sdmi.indicator.Text;
import id.sdmi.web.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of indicators. */
public final class IndicatorRecords {

    /** 1.1, 4.12 or 2.3.1: the domain's number, then the indicator's number within it. */
    public static final String CODE_PATTERN = "[0-9]{1,2}(\\.[0-9]{1,3}){1,2}";
    static final String SDG_PATTERN = "[0-9]{1,2}\\.([0-9]{1,2}|[a-z])(\\.[0-9]{1,2})?";

    private IndicatorRecords() {
    }

    @Schema(name = "IndicatorInput", description = "An indicator of a draft version")
    public record IndicatorInput(
            @NotNull(message = "is required")
            @Pattern(regexp = CODE_PATTERN, message = "must look like 1.1 or 4.12 (domain number, then indicator number)")
            @Schema(example = "1.1") String code,
            @NotNull(message = "is required") @Schema(description = "Code of a domain of the version", example = "D1")
            String domain,
            @Min(value = 1, message = "must be 1 or more") @Max(value = 9999, message = "must be at most 9999")
            @Schema(description = "Place within the domain; after the last one when left out", example = "1") Integer order,
            @NotNull(message = "is required") @Valid Label text,
            @Valid Label guidance,
            @Size(max = 23, message = "must list each objective once")
            @Schema(description = "Global Compact for Migration objectives, 1 to 23", example = "[15, 16]")
            List<@NotNull(message = "must be a number from 1 to 23") @Min(value = 1, message = "must be from 1 to 23")
                    @Max(value = 23, message = "must be from 1 to 23") Integer> gcmObjectives,
            @Schema(description = "SDG targets", example = "[\"10.7\"]")
            List<@NotNull(message = "must be an SDG target such as 10.7")
                    @Pattern(regexp = SDG_PATTERN, message = "must be an SDG target such as 10.7 or 10.c") String> sdgTargets) {

        List<Integer> gcm() {
            return gcmObjectives == null ? List.of() : gcmObjectives;
        }

        List<String> sdg() {
            return sdgTargets == null ? List.of() : sdgTargets;
        }
    }

    @Schema(name = "Indicator")
    public record IndicatorView(String code, String domain, int order, Label text, Label guidance,
            List<Integer> gcmObjectives, List<String> sdgTargets) {

        static IndicatorView of(Indicator indicator) {
            return new IndicatorView(indicator.code, indicator.domain.code, indicator.order, indicator.text.label(),
                    Text.label(indicator.guidance), Arrays.asList(indicator.gcmObjectives),
                    Arrays.asList(indicator.sdgTargets));
        }
    }

    @Schema(name = "IndicatorHit", description = "An indicator of a published version found by a search")
    public record IndicatorHit(String framework, String version, String code, String domain, Label domainName,
            Label text, Label guidance, List<Integer> gcmObjectives, List<String> sdgTargets) {
    }

    @Schema(name = "ImportResult")
    public record ImportResult(String framework, String version, int imported, long indicators) {
    }
}
