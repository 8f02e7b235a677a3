package id.sdmi.catalog.organization;

import id.sdmi.web.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of organisations. */
public final class OrganizationRecords {

    private OrganizationRecords() {
    }

    @Schema(name = "OrganizationInput", description = "A data producer, walidata or pembina data")
    public record OrganizationInput(
            @NotNull(message = "is required")
            @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "must be 2-40 capital letters, digits or '-', e.g. BP2MI")
            @Schema(example = "DISNAKERTRANS-33") String code,
            @NotNull(message = "is required") @Valid Label name,
            @NotNull(message = "is required") @Schema(example = "PROVINCIAL_OFFICE") OrganizationType type,
            @NotNull(message = "is required") @Schema(example = "PRODUSEN_DATA") SdiRole sdiRole,
            @Schema(description = "BPS region code, required for provincial and regency offices", example = "33")
            String regionCode) {
    }

    @Schema(name = "Organization")
    public record OrganizationView(String code, Label name, OrganizationType type, SdiRole sdiRole, String regionCode,
            String regionName) {
    }
}
