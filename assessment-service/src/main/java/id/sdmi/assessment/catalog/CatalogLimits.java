package id.sdmi.assessment.catalog;

/**
 * The shapes of the codes of indicator-service's catalogs (as it validates them), and the size of catalog this
 * service assesses: what bounds the lists an assessment answers with (answers, highlights, summaries, comparisons).
 */
public final class CatalogLimits {

    private CatalogLimits() {
    }

    /** A framework's code, e.g. MGI-LOCAL: at most {@value #FRAMEWORK_LENGTH} characters. */
    public static final String FRAMEWORK_CODE = "[A-Z0-9][A-Z0-9-]{1,39}";
    public static final int FRAMEWORK_LENGTH = 40;

    /** A catalog version, e.g. 2023: at most {@value #VERSION_LENGTH} characters. */
    public static final String VERSION = "[0-9A-Za-z][0-9A-Za-z._-]{0,19}";
    public static final int VERSION_LENGTH = 20;

    /** A domain's code, e.g. D1: at most {@value #DOMAIN_LENGTH} characters. */
    public static final String DOMAIN_CODE = "[A-Z0-9][A-Z0-9-]{0,9}";
    public static final int DOMAIN_LENGTH = 10;

    /** An indicator's code, e.g. 1.1 or 4.12: at most {@value #INDICATOR_LENGTH} characters. */
    public static final String INDICATOR_CODE = "[0-9]{1,2}(\\.[0-9]{1,3}){1,2}";
    public static final int INDICATOR_LENGTH = 10;

    /**
     * The most indicators of a catalog version an assessment is planned on: as many as indicator-service lets a
     * version hold (the MGI catalogs have about a hundred).
     */
    public static final int MAX_INDICATORS = 10_000;

    /** The most domains of a catalog version an assessment is planned on: as indicator-service bounds a version. */
    public static final int MAX_DOMAINS = 99;
}
