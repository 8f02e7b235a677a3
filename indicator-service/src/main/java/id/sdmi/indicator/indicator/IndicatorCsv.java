package id.sdmi.indicator.indicator;

import id.sdmi.web.Representations;
import id.sdmi.web.Codes;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorInput;
import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorView;
import id.sdmi.web.Label;
import id.sdmi.web.Problem.FieldError;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The indicator CSV format (UTF-8, a header row, lists separated by ';'), written by the export and read by the
 * import so that an export imports back unchanged.
 */
public final class IndicatorCsv {

    public static final String MEDIA_TYPE = Representations.CSV;
    /** The longest import: Quarkus's default request body limit (quarkus.http.limits.max-body-size, 10240K bytes). */
    public static final int MAX_IMPORT_LENGTH = 10 * 1024 * 1024;
    /**
     * The longest export: a header, then a version's indicators of at most 34 000 characters each (four texts of up to
     * 4000 characters, each doubled by CSV quoting at worst, the codes and the lists).
     */
    public static final int MAX_EXPORT_LENGTH = 100 + CatalogPublished.MAX_INDICATORS * 34_000;
    public static final List<String> HEADER = List.of("code", "domain", "order", "text_id", "text_en", "guidance_id",
            "guidance_en", "gcm_objectives", "sdg_targets");
    private static final Set<String> REQUIRED = Set.of("code", "domain", "text_id");
    /** JSON field names of IndicatorInput, as a CSV user knows them. */
    private static final Map<String, String> COLUMN_OF = Map.of("text.id", "text_id", "text.en", "text_en",
            "guidance.id", "guidance_id", "guidance.en", "guidance_en", "gcmObjectives", "gcm_objectives",
            "sdgTargets", "sdg_targets");

    private IndicatorCsv() {
    }

    /** One data row of an import: what it says, or what could not be read from it. */
    public record Row(int number, IndicatorInput input, List<FieldError> errors) {
    }

    /** Writes the CSV and flushes it; closing {@code out} is the caller's (closing a printer would close it). */
    public static void write(List<IndicatorView> indicators, Writer out) {
        try {
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get().print(out);
            for (IndicatorView i : indicators) {
                printer.printRecord(i.code(), i.domain(), i.order(), i.text().id(), blank(i.text().en()),
                        i.guidance() == null ? "" : blank(i.guidance().id()),
                        i.guidance() == null ? "" : blank(i.guidance().en()),
                        i.gcmObjectives().stream().map(String::valueOf).collect(Collectors.joining(";")),
                        String.join(";", i.sdgTargets()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every row; a row's unreadable values are reported in {@link Row#errors()}. Rows are numbered as a
     * spreadsheet shows them: the header is row 1. A header that is not the format's gives one error of row 1.
     */
    public static List<Row> read(Reader in) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(in)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
            List<String> unknown = header.stream().filter(h -> !HEADER.contains(h)).toList();
            List<String> missing = REQUIRED.stream().filter(h -> !header.contains(h)).sorted().toList();
            if (!unknown.isEmpty() || !missing.isEmpty()) {
                String message = (unknown.isEmpty() ? "" : "unknown column(s) " + unknown + "; ")
                        + (missing.isEmpty() ? "" : "missing column(s) " + missing + "; ") + "the header is " + HEADER;
                return List.of(new Row(1, null, List.of(new FieldError(1, "header", message))));
            }
            for (CSVRecord record : parser) {
                rows.add(row(record, header));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            String message = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            rows.add(new Row(rows.size() + 2, null, List.of(new FieldError(rows.size() + 2, "row",
                    "not readable as CSV: " + unreadable(message)))));
        }
        return rows;
    }

    private static final Pattern UNCLOSED_QUOTE =
            Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
    private static final Pattern TEXT_AFTER_QUOTE =
            Pattern.compile("Invalid character between encapsulated token and delimiter at line: (\\d+)");

    /** The CSV reader's complaint in a spreadsheet user's words, where it is a known one. */
    private static String unreadable(String message) {
        Matcher unclosed = UNCLOSED_QUOTE.matcher(message);
        if (unclosed.find()) {
            return "a quoted value that starts on line " + unclosed.group(1) + " is never closed";
        }
        Matcher trailing = TEXT_AFTER_QUOTE.matcher(message);
        if (trailing.find()) {
            return "on line " + trailing.group(1) + " a quoted value is followed by more text before the next comma";
        }
        return message;
    }

    private static Row row(CSVRecord record, List<String> header) {
        int number = (int) record.getRecordNumber() + 1;
        List<FieldError> errors = new ArrayList<>();
        if (!record.isConsistent()) {
            errors.add(new FieldError(number, "row", "has " + record.size() + " values, the header has " + header.size()));
            return new Row(number, null, errors);
        }
        Integer order = null;
        String orderText = value(record, header, "order");
        if (orderText != null) {
            try {
                order = Integer.valueOf(orderText);
            } catch (NumberFormatException e) {
                errors.add(new FieldError(number, "order", "'" + orderText + "' is not a whole number"));
            }
        }
        List<Integer> gcm = new ArrayList<>();
        for (String part : list(value(record, header, "gcm_objectives"))) {
            try {
                gcm.add(Integer.valueOf(part));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(number, "gcm_objectives", "'" + part + "' is not a number from 1 to "
                        + Codes.GCM_OBJECTIVES));
            }
        }
        String guidanceId = value(record, header, "guidance_id");
        String guidanceEn = value(record, header, "guidance_en");
        IndicatorInput input = new IndicatorInput(value(record, header, "code"), value(record, header, "domain"), order,
                new Label(value(record, header, "text_id"), value(record, header, "text_en")),
                guidanceId == null && guidanceEn == null ? null : new Label(guidanceId, guidanceEn),
                gcm, list(value(record, header, "sdg_targets")));
        return new Row(number, input, errors);
    }

    /** The column a JSON field path of IndicatorInput is read from, e.g. text.id -> text_id. */
    public static String column(String field) {
        String base = field.replaceAll("\\[\\d+]$", "");
        return COLUMN_OF.getOrDefault(base, base);
    }

    private static String value(CSVRecord record, List<String> header, String column) {
        int index = header.indexOf(column);
        if (index < 0 || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<String> list(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
