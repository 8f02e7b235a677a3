package id.sdmi.catalog.release;

import id.sdmi.catalog.dataset.DatasetEnums.Periodicity;
import id.sdmi.catalog.organization.OrganizationRecords;
import id.sdmi.web.Codes;
import id.sdmi.web.PageSchema;
import id.sdmi.web.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of routine reporting. */
public final class ReleaseRecords {

    private ReleaseRecords() {
    }

    /** A period's label: a year (2024), month (2024-03), quarter (2024-Q1) or half year (2024-S1). */
    static final String PERIOD_PATTERN = "[0-9]{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?";
    static final int PERIOD_MAX = 7;
    static final String URL_PATTERN = "https?://[^\\s/$.?#][^\\s]*";
    static final int URL_MAX = 2000;
    static final int NOTE_MAX = 1000;
    static final String FIRST_YEAR = "1900";
    static final String LAST_YEAR = "2100";
    /**
     * The periods of one report: a window spans at most 50 years, each period label appears once, and the most labels
     * a periodicity reads in 50 years are those of irregular data (50 years and 600 months).
     */
    static final int PERIODS_MAX = 650;
    /** The producers of a timeliness report: at most every organisation registered. */
    static final int PRODUCERS_MAX = OrganizationRecords.MAX_ORGANIZATIONS;

    @Schema(name = "ReleaseInput", description = "The day a period's data came out, and where")
    public record ReleaseInput(
            @NotNull(message = "is required") @PlausibleDate @Schema(example = "2024-05-06") LocalDate releasedOn,
            @Size(max = URL_MAX, message = "must be at most 2000 characters")
            @Pattern(regexp = URL_PATTERN, message = "must be an http or https URL")
            @Schema(example = "https://www.bps.go.id/id/pressrelease", nullable = true) String url,
            @Size(max = NOTE_MAX, message = "must be at most 1000 characters") @Schema(nullable = true) String note) {
    }

    /**
     * ON_TIME and LATE: released by or after the due day; MISSING: due and not released; PENDING: ended, not yet
     * due; UNSCHEDULED: released though no schedule expected it (irregular data, a year off a census cycle).
     */
    @Schema(name = "ReleasePeriodStatus", description = "ON_TIME and LATE: released by or after the due day; MISSING: "
            + "due and not released; PENDING: ended, not yet due; UNSCHEDULED: released though no schedule expected it "
            + "(irregular data, a year off a census cycle)")
    public enum PeriodStatus { ON_TIME, LATE, MISSING, PENDING, UNSCHEDULED }

    @Schema(name = "ReleasePeriod", description = "A period a dataset covers: when its release was due and when (and "
            + "where) it came out")
    public record PeriodView(
            @Schema(required = true, maxLength = PERIOD_MAX, pattern = PERIOD_PATTERN, example = "2024-Q1") String period,
            @Schema(required = true) LocalDate start,
            @Schema(required = true) LocalDate end,
            // nullable, a day is written as type [string, null] beside its $ref: its length is stated here
            @Schema(nullable = true, maxLength = 10) LocalDate due,
            @Schema(nullable = true, maxLength = 10) LocalDate releasedOn,
            @Schema(nullable = true, maxLength = URL_MAX, pattern = URL_PATTERN) String url,
            @Schema(nullable = true, maxLength = NOTE_MAX) String note,
            @Schema(required = true) PeriodStatus status,
            @Schema(nullable = true, minimum = "0", maximum = "80000", description = "Days after the due day it came out "
                    + "(0 when on time); null when not released or not scheduled") Integer daysLate) {
    }

    @Schema(name = "Timeliness", description = "Of the periods that are due: released on time, late, or missing; "
            + "onTimeRate = onTime / expected (null when nothing is due yet)")
    public record Timeliness(
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX) long expected,
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX) long onTime,
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX) long late,
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX) long missing,
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX) long pending,
            @Schema(nullable = true, minimum = "0", maximum = "1", description = "Rounded to three decimals")
            Double onTimeRate) {
    }

    @Schema(name = "ReleaseReport", description = "A dataset's releases against the schedule its periodicity implies")
    public record ReleaseReport(
            @Schema(required = true) UUID datasetId,
            @Schema(required = true, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE)
            String producer,
            @Schema(required = true) Periodicity periodicity,
            @Schema(required = true, description = "Whether releases are expected on a schedule (not for irregular and "
                    + "one-time data)") boolean scheduled,
            @Schema(nullable = true, minimum = "0", maximum = "1095", description = "Days after a period ends that its "
                    + "release is due; null when not scheduled") Integer releaseLagDays,
            @Schema(required = true) LocalDate asOf,
            @Schema(required = true, minimum = FIRST_YEAR, maximum = LAST_YEAR) int from,
            @Schema(required = true, minimum = FIRST_YEAR, maximum = LAST_YEAR) int to,
            @Schema(required = true, maxItems = PERIODS_MAX, description = "In order of time") List<PeriodView> periods,
            @Schema(required = true) Timeliness summary) {
    }

    @Schema(name = "ProducerTimeliness", description = "The timeliness of one producer's published, scheduled datasets")
    public record ProducerTimeliness(
            @Schema(required = true, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE)
            String producer,
            @Schema(required = true, minimum = "1", maximum = PageSchema.COUNT_MAX) long datasets,
            @Schema(required = true) Timeliness timeliness) {
    }

    @Schema(name = "TimelinessReport", description = "Routine reporting of every producer's published, scheduled datasets")
    public record TimelinessReport(
            @Schema(required = true) LocalDate asOf,
            @Schema(required = true, minimum = FIRST_YEAR, maximum = LAST_YEAR) int from,
            @Schema(required = true, minimum = FIRST_YEAR, maximum = LAST_YEAR) int to,
            @Schema(required = true, maxItems = PRODUCERS_MAX, description = "In order of their codes")
            List<ProducerTimeliness> producers) {
    }
}
