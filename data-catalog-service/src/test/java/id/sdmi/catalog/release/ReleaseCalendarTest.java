package id.sdmi.catalog.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.catalog.dataset.DatasetEnums.Periodicity;
import id.sdmi.catalog.release.ReleaseCalendar.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseCalendarTest {

    private static List<String> labels(Periodicity p, int from, int to, int cycleStart, LocalDate asOf) {
        return ReleaseCalendar.expected(p, from, to, cycleStart, asOf).stream().map(Period::label).toList();
    }

    @Test
    void periodsEndBeforeTheDayJudged() {
        assertEquals(List.of("2024-01", "2024-02"), labels(Periodicity.MONTHLY, 2024, 2024, 2024, LocalDate.of(2024, 3, 31)));
        assertEquals(List.of("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"),
                labels(Periodicity.QUARTERLY, 2023, 2024, 2023, LocalDate.of(2024, 4, 1)));
        assertEquals(List.of("2023-S1", "2023-S2"), labels(Periodicity.SEMIANNUAL, 2023, 2024, 2023, LocalDate.of(2024, 6, 30)));
        assertEquals(List.of("2022", "2023"), labels(Periodicity.ANNUAL, 2022, 2024, 2022, LocalDate.of(2024, 12, 31)));
        assertEquals(List.of("2000", "2010", "2020"), labels(Periodicity.DECENNIAL, 1995, 2024, 1990, LocalDate.of(2024, 1, 1)));
        assertEquals(List.of("2015", "2020"), labels(Periodicity.FIVE_YEARLY, 2011, 2024, 2005, LocalDate.of(2024, 1, 1)));
        assertTrue(labels(Periodicity.IRREGULAR, 2020, 2024, 2020, LocalDate.of(2025, 1, 1)).isEmpty());
    }

    @Test
    void labelsParseOnlyForTheirPeriodicity() {
        Period q = ReleaseCalendar.parse("2024-Q3", Periodicity.QUARTERLY).orElseThrow();
        assertEquals(LocalDate.of(2024, 7, 1), q.start());
        assertEquals(LocalDate.of(2024, 9, 30), q.end());
        assertEquals(LocalDate.of(2024, 2, 29), ReleaseCalendar.parse("2024-02", Periodicity.MONTHLY).orElseThrow().end());
        assertEquals(LocalDate.of(2024, 12, 31), ReleaseCalendar.parse("2024-S2", Periodicity.SEMIANNUAL).orElseThrow().end());
        assertEquals(LocalDate.of(2015, 12, 31), ReleaseCalendar.parse("2015", Periodicity.ONE_TIME).orElseThrow().end());
        assertEquals(LocalDate.of(2023, 5, 31), ReleaseCalendar.parse("2023-05", Periodicity.IRREGULAR).orElseThrow().end());
        assertTrue(ReleaseCalendar.parse("2024", Periodicity.QUARTERLY).isEmpty());
        assertTrue(ReleaseCalendar.parse("2024-13", Periodicity.MONTHLY).isEmpty());
        assertTrue(ReleaseCalendar.parse("2024-Q5", Periodicity.QUARTERLY).isEmpty());
        assertTrue(ReleaseCalendar.parse("2024-Q1", Periodicity.ANNUAL).isEmpty());
    }
}
