package id.sdmi.catalog.release;

import id.sdmi.catalog.dataset.DatasetEnums.Periodicity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release periods a periodicity implies: months (2024-03), quarters (2024-Q1), halves (2024-S1) and years
 * (2024); five-yearly and decennial data are expected every fifth or tenth year from the first year covered.
 * Irregular and one-time data have no schedule: their releases are recorded by year (or year-month) and never late.
 */
public final class ReleaseCalendar {

    /** A period's label and the days it covers. */
    public record Period(String label, LocalDate start, LocalDate end) {
    }

    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("([0-9]{4})-S([12])");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})");

    private ReleaseCalendar() {
    }

    /** Whether releases of this periodicity are expected on a schedule. */
    public static boolean scheduled(Periodicity periodicity) {
        return periodicity != Periodicity.IRREGULAR && periodicity != Periodicity.ONE_TIME;
    }

    /** Days after a period ends by which its data is usually out, when the producer has not said. */
    public static int usualLagDays(Periodicity periodicity) {
        switch (periodicity) {
            case MONTHLY:
                return 45;
            case QUARTERLY:
                return 60;
            case SEMIANNUAL:
                return 120;
            case ANNUAL:
                return 180;
            case FIVE_YEARLY:
                return 365;
            case DECENNIAL:
                return 730;
            default:
                return 0;
        }
    }

    /** What a period label looks like for this periodicity, for error messages. */
    public static String format(Periodicity periodicity) {
        switch (periodicity) {
            case MONTHLY:
                return "a month such as 2024-03";
            case QUARTERLY:
                return "a quarter such as 2024-Q1";
            case SEMIANNUAL:
                return "a half year such as 2024-S1";
            case IRREGULAR:
            case ONE_TIME:
                return "a year or a month such as 2024 or 2024-03";
            default:
                return "a year such as 2024";
        }
    }

    /** The period a label names, if it is one of this periodicity's. */
    public static Optional<Period> parse(String label, Periodicity periodicity) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m;
        switch (periodicity) {
            case MONTHLY:
                m = MONTH.matcher(label);
                return m.matches() ? Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                        : Optional.empty();
            case QUARTERLY:
                m = QUARTER.matcher(label);
                return m.matches() ? Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                        : Optional.empty();
            case SEMIANNUAL:
                m = HALF.matcher(label);
                return m.matches() ? Optional.of(half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                        : Optional.empty();
            case IRREGULAR:
            case ONE_TIME:
                m = MONTH.matcher(label);
                if (m.matches()) {
                    return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                }
                return year(label);
            default:
                return year(label);
        }
    }

    /**
     * The periods expected from {@code firstYear} to {@code lastYear} that have ended before {@code asOf}; a five-yearly
     * or decennial schedule counts from {@code cycleStart}.
     */
    public static List<Period> expected(Periodicity periodicity, int firstYear, int lastYear, int cycleStart,
            LocalDate asOf) {
        List<Period> periods = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            switch (periodicity) {
                case MONTHLY:
                    for (int month = 1; month <= 12; month++) {
                        periods.add(month(year, month));
                    }
                    break;
                case QUARTERLY:
                    for (int quarter = 1; quarter <= 4; quarter++) {
                        periods.add(quarter(year, quarter));
                    }
                    break;
                case SEMIANNUAL:
                    periods.add(half(year, 1));
                    periods.add(half(year, 2));
                    break;
                case ANNUAL:
                    periods.add(year(year));
                    break;
                case FIVE_YEARLY:
                case DECENNIAL:
                    int step = periodicity == Periodicity.FIVE_YEARLY ? 5 : 10;
                    if (Math.floorMod(year - cycleStart, step) == 0) {
                        periods.add(year(year));
                    }
                    break;
                default:
                    return List.of();
            }
        }
        return periods.stream().filter(p -> p.end().isBefore(asOf)).toList();
    }

    private static Optional<Period> year(String label) {
        Matcher m = YEAR.matcher(label);
        return m.matches() ? Optional.of(year(Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    private static Period year(int year) {
        return new Period(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
    }

    private static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    private static Period half(int year, int half) {
        YearMonth first = YearMonth.of(year, half * 6 - 5);
        return new Period(year + "-S" + half, first.atDay(1), first.plusMonths(5).atEndOfMonth());
    }
}
