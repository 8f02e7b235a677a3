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

    /** The objectives of the Global Compact for Migration (GCM) are numbered 1 to 23. */
    public static final int GCM_OBJECTIVES = 23;
    public static final String GCM_OBJECTIVE_MESSAGE = "must be from 1 to " + GCM_OBJECTIVES;

    /** The six domains of the Migration Governance Indicators (MGI), D1 to D6, as datasets and reviews name them. */
    public static final int MGI_DOMAINS = 6;
    public static final String MGI_DOMAIN = "D[1-6]";
    public static final String MGI_DOMAIN_MESSAGE = "must be an MGI domain, D1 to D" + MGI_DOMAINS;

    public static boolean isGcmObjective(Integer number) {
        return number != null && number >= 1 && number <= GCM_OBJECTIVES;
    }

    /** 1 to 23, in order. */
    public static java.util.List<Integer> gcmObjectives() {
        return java.util.stream.IntStream.rangeClosed(1, GCM_OBJECTIVES).boxed().toList();
    }

    /** D1 to D6, in order. */
    public static java.util.List<String> mgiDomains() {
        return java.util.stream.IntStream.rangeClosed(1, MGI_DOMAINS).mapToObj(Codes::mgiDomain).toList();
    }

    public static String mgiDomain(int number) {
        return "D" + number;
    }

    /** The number of an MGI domain code (D4: 4); the code must match {@link #MGI_DOMAIN}. */
    public static int mgiDomainNumber(String code) {
        return code.charAt(1) - '0';
    }

    private Codes() {
    }
}
