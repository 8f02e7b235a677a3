package id.sdmi.catalog.release;

import id.sdmi.catalog.dataset.Dataset;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.dataset.DatasetService;
import id.sdmi.catalog.Caller;
import id.sdmi.catalog.organization.Organization;
import id.sdmi.catalog.release.ReleaseCalendar.Period;
import id.sdmi.catalog.release.ReleaseRecords.PeriodStatus;
import id.sdmi.catalog.release.ReleaseRecords.PeriodView;
import id.sdmi.catalog.release.ReleaseRecords.ProducerTimeliness;
import id.sdmi.catalog.release.ReleaseRecords.ReleaseInput;
import id.sdmi.catalog.release.ReleaseRecords.ReleaseReport;
import id.sdmi.catalog.release.ReleaseRecords.Timeliness;
import id.sdmi.catalog.release.ReleaseRecords.TimelinessReport;
import id.sdmi.web.ETags;
import id.sdmi.web.Problem;
import id.sdmi.web.ProblemException;
import id.sdmi.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Routine reporting: the periods each published dataset's periodicity expects, the releases recorded against them,
 * each on time, late or missing as of a day, and the timeliness of each producer.
 */
@ApplicationScoped
public class ReleaseService {

    /** Years of reporting shown when no window is asked for: this one and the two before. */
    static final int DEFAULT_YEARS = 3;

    /** The years reported on, and the day they are judged as of. */
    record Window(int from, int to, LocalDate asOf) {

        static Window of(Integer from, Integer to, LocalDate asOf) {
            LocalDate day = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
            int last = to == null ? day.getYear() : to;
            int first = from == null ? last - DEFAULT_YEARS + 1 : from;
            List<Problem.FieldError> errors = new ArrayList<>();
            if (first < 1900 || first > 2100) {
                errors.add(new Problem.FieldError("from", "must be a year from 1900 to 2100"));
            }
            if (last < 1900 || last > 2100) {
                errors.add(new Problem.FieldError("to", "must be a year from 1900 to 2100"));
            }
            if (errors.isEmpty() && first > last) {
                errors.add(new Problem.FieldError("from", "must not be after to (" + last + ")"));
            }
            if (errors.isEmpty() && last - first >= 50) {
                errors.add(new Problem.FieldError("from", "a report spans at most 50 years"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.fields(ProblemType.VALIDATION_FAILED, errors);
            }
            return new Window(first, last, day);
        }
    }

    private final DatasetService datasets;

    public ReleaseService(DatasetService datasets) {
        this.datasets = datasets;
    }

    public ReleaseReport report(UUID id, Integer from, Integer to, LocalDate asOf, Caller caller) {
        Window window = Window.of(from, to, asOf);
        Dataset dataset = datasets.visible(id, caller);
        return report(dataset, Release.list("datasetId", dataset.id), window);
    }

    public TimelinessReport timeliness(Integer from, Integer to, LocalDate asOf, String producer) {
        Window window = Window.of(from, to, asOf);
        if (producer != null && Organization.findByIdOptional(producer).isEmpty()) {
            throw ProblemException.invalid("producer", "no organisation " + producer + " is registered");
        }
        List<Dataset> published = (producer == null ? Dataset.<Dataset>list("status", Status.PUBLISHED)
                : Dataset.<Dataset>list("status = ?1 and producer = ?2", Status.PUBLISHED, producer)).stream()
                .filter(d -> ReleaseCalendar.scheduled(d.periodicity)).toList();
        Map<UUID, List<Release>> releases = Release.<Release>list(
                "datasetId in ?1", published.stream().map(d -> d.id).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.datasetId));
        Map<String, List<Timeliness>> byProducer = new TreeMap<>();
        for (Dataset dataset : published) {
            byProducer.computeIfAbsent(dataset.producer, p -> new ArrayList<>())
                    .add(report(dataset, releases.getOrDefault(dataset.id, List.of()), window).summary());
        }
        return new TimelinessReport(window.asOf(), window.from(), window.to(), byProducer.entrySet().stream()
                .map(e -> new ProducerTimeliness(e.getKey(), e.getValue().size(), sum(e.getValue()))).toList());
    }

    /** Records (or corrects) the release of one period: 201 when new, 200 when changed. */
    @Transactional
    public Recorded record(UUID id, String label, ReleaseInput input, String ifMatch, Caller caller) {
        Dataset dataset = writable(id, caller);
        Period period = period(dataset, label);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.releasedOn().isBefore(period.end())) {
            errors.add(new Problem.FieldError("releasedOn", "period " + period.label() + " ends " + period.end()
                    + ": its data cannot have come out before"));
        }
        if (input.releasedOn().isAfter(LocalDate.now(ZoneOffset.UTC))) {
            errors.add(new Problem.FieldError("releasedOn", "is in the future: record a release once it is out"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.fields(ProblemType.UNPROCESSABLE, errors);
        }
        Release release = Release.<Release>find("datasetId = ?1 and period = ?2", dataset.id, period.label())
                .firstResultOptional().orElse(null);
        boolean created = release == null;
        if (created) {
            release = new Release();
            release.datasetId = dataset.id;
            release.period = period.label();
        } else {
            ETags.check(ifMatch, ETags.of(release.id, release.rowVersion), "the release of " + period.label());
        }
        release.releasedOn = input.releasedOn();
        release.url = input.url();
        release.note = input.note();
        release.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        release.recordedBy = caller.name();
        release.persistAndFlush();
        return new Recorded(created, release, view(period, dataset, release, LocalDate.now(ZoneOffset.UTC)));
    }

    /** What recording a release did. */
    public record Recorded(boolean created, Release release, PeriodView view) {
    }

    @Transactional
    public void delete(UUID id, String label, String ifMatch, Caller caller) {
        Dataset dataset = writable(id, caller);
        Release release = Release.<Release>find("datasetId = ?1 and period = ?2", dataset.id, label)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("a release of " + label));
        ETags.check(ifMatch, ETags.of(release.id, release.rowVersion), "the release of " + label);
        release.delete();
    }

