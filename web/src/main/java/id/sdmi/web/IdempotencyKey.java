package id.sdmi.web;

import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} request header of every POST (draft-ietf-httpapi-idempotency-key-header): a key the
 * caller makes up per request (a UUID is usual), sent again with a retry. The services keep the first answer
 * (events' IdempotentPosts); this is the header's rule, shared with the contract.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final int MAX_LENGTH = 255;
    /** Visible ASCII without the quote, optionally written as a structured-field string ("…"). */
    public static final String PATTERN = "^\"?[!#-~]{1," + MAX_LENGTH + "}\"?$";
    public static final String RULE = "must be 1 to " + MAX_LENGTH
            + " visible ASCII characters (no spaces or quotes), optionally in double quotes, e.g. a UUID";
    private static final Pattern KEY = Pattern.compile("[!#-~]{1," + MAX_LENGTH + "}");

    private IdempotencyKey() {
    }

    /** The key of a header value, or null when the value is not a valid key. */
    public static String parse(String header) {
        String key = header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")
                ? header.substring(1, header.length() - 1) : header;
        return KEY.matcher(key).matches() ? key : null;
    }
}
