package id.sdmi.web;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;

/**
 * Entity tags of mutable resources and the If-Match check: a write with a stale If-Match gets 412 and changes
 * nothing; a write without If-Match is allowed (last writer wins, as for pipelines that do not read first).
 */
public final class ETags {

    private ETags() {
    }

    /**
     * The tag of a stored row: its identity (a generated id, a UUID or a code that is never reused, so that a row
     * deleted and created again never matches an old tag) and its version.
     */
    public static EntityTag of(Object identity, int version) {
        return new EntityTag(identity + "-" + version);
    }

    public static void check(String ifMatch, EntityTag current, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals("\"" + current.getValue() + "\""));
        if (!matches) {
            throw new ProblemException(Problem.of(ProblemType.PRECONDITION_FAILED, what + " changed since you read it: "
                    + "read it again (its ETag is now \"" + current.getValue() + "\") and repeat the change")
                    .with("currentEtag", "\"" + current.getValue() + "\""));
        }
    }
}
