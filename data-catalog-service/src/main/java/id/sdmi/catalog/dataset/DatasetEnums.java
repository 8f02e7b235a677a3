package id.sdmi.catalog.dataset;

/** The controlled vocabularies of dataset metadata. */
public final class DatasetEnums {

    private DatasetEnums() {
    }

    public enum SourceType { CENSUS, SURVEY, ADMINISTRATIVE, REGISTER, BIG_DATA, OTHER }

    /** How often the producer releases it; routine reporting expects releases from this. */
    public enum Periodicity { MONTHLY, QUARTERLY, SEMIANNUAL, ANNUAL, FIVE_YEARLY, DECENNIAL, IRREGULAR, ONE_TIME }

    public enum GeographicLevel { NATIONAL, PROVINCE, REGENCY, DISTRICT, VILLAGE }

    public enum Disaggregation {
        SEX, AGE, COUNTRY, PROVINCE, REGENCY, EDUCATION, OCCUPATION, SECTOR, MIGRATION_STATUS, DISABILITY, URBAN_RURAL
    }

    public enum Access { OPEN, RESTRICTED, CLOSED }

    /** The Satu Data Indonesia flow: DRAFT -> SUBMITTED -> VERIFIED or RETURNED -> PUBLISHED, and RETIRED. */
    public enum Status { DRAFT, SUBMITTED, VERIFIED, RETURNED, PUBLISHED, RETIRED }
}
