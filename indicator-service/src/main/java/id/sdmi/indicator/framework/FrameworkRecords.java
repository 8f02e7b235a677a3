package id.sdmi.indicator.framework;

import id.sdmi.web.Codes;
import id.sdmi.web.Label;
import id.sdmi.web.PageSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of frameworks. */
public final class FrameworkRecords {

    private FrameworkRecords() {
    }

    @Schema(name = "NewFramework", description = "A framework to create")
    public record NewFramework(
            @NotNull(message = "is required")
            @Pattern(regexp = Codes.CODE, message = "must be 2-40 capital letters, digits or '-', e.g. MGI-NATIONAL")
            @Schema(example = "MGI-NATIONAL", maxLength = 40) String code,
            @NotNull(message = "is required, one of NATIONAL, PROVINCE, REGENCY")
            @Schema(example = "NATIONAL") Level level,
            @NotNull(message = "is required") @Valid Label name,
            @Valid Label description) {
    }

    @Schema(name = "Framework", description = "An MGI indicator set whose catalogs are versioned beneath it")
    public record FrameworkView(
            @Schema(required = true, maxLength = 40, pattern = Codes.CODE) String code,
            @Schema(required = true) Level level,
            @Schema(required = true) Label name,
            @Schema(nullable = true) Label description,
            @Schema(required = true) OffsetDateTime createdAt) {

        static FrameworkView of(Framework framework) {
            return new FrameworkView(framework.code, framework.level, framework.name.label(),
                    framework.description == null ? null : framework.description.label(), framework.createdAt);
        }
    }

    @Schema(name = "FrameworkPage", description = "A page of frameworks")
    public static final class FrameworkPage extends PageSchema<FrameworkView> {
    }
}
