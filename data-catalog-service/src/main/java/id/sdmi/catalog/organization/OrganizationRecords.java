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

    /** An organisation's code: also a dataset's producer. */
    public static final String CODE_PATTERN = Codes.CODE;
    public static final int CODE_MAX = 40;
    /** A BPS region code: 2 digits for a province, 4 for a regency or city (RegionCodes checks it, answering 422). */
    public static final String REGION_PATTERN = Codes.REGION;
    public static final int REGION_MAX = 4;
    /** The organisations the NSDR registers at most (ministries, agencies, provincial and regency offices). */
    public static final int MAX_ORGANIZATIONS = 10_000;

    @Schema(name = "OrganizationInput", description = "A data producer, walidata or pembina data")
    public record OrganizationInput(
            @NotNull(message = "is required")
            @Pattern(regexp = CODE_PATTERN, message = "must be 2-40 capital letters, digits or '-', e.g. BP2MI")
            @Schema(example = "DISNAKERTRANS-33", maxLength = CODE_MAX) String code,
            @NotNull(message = "is required") @Valid Label name,
            @NotNull(message = "is required") @Schema(example = "PROVINCIAL_OFFICE") OrganizationType type,
            @NotNull(message = "is required") @Schema(example = "PRODUSEN_DATA") SdiRole sdiRole,
            @Schema(description = "BPS region code, required for provincial (2 digits) and regency offices (4 digits)",
                    example = "33", maxLength = REGION_MAX, pattern = REGION_PATTERN, nullable = true)
            String regionCode) {
    }

    @Schema(name = "Organization", description = "A data producer, walidata or pembina data of the NSDR")
    public record OrganizationView(
            @Schema(required = true, maxLength = CODE_MAX, pattern = CODE_PATTERN) String code,
            @Schema(required = true) Label name,
            @Schema(required = true) OrganizationType type,
            @Schema(required = true) SdiRole sdiRole,
            @Schema(nullable = true, maxLength = REGION_MAX, pattern = REGION_PATTERN,
                    description = "BPS region code of a provincial or regency office") String regionCode,
            @Schema(nullable = true, maxLength = 100, description = "The region's name, where known (provinces, and the "
                    + "regencies and cities of Central Java)") String regionName) {
    }

    @Schema(name = "OrganizationPage", description = "A page of organisations")
    public static final class OrganizationPage extends PageSchema<OrganizationView> {
    }
}
