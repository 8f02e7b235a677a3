package id.sdmi.assessment.catalog;

import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.web.Codes;

/**
 * The shapes of the codes of indicator-service's catalogs (as it validates them), and the size of catalog this
 * service assesses: what bounds the lists an assessment answers with (answers, highlights, summaries, comparisons).
 */
public final class CatalogLimits {

    private CatalogLimits() {
    }

    /** A framework's code, e.g. MGI-LOCAL: at most {@value #FRAMEWORK_LENGTH} characters. */
    public static final String FRAMEWORK_CODE = Codes.CODE;
    public static final int FRAMEWORK_LENGTH = Codes.CODE_LENGTH;

    /** A catalog version, e.g. 2023: at most {@value #VERSION_LENGTH} characters. */
    public static final String VERSION = Codes.VERSION;
    public static final int VERSION_LENGTH = Codes.VERSION_LENGTH;

    /** A domain's code, e.g. D1: at most {@value #DOMAIN_LENGTH} characters. */
    public static final String DOMAIN_CODE = Codes.DOMAIN;
    public static final int DOMAIN_LENGTH = Codes.DOMAIN_LENGTH;

    /** An indicator's code, e.g. 1.1 or 4.12: at most {@value #INDICATOR_LENGTH} characters. */
    public static final String INDICATOR_CODE = Codes.INDICATOR;
    public static final int INDICATOR_LENGTH = Codes.INDICATOR_LENGTH;

    /**
     * The most indicators of a catalog version an assessment is planned on: as many as indicator-service lets a
     * version hold (the MGI catalogs have about a hundred).
     */
    public static final int MAX_INDICATORS = CatalogPublished.MAX_INDICATORS;

    /** The most domains of a catalog version an assessment is planned on: as indicator-service bounds a version. */
    public static final int MAX_DOMAINS = CatalogPublished.MAX_DOMAINS;
}
