package id.sdmi.catalog.dataset;

import id.sdmi.catalog.Caller;
import id.sdmi.catalog.Roles;
import id.sdmi.catalog.dataset.DatasetEnums.Disaggregation;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.dataset.DatasetRecords.Contact;
import id.sdmi.catalog.dataset.DatasetRecords.DatasetInput;
import id.sdmi.catalog.dataset.DatasetRecords.DatasetView;
import id.sdmi.catalog.dataset.DatasetRecords.HistoryEntry;
import id.sdmi.catalog.dataset.DatasetRecords.TemporalCoverage;
import id.sdmi.catalog.organization.Organization;
import id.sdmi.reference.RegionCodes;
import id.sdmi.events.EventType;
import id.sdmi.web.Label;
import id.sdmi.events.catalog.DatasetEvents;
import id.sdmi.events.catalog.DatasetSummary;
import id.sdmi.events.outbox.Outbox;
import id.sdmi.web.ETags;
import id.sdmi.web.Problem;
import id.sdmi.web.ProblemException;
import id.sdmi.web.ProblemType;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Datasets and the Satu Data Indonesia flow: a producer's data steward drafts and submits, a walidata verifies or
 * returns with reasons, verified datasets are published, any can later be retired. Every change is kept.
 */
@ApplicationScoped
public class DatasetService {

    /**
     * Everyone sees published and retired datasets; drafts and datasets under verification only their producer's
     * stewards, walidata and administrators.
     */
    public static boolean sees(Caller caller, Status status, String producer) {
        return status == Status.PUBLISHED || status == Status.RETIRED || caller.is(Roles.ADMIN)
                || caller.is(Roles.WALIDATA) || caller.stewardOf(producer);
    }

    private final Outbox outbox;
    private final RegionCodes regions;
    private final EntityManager em;

    public DatasetService(Outbox outbox, RegionCodes regions, EntityManager em) {
        this.outbox = outbox;
        this.regions = regions;
        this.em = em;
    }

    /** Every dataset the caller may see, oldest first (the CSV export). */
    public List<DatasetView> all(Caller caller) {
        return visibleTo(caller).list().stream().map(DatasetService::view).toList();
    }

    private static io.quarkus.hibernate.orm.panache.PanacheQuery<Dataset> visibleTo(Caller caller) {
        List<Status> open = List.of(Status.PUBLISHED, Status.RETIRED);
        if (caller.is(Roles.ADMIN) || caller.is(Roles.WALIDATA)) {
            return Dataset.findAll(Sort.by("createdAt"));
        }
        if (caller.is(Roles.DATA_STEWARD) && caller.org() != null) {
            return Dataset.find("status in ?1 or producer = ?2", Sort.by("createdAt"), open, caller.org());
        }
        return Dataset.find("status in ?1", Sort.by("createdAt"), open);
    }

    /** A dataset the caller may see: another organisation's draft is as good as absent (404, never its data). */
    public Dataset visible(UUID id, Caller caller) {
        Dataset dataset = Dataset.<Dataset>findByIdOptional(id).orElse(null);
        if (dataset == null || !sees(caller, dataset.status, dataset.producer)) {
            throw ProblemException.notFound("dataset " + id);
        }
        return dataset;
    }

    @Transactional
    public Dataset create(DatasetInput input, Caller caller) {
        requireSteward(input.producer(), caller, "describe datasets of");
        Dataset dataset = new Dataset();
        dataset.id = UUID.randomUUID();
        check(input, dataset.id);
        dataset.status = Status.DRAFT;
        dataset.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        dataset.createdBy = caller.name();
        apply(dataset, input);
        dataset.persist();
        em.flush();
        record(dataset, caller, "CREATED", null);
        return dataset;
    }

    @Transactional
    public Dataset update(UUID id, DatasetInput input, String ifMatch, Caller caller) {
        Dataset dataset = visible(id, caller);
        requireSteward(dataset.producer, caller, "change datasets of");
        ETags.check(ifMatch, ETags.of(dataset.id, dataset.rowVersion), "dataset " + id);
        if (!dataset.producer.equals(input.producer())) {
            throw ProblemException.invalid("producer", "must stay " + dataset.producer + ": a dataset keeps its producer");
        }
        if (!EnumSet.of(Status.DRAFT, Status.RETURNED, Status.PUBLISHED).contains(dataset.status)) {
            throw ProblemException.conflict("dataset " + id + " is " + dataset.status
                    + ": it can be changed as a draft, when returned, or once published");
        }
        check(input, dataset.id);
        apply(dataset, input);
        em.flush();
        record(dataset, caller, "CHANGED", null);
        if (dataset.status == Status.PUBLISHED) {
            announce(DatasetEvents.CHANGED, dataset);
        }
        return dataset;
    }

    @Transactional
    public Dataset submit(UUID id, String ifMatch, Caller caller) {
        Dataset dataset = visible(id, caller);
        requireSteward(dataset.producer, caller, "submit datasets of");
        return step(dataset, ifMatch, caller, "submitted", EnumSet.of(Status.DRAFT, Status.RETURNED), Status.SUBMITTED,
                "SUBMITTED", null);
    }

