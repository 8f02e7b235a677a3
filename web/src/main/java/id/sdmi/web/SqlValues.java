package id.sdmi.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native query rows, whichever Java type the driver and Hibernate chose for them. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamptz column as an OffsetDateTime in UTC. */
    public static OffsetDateTime offsetDateTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
