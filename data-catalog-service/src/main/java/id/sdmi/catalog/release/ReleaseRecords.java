package id.sdmi.catalog.release;

import id.sdmi.catalog.dataset.DatasetEnums.Periodicity;
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

    @Schema(name = "ReleaseInput", description = "The day a period's data came out, and where")
    public record ReleaseInput(
            @NotNull(message = "is required") @Schema(example = "2024-05-06") LocalDate releasedOn,
            @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "must be an http or https URL")
            @Schema(example = "https://www.bps.go.id/id/pressrelease") String url,
            @Size(max = 1000, message = "must be at most 1000 characters") String note) {
    }

    /**
     * ON_TIME and LATE: released by or after the due day; MISSING: due and not released; PENDING: ended, not yet
     * due; UNSCHEDULED: released though no schedule expected it (irregular data, a year off a census cycle).
     */
    public enum PeriodStatus { ON_TIME, LATE, MISSING, PENDING, UNSCHEDULED }

    @Schema(name = "ReleasePeriod")
    public record PeriodView(String period, LocalDate start, LocalDate end, LocalDate due, LocalDate releasedOn,
            String url, String note, PeriodStatus status, Integer daysLate) {
    }

    @Schema(name = "Timeliness", description = "Of the periods that are due: released on time, late, or missing; "
            + "onTimeRate = onTime / expected (null when nothing is due yet)")
    public record Timeliness(long expected, long onTime, long late, long missing, long pending, Double onTimeRate) {
    }

    @Schema(name = "ReleaseReport")
    public record ReleaseReport(UUID datasetId, String producer, Periodicity periodicity, boolean scheduled,
            Integer releaseLagDays, LocalDate asOf, int from, int to, List<PeriodView> periods, Timeliness summary) {
    }

    @Schema(name = "ProducerTimeliness")
    public record ProducerTimeliness(String producer, long datasets, Timeliness timeliness) {
    }

    @Schema(name = "TimelinessReport", description = "Routine reporting of every producer's published, scheduled datasets")
    public record TimelinessReport(LocalDate asOf, int from, int to, List<ProducerTimeliness> producers) {
    }
}
