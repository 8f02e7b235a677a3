package id.sdmi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void textASpreadsheetWouldRunIsWrittenAsText() {
        for (String formula : new String[] {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(1+1)", "\tx", "\rx"}) {
            assertEquals("'" + formula, SpreadsheetCells.cell(formula), formula);
        }
    }

    @Test
    void otherValuesAreWrittenAsTheyAre() {
        assertEquals("Survei Angkatan Kerja Nasional", SpreadsheetCells.cell("Survei Angkatan Kerja Nasional"));
        assertEquals("", SpreadsheetCells.cell(""));
        assertEquals(-5, SpreadsheetCells.cell(-5), "a number is no formula");
        assertEquals(LocalDate.of(2025, 1, 2), SpreadsheetCells.cell(LocalDate.of(2025, 1, 2)));
    }
}
