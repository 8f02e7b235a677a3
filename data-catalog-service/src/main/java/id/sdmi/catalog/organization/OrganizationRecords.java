package id.sdmi.catalog.organization;

import id.sdmi.web.Codes;
import id.sdmi.web.Label;
import id.sdmi.web.PageSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of organisations. */
public final class OrganizationRecords {

    private OrganizationRecords() {
    }

    /** The organisations the NSDR registers at most (ministries, agencies, provincial and regency offices). */
    public static final int MAX_ORGANIZATIONS = 10_000;

    @Schema(name = "OrganizationInput", description = "A data producer, walidata or pembina data")
    public record OrganizationInput(
            @NotNull(message = "is required")
            @Pattern(regexp = Codes.CODE, message = "must be 2-40 capital letters, digits or '-', e.g. BP2MI")
            @Schema(example = "DISNAKERTRANS-33", maxLength = Codes.CODE_LENGTH) String code,
            @NotNull(message = "is required") @Valid Label name,
            @NotNull(message = "is required") @Schema(example = "PROVINCIAL_OFFICE") OrganizationType type,
            @NotNull(message = "is required") @Schema(example = "PRODUSEN_DATA") SdiRole sdiRole,
            @Schema(description = "BPS region code, required for provincial (2 digits) and regency offices (4 digits)",
                    example = "33", maxLength = Codes.REGION_LENGTH, pattern = Codes.REGION, nullable = true)
            String regionCode) {
    }

    @Schema(name = "Organization", description = "A data producer, walidata or pembina data of the NSDR")
    public record OrganizationView(
            @Schema(required = true, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE) String code,
            @Schema(required = true) Label name,
            @Schema(required = true) OrganizationType type,
            @Schema(required = true) SdiRole sdiRole,
            @Schema(nullable = true, maxLength = Codes.REGION_LENGTH, pattern = Codes.REGION,
                    description = "BPS region code of a provincial or regency office") String regionCode,
            @Schema(nullable = true, maxLength = 100, description = "The region's name, where known (provinces, and the "
                    + "regencies and cities of Central Java)") String regionName) {
    }

    @Schema(name = "OrganizationPage", description = "A page of organisations")
    public static final class OrganizationPage extends PageSchema<OrganizationView> {
    }
}
