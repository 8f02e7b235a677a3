package id.sdmi.assessment;

/** Realm roles this service checks. Every role of the realm includes {@code viewer} (a composite role). */
public final class Roles {
    public static final String VIEWER = "viewer";
    public static final String COORDINATOR = "assessment-coordinator";
    public static final String ASSESSOR = "assessor";
    public static final String ADMIN = "sdmi-admin";

    private Roles() {
    }
}
