package id.sdmi.catalog;

/** Realm roles this service checks. Every role of the realm includes {@code viewer} (a composite role). */
public final class Roles {
    public static final String VIEWER = "viewer";
    public static final String DATA_STEWARD = "data-steward";
    public static final String WALIDATA = "walidata";
    public static final String ADMIN = "sdmi-admin";
    /** Keeps the indicator catalogs; also writes the NSDR review findings. */
    public static final String CATALOG_EDITOR = "catalog-editor";

    private Roles() {
    }
}
