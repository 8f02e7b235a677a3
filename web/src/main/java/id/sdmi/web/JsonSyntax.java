package id.sdmi.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a body that is not JSON, in the caller's terms instead of the parser's ("Unexpected character
 * (''' (code 39))", "Feature 'ALLOW_COMMENTS' not enabled"): the first thing a JSON reader could not take.
 */
final class JsonSyntax {

    private static final Map<Pattern, String> SAYINGS = new LinkedHashMap<>();

    static {
        say("Duplicate field '(.*?)'.*", "the field '$1' is given twice");
        say(".*ALLOW_COMMENTS.*", "JSON has no comments");
        say(".*ALLOW_SINGLE_QUOTES.*|Unexpected character \\('''.*", "text and field names are in double quotes, not single");
        say(".*ALLOW_UNQUOTED_FIELD_NAMES.*|.*was expecting double-quote to start field name.*",
                "a field name in double quotes was expected");
        say(".*ALLOW_TRAILING_COMMA.*|Unexpected character \\('[}\\]]'.*", "a value was expected, not the end of a list "
                + "or object (a comma too many?)");
        say(".*was expecting comma to separate (Object|Array) entries.*", "a comma between the $1 entries was expected");
        say(".*was expecting a colon to separate field name and value.*", "a colon between a field name and its value "
                + "was expected");
        say("Unrecognized token '(.*?)'.*", "'$1' is not a JSON value (text is written in double quotes)");
        say(".*(end-of-input|No content to map).*", "the body ends before the JSON does");
        say(".*Illegal unquoted character.*", "a control character (such as a line break) inside text must be escaped");
        say(".*Unrecognized character escape.*", "an unknown escape (\\\\x) inside text");
        say(".*Non-standard token '(NaN|Infinity|-Infinity)'.*", "$1 is not a JSON number");
        say("Unexpected character \\('(.*?)'.*", "unexpected '$1'");
    }

    private JsonSyntax() {
    }

    private static void say(String parser, String caller) {
        SAYINGS.put(Pattern.compile(parser, Pattern.DOTALL), caller);
    }

    /** The parser's message said for the caller; a message not known here becomes "not valid JSON". */
    static String explain(String parserMessage) {
        String message = parserMessage == null ? "" : parserMessage;
        for (Map.Entry<Pattern, String> saying : SAYINGS.entrySet()) {
            Matcher matcher = saying.getKey().matcher(message);
            if (matcher.matches()) {
                return "not valid JSON: " + matcher.replaceFirst(saying.getValue());
            }
        }
        return "not valid JSON";
    }
}