    @Transactional
    public Dataset verify(UUID id, String ifMatch, Caller caller) {
        Dataset dataset = visible(id, caller);
        requireWalidata(caller);
        return step(dataset, ifMatch, caller, "verified", EnumSet.of(Status.SUBMITTED), Status.VERIFIED, "VERIFIED", null);
    }

    @Transactional
    public Dataset giveBack(UUID id, List<String> reasons, String ifMatch, Caller caller) {
        Dataset dataset = visible(id, caller);
        requireWalidata(caller);
        return step(dataset, ifMatch, caller, "returned", EnumSet.of(Status.SUBMITTED), Status.RETURNED, "RETURNED",
                reasons);
    }

    @Transactional
    public Dataset publish(UUID id, String ifMatch, Caller caller) {
        Dataset dataset = visible(id, caller);
        requireWalidata(caller);
        step(dataset, ifMatch, caller, "published", EnumSet.of(Status.VERIFIED), Status.PUBLISHED, "PUBLISHED", null);
        dataset.publishedAt = dataset.updatedAt;
        announce(DatasetEvents.PUBLISHED, dataset);
        return dataset;
    }

    @Transactional
    public Dataset retire(UUID id, String ifMatch, Caller caller) {
        Dataset dataset = visible(id, caller);
        if (!caller.is(Roles.ADMIN) && !caller.is(Roles.WALIDATA) && !caller.stewardOf(dataset.producer)) {
            throw new ForbiddenException("only the producer's data stewards, a walidata or an administrator retire a dataset");
        }
        step(dataset, ifMatch, caller, "retired", EnumSet.of(Status.PUBLISHED), Status.RETIRED, "RETIRED", null);
        announce(DatasetEvents.RETIRED, dataset);
        return dataset;
    }

    /**
     * Retires a dataset whatever step of the flow it is in, saying why (a harvest whose source no longer has it): the
     * reason is in its history, and a published one's retirement is announced.
     */
    @Transactional
    public Dataset withdraw(UUID id, String reason, Caller caller) {
        Dataset dataset = Dataset.findById(id);
        if (dataset == null) {
            throw ProblemException.notFound("no dataset " + id);
        }
        requireSteward(dataset.producer, caller, "withdraw datasets of");
        boolean published = dataset.status == Status.PUBLISHED;
        dataset.move("withdrawn", EnumSet.complementOf(EnumSet.of(Status.RETIRED)), Status.RETIRED);
        dataset.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.flush();
        record(dataset, caller, "WITHDRAWN", List.of(reason));
        if (published) {
            announce(DatasetEvents.RETIRED, dataset);
        }
        return dataset;
    }

    public List<HistoryEntry> history(UUID id, Caller caller) {
        Dataset dataset = visible(id, caller);
        List<HistoryEntry> latest = new ArrayList<>(DatasetHistory.<DatasetHistory>find("datasetId = ?1 order by id desc",
                dataset.id).page(0, DatasetRecords.HISTORY_MAX).list().stream()
                .map(h -> new HistoryEntry(h.at, h.actor, h.action, h.status,
                        h.reasons == null ? null : Arrays.asList(h.reasons), h.snapshot))
                .toList());
        Collections.reverse(latest);
        return latest;
    }

    private Dataset step(Dataset dataset, String ifMatch, Caller caller, String step, Set<Status> from, Status to,
            String action, List<String> reasons) {
        ETags.check(ifMatch, ETags.of(dataset.id, dataset.rowVersion), "dataset " + dataset.id);
        dataset.move(step, from, to);
        dataset.returnReasons = reasons == null ? (to == Status.SUBMITTED ? null : dataset.returnReasons)
                : reasons.toArray(String[]::new);
        dataset.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.flush();
        record(dataset, caller, action, reasons);
        return dataset;
    }

    /** 403 unless the caller is a data steward of the producer (or an administrator). */
    public static void requireSteward(String producer, Caller caller, String what) {
        if (!caller.is(Roles.ADMIN) && !caller.stewardOf(producer)) {
            throw new ForbiddenException("only data stewards of " + producer + " " + what + " it"
                    + (caller.org() == null ? "" : "; you are of " + caller.org()));
        }
    }

    private static void requireWalidata(Caller caller) {
        if (!caller.is(Roles.WALIDATA) && !caller.is(Roles.ADMIN)) {
            throw new ForbiddenException("only a walidata verifies, returns and publishes datasets");
        }
    }

