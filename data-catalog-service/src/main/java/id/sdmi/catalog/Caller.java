package id.sdmi.catalog;

import java.util.Set;

/** Who calls: their user name, organisation (token claim org) and roles ({@link CurrentCaller} makes it). */
public record Caller(String name, String org, Set<String> roles) {

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** A data steward of this producer: the one who writes its datasets. */
    public boolean stewardOf(String producer) {
        return is(Roles.DATA_STEWARD) && producer.equals(org);
    }
}
