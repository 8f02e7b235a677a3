package id.sdmi.catalog.ckan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of CKAN's Solr query language harvesters send in {@code fq} (and in {@code q} when it names fields),
 * turned into an SQL condition on the {@code dataset} table with its parameters. Terms side by side (or joined by
 * {@code AND}) must all hold, {@code OR} joins alternatives, {@code -} negates, parentheses group; a value is a word,
 * a quoted phrase or a range {@code [from TO to]} ({@code *} open, {@code NOW}, an ISO date or date-time, with or
 * without its zone: UTC). Fields: organization, tags, name, id, res_format, license_id, dataset_type, state, groups,
 * metadata_modified, metadata_created; any other is a {@link CkanException search query error}, as CKAN answers.
 */
final class CkanQuery {

    /** A condition and the values of its {@code ?} parameters, in order. */
    record Sql(String condition, List<Object> parameters) {
    }

    private static final Map<String, String> COLUMNS = Map.of("metadata_modified", "updated_at",
            "metadata_created", "created_at");

    private final String text;
    private int at;
    private final List<Object> parameters = new ArrayList<>();

    private CkanQuery(String text) {
        this.text = text;
    }

    static Sql parse(String text) {
        if (text == null || text.isBlank() || text.trim().equals("*:*")) {
            return new Sql("TRUE", List.of());
        }
        CkanQuery query = new CkanQuery(text);
        String condition = query.or();
        query.skipSpaces();
        if (query.at < text.length()) {
            throw query.error("unexpected '" + text.substring(query.at) + "'");
        }
        return new Sql(condition, List.copyOf(query.parameters));
    }

    private String or() {
        List<String> alternatives = new ArrayList<>();
        alternatives.add(and());
        while (word("OR") || symbol("||")) {
            alternatives.add(and());
        }
        return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" OR ", alternatives) + ")";
    }

    private String and() {
        List<String> all = new ArrayList<>();
        all.add(unary());
        while (true) {
            skipSpaces();
            if (at >= text.length() || text.charAt(at) == ')' || peekWord("OR") || text.startsWith("||", at)) {
                break;
            }
            if (!word("AND")) {
                symbol("&&");
            }
            all.add(unary());
        }
        return all.size() == 1 ? all.get(0) : "(" + String.join(" AND ", all) + ")";
    }

    private String unary() {
        skipSpaces();
        if (symbol("-") || word("NOT") || symbol("!")) {
            return "NOT " + unary();
        }
        symbol("+");
        return primary();
    }

    private String primary() {
        skipSpaces();
        if (symbol("(")) {
            String inner = or();
            if (!symbol(")")) {
                throw error("a '(' is not closed");
            }
            return inner;
        }
        if (symbol("*:*")) {
            return "TRUE";
        }
        int colon = text.indexOf(':', at);
        if (colon < 0) {
            throw error("expected field:value at '" + text.substring(at) + "'");
        }
        String field = text.substring(at, colon).trim();
        at = colon + 1;
        if (!field.matches("[a-z_]+")) {
            throw error("'" + field + "' is not a field");
        }
        skipSpaces();
        if (at < text.length() && (text.charAt(at) == '[' || text.charAt(at) == '{')) {
            return range(field);
        }
        return match(field, value());
    }

    private String match(String field, String value) {
        boolean any = value.equals("*");
        return switch (field) {
            case "organization", "owner_org" -> any ? "TRUE" : bind("lower(producer) = lower(?)", value);
            case "tags" -> any ? "cardinality(topics) > 0" : bind("? = ANY(topics)", value);
            case "name" -> any ? "TRUE" : bind("coalesce(identifier, id::text) = ?", value);
            case "id" -> any ? "TRUE" : bind("id::text = lower(?)", value);
            case "license_id" -> any ? "licence_id IS NOT NULL" : bind("licence_id = ?", value);
            case "res_format" -> bind("EXISTS (SELECT 1 FROM jsonb_array_elements(distributions) r "
                    + "WHERE upper(r->>'format') = upper(?) OR ? = '*')", value, value);
            case "dataset_type", "type" -> any || value.equals("dataset") ? "TRUE" : "FALSE";
            case "state" -> any || value.equals("active") ? "TRUE" : "FALSE";
            case "groups" -> "FALSE";
            case "private", "capacity" -> value.equals("false") || value.equals("public") || any ? "TRUE" : "FALSE";
            default -> throw error("cannot search by '" + field + "'");
        };
    }

    private String range(String field) {
        String column = COLUMNS.get(field);
        if (column == null) {
            throw error("cannot search '" + field + "' by a range");
        }
        boolean inclusiveFrom = text.charAt(at++) == '[';
        String from = until(" ");
        if (!word("TO")) {
            throw error("a range is [from TO to]");
        }
        skipSpaces();
        int end = indexOfAny("]}");
        if (end < 0) {
            throw error("a range is not closed");
        }
        String to = text.substring(at, end).trim();
        boolean inclusiveTo = text.charAt(end) == ']';
        at = end + 1;
        List<String> bounds = new ArrayList<>();
        if (!from.equals("*")) {
            bounds.add(bind(column + (inclusiveFrom ? " >= ?" : " > ?"), moment(from)));
        }
        if (!to.equals("*")) {
            bounds.add(bind(column + (inclusiveTo ? " <= ?" : " < ?"), moment(to)));
        }
        return bounds.isEmpty() ? "TRUE" : "(" + String.join(" AND ", bounds) + ")";
    }

    /** A moment of a range: NOW, an ISO date, or a date-time with or without its zone (UTC, as CKAN stores them). */
    private OffsetDateTime moment(String value) {
        String v = value.replaceAll("^\"|\"$", "");
        if (v.equals("NOW")) {
            return OffsetDateTime.now(ZoneOffset.UTC);
        }
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(v);
            }
            return LocalDateTime.parse(v).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw error("'" + value + "' is not a date or date-time");
        }
    }

    private String value() {
        skipSpaces();
        if (at < text.length() && text.charAt(at) == '"') {
            int close = text.indexOf('"', at + 1);
            if (close < 0) {
                throw error("a quoted value is not closed");
            }
            String value = text.substring(at + 1, close);
            at = close + 1;
            return value;
        }
        String value = until(" )");
        if (value.isEmpty()) {
            throw error("a value is missing");
        }
        return value;
    }

    private String until(String stops) {
        int start = at;
        while (at < text.length() && stops.indexOf(text.charAt(at)) < 0) {
            at++;
        }
        return text.substring(start, at);
    }

    private int indexOfAny(String chars) {
        for (int i = at; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private String bind(String condition, Object... values) {
        parameters.addAll(List.of(values));
        return condition;
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private boolean symbol(String symbol) {
        skipSpaces();
        if (text.startsWith(symbol, at)) {
            at += symbol.length();
            return true;
        }
        return false;
    }

    private boolean peekWord(String word) {
        skipSpaces();
        int end = at + word.length();
        return text.startsWith(word, at) && (end == text.length() || Character.isWhitespace(text.charAt(end))
                || text.charAt(end) == '(');
    }

    private boolean word(String word) {
        if (peekWord(word)) {
            at += word.length();
            return true;
        }
        return false;
    }

    private CkanException error(String reason) {
        return CkanException.searchQuery("cannot read the query '" + text + "': " + reason);
    }
}