    /**
     * What Bean Validation cannot see: the identifier is the producer's and free, the producer exists, the region is
     * a BPS code, the years are in order.
     *
     * <p>An identifier starts with its producer's code in lower case ({@code bps-sakernas}): identifiers stay unique in
     * the catalog, and since only a producer's stewards write its datasets, a taken identifier (409) can only be one
     * of the caller's own organisation: no one learns of another organisation's drafts by trying names.
     */
    private void check(DatasetInput input, UUID self) {
        if (input.identifier() != null && input.producer() != null
                && !input.identifier().startsWith(identifierPrefix(input.producer()))) {
            throw ProblemException.fields(ProblemType.UNPROCESSABLE, List.of(new Problem.FieldError("identifier",
                    "must start with '" + identifierPrefix(input.producer())
                            + "', the producer's code in lower case (identifiers are unique per producer)")));
        }
        if (input.identifier() != null && Dataset.count("identifier = ?1 and id <> ?2", input.identifier(), self) > 0) {
            throw ProblemException.conflict("another dataset of " + input.producer() + " is already called "
                    + input.identifier());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.producer() != null && Organization.findByIdOptional(input.producer()).isEmpty()) {
            errors.add(new Problem.FieldError("producer", "no organisation " + input.producer()
                    + " is registered (GET /api/v1/organizations)"));
        }
        regions.problemWith(input.regionCode()).ifPresent(p -> errors.add(new Problem.FieldError("regionCode", p)));
        TemporalCoverage t = input.temporalCoverage();
        if (t != null && t.start() != null && t.end() != null && t.end() < t.start()) {
            errors.add(new Problem.FieldError("temporalCoverage.end", "must not be before the start"));
        }
        if (t != null && t.latest() != null && (t.start() != null && t.latest() < t.start()
                || t.end() != null && t.latest() > t.end())) {
            errors.add(new Problem.FieldError("temporalCoverage.latest", "must be within the start and the end"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.fields(ProblemType.UNPROCESSABLE, errors);
        }
    }

    /** The start every identifier of a producer's datasets has: its code in lower case and a hyphen. */
    public static String identifierPrefix(String producer) {
        return producer.toLowerCase(java.util.Locale.ROOT) + "-";
    }

    private static void apply(Dataset d, DatasetInput input) {
        d.identifier = input.identifier();
        d.producer = input.producer();
        d.titleId = input.title().id();
        d.titleEn = input.title().en();
        d.descriptionId = input.description().id();
        d.descriptionEn = input.description().en();
        d.sourceType = input.sourceType();
        d.periodicity = input.periodicity();
        d.releaseLagDays = input.releaseLagDays();
        d.topics = distinct(input.topics()).toArray(String[]::new);
        d.gcmObjectives = distinct(input.gcmObjectives()).stream().sorted().toArray(Integer[]::new);
        d.mgiDomains = distinct(input.mgiDomains()).stream().sorted().toArray(String[]::new);
        d.temporalStart = input.temporalCoverage() == null ? null : input.temporalCoverage().start();
        d.temporalEnd = input.temporalCoverage() == null ? null : input.temporalCoverage().end();
        d.temporalLatest = input.temporalCoverage() == null ? null : input.temporalCoverage().latest();
        d.geographicLevel = input.geographicLevel();
        d.regionCode = input.regionCode();
        d.disaggregations = distinct(input.disaggregations()).stream().map(Enum::name).toArray(String[]::new);
        d.access = input.access();
        d.licence = input.licence();
        d.licenceId = input.licenceId();
        d.contactName = input.contact() == null ? null : input.contact().name();
        d.contactEmail = input.contact() == null ? null : input.contact().email();
        d.distributions = input.distributions() == null ? List.of() : List.copyOf(input.distributions());
        d.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }

    private void record(Dataset dataset, Caller caller, String action, List<String> reasons) {
        DatasetHistory entry = new DatasetHistory();
        entry.datasetId = dataset.id;
        entry.at = dataset.updatedAt;
        entry.actor = caller.name();
        entry.action = action;
        entry.status = dataset.status;
        entry.reasons = reasons == null ? null : reasons.toArray(String[]::new);
        entry.snapshot = view(dataset);
        entry.persist();
    }

    private void announce(EventType<DatasetSummary> type, Dataset d) {
        outbox.record(type, d.id.toString(), new DatasetSummary(d.id.toString(), d.status.name(), d.producer,
                new Label(d.titleId, d.titleEn), d.sourceType.name(), d.periodicity.name(),
                Arrays.asList(d.gcmObjectives), Arrays.asList(d.mgiDomains), Arrays.asList(d.disaggregations),
                d.access.name()));
    }

    public static DatasetView view(Dataset d) {
        return new DatasetView(d.id, d.identifier, d.status, new id.sdmi.web.Label(d.titleId, d.titleEn),
                new id.sdmi.web.Label(d.descriptionId, d.descriptionEn), d.producer, d.sourceType, d.periodicity,
                d.releaseLagDays, Arrays.asList(d.topics), Arrays.asList(d.gcmObjectives), Arrays.asList(d.mgiDomains),
                d.temporalStart == null && d.temporalEnd == null && d.temporalLatest == null ? null
                        : new TemporalCoverage(d.temporalStart, d.temporalEnd, d.temporalLatest),
                d.geographicLevel, d.regionCode,
                Arrays.stream(d.disaggregations).map(Disaggregation::valueOf).toList(), d.access, d.licence, d.licenceId,
                d.contactName == null && d.contactEmail == null ? null : new Contact(d.contactName, d.contactEmail),
                d.distributions, d.returnReasons == null ? null : Arrays.asList(d.returnReasons), d.createdAt,
                d.updatedAt, d.publishedAt, d.citations);
    }
}
