package id.sdmi.web;

/**
 * The platform's identifiers, one definition each for every service and the contract: what a code looks like and how
 * long it may be (patterns match the whole value, as Bean Validation's {@code @Pattern} does).
 */
public final class Codes {

    /** An organisation's or a framework's code: BPS, KEMNAKER, MGI-NATIONAL (the realm's {@code org} claim too). */
    public static final String CODE = "[A-Z0-9][A-Z0-9-]{1,39}";
    public static final int CODE_LENGTH = 40;

    /** A BPS region code: a province (2 digits) or a regency or city (4 digits). */
    public static final String REGION = "[0-9]{2}|[0-9]{4}";
    public static final int REGION_LENGTH = 4;

    /** A user name, as the realm bounds it. */
    public static final int USER_LENGTH = 255;

    /** A catalog version: 2023, 2025-rev1. */
    public static final String VERSION = "[0-9A-Za-z][0-9A-Za-z._-]{0,19}";
    public static final int VERSION_LENGTH = 20;

    /** A domain of a catalog version: D1 ... D6 in the MGI catalogs. */
    public static final String DOMAIN = "[A-Z0-9][A-Z0-9-]{0,9}";
    public static final int DOMAIN_LENGTH = 10;

    /** An indicator of a catalog version: 1.1, 2.3.1. */
    public static final String INDICATOR = "[0-9]{1,2}(\\.[0-9]{1,3}){1,2}";
    public static final int INDICATOR_LENGTH = 10;

    /** One of the six MGI domains, as datasets and reviews name them. */
    public static final String MGI_DOMAIN = "D[1-6]";

    private Codes() {
    }
}
