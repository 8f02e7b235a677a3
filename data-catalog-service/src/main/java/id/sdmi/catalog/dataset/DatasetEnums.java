package id.sdmi.catalog.dataset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The controlled vocabularies of dataset metadata. */
public final class DatasetEnums {

    private DatasetEnums() {
    }

    @Schema(name = "DatasetSourceType", description = "Where a dataset's data comes from")
    public enum SourceType { CENSUS, SURVEY, ADMINISTRATIVE, REGISTER, BIG_DATA, OTHER }

    /** How often the producer releases it; routine reporting expects releases from this. */
    @Schema(name = "DatasetPeriodicity", description = "How often the producer releases the dataset; routine "
            + "reporting expects releases from this (IRREGULAR and ONE_TIME: none)")
    public enum Periodicity { MONTHLY, QUARTERLY, SEMIANNUAL, ANNUAL, FIVE_YEARLY, DECENNIAL, IRREGULAR, ONE_TIME }

    @Schema(name = "DatasetGeographicLevel", description = "The finest geographic level a dataset publishes")
    public enum GeographicLevel { NATIONAL, PROVINCE, REGENCY, DISTRICT, VILLAGE }

    @Schema(name = "DatasetDisaggregation", description = "A breakdown a dataset's figures come in")
    public enum Disaggregation {
        SEX, AGE, COUNTRY, PROVINCE, REGENCY, EDUCATION, OCCUPATION, SECTOR, MIGRATION_STATUS, DISABILITY, URBAN_RURAL
    }

    @Schema(name = "DatasetAccess", description = "Access to a dataset's data (DCAT access rights PUBLIC, RESTRICTED, "
            + "NON_PUBLIC)")
    public enum Access { OPEN, RESTRICTED, CLOSED }

    /** The Satu Data Indonesia flow: DRAFT -> SUBMITTED -> VERIFIED or RETURNED -> PUBLISHED, and RETIRED. */
    @Schema(name = "DatasetStatus", description = "Where a dataset is in the Satu Data Indonesia flow: DRAFT -> "
            + "SUBMITTED -> VERIFIED (or RETURNED to its producer) -> PUBLISHED, later RETIRED")
    public enum Status { DRAFT, SUBMITTED, VERIFIED, RETURNED, PUBLISHED, RETIRED }
}
