package id.sdmi.web;

import java.io.IOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV rows for spreadsheets without formula injection: a text cell that a spreadsheet would run as a formula (it
 * starts with = + - @, a tab or a carriage return, as OWASP lists) is written with a leading apostrophe, which
 * spreadsheets show as text. For exports people open; not for formats read back by the platform (the indicator
 * catalog CSV imports back unchanged).
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static void printRecord(CSVPrinter printer, Object... values) throws IOException {
        printer.printRecord(Arrays.stream(values).map(SpreadsheetCells::cell).toArray());
    }

    static Object cell(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
