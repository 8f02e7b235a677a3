package id.sdmi.indicator;

/** Realm roles this service checks. Every role of the realm includes {@code viewer} (a composite role). */
public final class Roles {
    public static final String VIEWER = "viewer";
    public static final String CATALOG_EDITOR = "catalog-editor";
    public static final String ADMIN = "sdmi-admin";

    private Roles() {
    }
}