    private Dataset writable(UUID id, Caller caller) {
        Dataset dataset = datasets.visible(id, caller);
        DatasetService.requireSteward(dataset.producer, caller, "record releases of");
        if (dataset.status != Status.PUBLISHED) {
            throw ProblemException.conflict("dataset " + id + " is " + dataset.status
                    + ": releases are recorded for published datasets");
        }
        return dataset;
    }

    private static Period period(Dataset dataset, String label) {
        return ReleaseCalendar.parse(label, dataset.periodicity).orElseThrow(() -> ProblemException.invalid("period",
                "'" + label + "' is not a period of a " + dataset.periodicity + " dataset: use "
                        + ReleaseCalendar.format(dataset.periodicity)));
    }

    static ReleaseReport report(Dataset dataset, List<Release> releases, Window window) {
        boolean scheduled = ReleaseCalendar.scheduled(dataset.periodicity);
        Map<String, Release> byPeriod = new HashMap<>();
        // a release after the day judged as of was not known then
        releases.stream().filter(r -> !r.releasedOn.isAfter(window.asOf())).forEach(r -> byPeriod.put(r.period, r));
        List<PeriodView> periods = new ArrayList<>();
        if (scheduled && dataset.status == Status.PUBLISHED) {
            int first = Math.max(window.from(), dataset.temporalStart == null ? window.from() : dataset.temporalStart);
            int last = Math.min(window.to(), dataset.temporalEnd == null ? window.to() : dataset.temporalEnd);
            int cycleStart = dataset.temporalStart == null ? first : dataset.temporalStart;
            for (Period period : ReleaseCalendar.expected(dataset.periodicity, first, last, cycleStart, window.asOf())) {
                periods.add(view(period, dataset, byPeriod.remove(period.label()), window.asOf()));
            }
        }
        for (Release release : byPeriod.values()) {
            ReleaseCalendar.parse(release.period, dataset.periodicity)
                    .filter(p -> p.start().getYear() >= window.from() && p.start().getYear() <= window.to())
                    .ifPresent(p -> periods.add(new PeriodView(p.label(), p.start(), p.end(), null, release.releasedOn,
                            release.url, release.note, PeriodStatus.UNSCHEDULED, null)));
        }
        periods.sort(Comparator.comparing(PeriodView::start).thenComparing(PeriodView::end));
        return new ReleaseReport(dataset.id, dataset.producer, dataset.periodicity, scheduled,
                scheduled ? lag(dataset) : null, window.asOf(), window.from(), window.to(), periods, summary(periods));
    }

    private static int lag(Dataset dataset) {
        return dataset.releaseLagDays != null ? dataset.releaseLagDays : ReleaseCalendar.usualLagDays(dataset.periodicity);
    }

    private static PeriodView view(Period period, Dataset dataset, Release release, LocalDate asOf) {
        if (!ReleaseCalendar.scheduled(dataset.periodicity)) {
            return new PeriodView(period.label(), period.start(), period.end(), null, release.releasedOn, release.url,
                    release.note, PeriodStatus.UNSCHEDULED, null);
        }
        LocalDate due = period.end().plusDays(lag(dataset));
        if (release == null) {
            return new PeriodView(period.label(), period.start(), period.end(), due, null, null, null,
                    due.isBefore(asOf) ? PeriodStatus.MISSING : PeriodStatus.PENDING, null);
        }
        long late = ChronoUnit.DAYS.between(due, release.releasedOn);
        return new PeriodView(period.label(), period.start(), period.end(), due, release.releasedOn, release.url,
                release.note, late > 0 ? PeriodStatus.LATE : PeriodStatus.ON_TIME, late > 0 ? (int) late : 0);
    }

    private static Timeliness summary(List<PeriodView> periods) {
        Map<PeriodStatus, Long> counts = periods.stream()
                .collect(Collectors.groupingBy(PeriodView::status, Collectors.counting()));
        return timeliness(counts.getOrDefault(PeriodStatus.ON_TIME, 0L), counts.getOrDefault(PeriodStatus.LATE, 0L),
                counts.getOrDefault(PeriodStatus.MISSING, 0L), counts.getOrDefault(PeriodStatus.PENDING, 0L));
    }

    private static Timeliness sum(List<Timeliness> all) {
        return timeliness(all.stream().mapToLong(Timeliness::onTime).sum(), all.stream().mapToLong(Timeliness::late).sum(),
                all.stream().mapToLong(Timeliness::missing).sum(), all.stream().mapToLong(Timeliness::pending).sum());
    }

    private static Timeliness timeliness(long onTime, long late, long missing, long pending) {
        long expected = onTime + late + missing;
        return new Timeliness(expected, onTime, late, missing, pending,
                expected == 0 ? null : Math.round(1000.0 * onTime / expected) / 1000.0);
    }
}
