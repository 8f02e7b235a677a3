package id.sdmi.catalog.harvest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.catalog.Caller;
import id.sdmi.catalog.Roles;
import id.sdmi.catalog.dataset.Dataset;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.dataset.DatasetRecords.DatasetInput;
import id.sdmi.catalog.dataset.DatasetService;
import id.sdmi.catalog.harvest.HarvestJob.State;
import id.sdmi.catalog.harvest.HarvestMapping.Harvested;
import id.sdmi.catalog.harvest.SafeFetcher.FetchException;
import id.sdmi.web.Problem.FieldError;
import id.sdmi.web.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs one harvest job: reads the source's whole listing, makes each record a dataset of the source's producer (new,
 * changed or unchanged, each in a transaction of its own, so one bad record spoils nothing else), records an error
 * per record that failed, and once the listing is known complete withdraws what the source no longer has. Datasets
 * enter the Satu Data Indonesia flow (submitted, for the walidata to verify) unless the source is trusted; a dataset
 * changed in the NSDR since it was harvested is not overwritten, and the job says so.
 */
@ApplicationScoped
public class Harvester {

    private static final Logger LOG = Logger.getLogger(Harvester.class);

    private final SafeFetcher fetcher;
    private final ObjectMapper json;
    private final DatasetService datasets;
    private final Validator validator;
    private final EntityManager em;
    private final HarvestLease lease;
    private final int ckanRows;
    private final double maxWithdrawShare;

    public Harvester(SafeFetcher fetcher, ObjectMapper json, DatasetService datasets, Validator validator,
            EntityManager em, HarvestLease lease,
            @ConfigProperty(name = "sdmi.harvest.ckan-rows", defaultValue = "100") int ckanRows,
            @ConfigProperty(name = "sdmi.harvest.max-withdraw-share", defaultValue = "0.5") double maxWithdrawShare) {
        this.fetcher = fetcher;
        this.json = json;
        this.datasets = datasets;
        this.validator = validator;
        this.em = em;
        this.lease = lease;
        this.ckanRows = ckanRows;
        this.maxWithdrawShare = maxWithdrawShare;
    }

    /** What became of one record. */
    enum Outcome { CREATED, UPDATED, UNCHANGED, FAILED }

    /** Runs a job this process has claimed (its state RUNNING, the source's lease held by {@code holder}). */
    void run(UUID jobId, String holder) {
        HarvestJob job = QuarkusTransaction.requiringNew().call(() -> HarvestJob.findById(jobId));
        HarvestSource source = QuarkusTransaction.requiringNew().call(() -> HarvestSource.findById(job.sourceId));
        Caller caller = new Caller("harvester:" + source.id, source.organization, source.trusted
                ? Set.of(Roles.DATA_STEWARD, Roles.WALIDATA) : Set.of(Roles.DATA_STEWARD));
        SourceReader reader = source.kind == HarvestSource.Kind.CKAN
                ? new SourceReader.Ckan(fetcher, json, source.url, source.filter, ckanRows, source.organization)
                : new SourceReader.Dcat(fetcher, source.url, source.organization);
        int[] counts = new int[5];
        int errors = 0;
        try {
            for (List<Harvested> page; (page = reader.next()) != null; ) {
                for (Harvested record : page) {
                    if (cancelled(jobId, holder)) {
                        finish(jobId, holder, State.CANCELLED, counts, "cancelled; nothing was withdrawn");
                        return;
                    }
                    List<FieldError> problems = new ArrayList<>();
                    Outcome outcome = apply(source, jobId, record, caller, problems);
                    counts[outcome.ordinal()]++;
                    for (FieldError problem : problems) {
                        error(jobId, errors++, record.sourceRecord(), problem);
                    }
                }
                progress(jobId, holder, counts);
            }
            String message = null;
            if (reader.incomplete != null) {
                error(jobId, errors++, source.url, new FieldError("paging", reader.incomplete
                        + "; the listing may be incomplete, so nothing was withdrawn"));
                message = "the listing may be incomplete (" + reader.incomplete + "): nothing was withdrawn";
            } else {
                String held = withdraw(source, jobId, caller, counts);
                if (held != null) {
                    error(jobId, errors++, source.url, new FieldError("withdrawal", held));
                    message = held;
                }
            }
            finish(jobId, holder, State.SUCCEEDED, counts, message);
        } catch (FetchException e) {
            finish(jobId, holder, State.FAILED, counts, "the source could not be read: " + e.getMessage()
                    + "; nothing was withdrawn");
        } catch (RuntimeException e) {
            LOG.errorf(e, "Harvest job %s of source %s failed", jobId, source.id);
            finish(jobId, holder, State.FAILED, counts, "the harvest stopped on a fault of the platform ("
                    + e.getClass().getSimpleName() + "); nothing was withdrawn");
        }
    }

    /** One record, in a transaction of its own. */
    Outcome apply(HarvestSource source, UUID jobId, Harvested record, Caller caller, List<FieldError> problems) {
        if (!record.errors().isEmpty() || record.input() == null) {
            problems.addAll(record.errors());
            seen(source.id, record.sourceRecord(), jobId);
            return Outcome.FAILED;
        }
        for (ConstraintViolation<DatasetInput> v : validator.validate(record.input())) {
            problems.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (!problems.isEmpty()) {
            seen(source.id, record.sourceRecord(), jobId);
            return Outcome.FAILED;
        }
        String hash = hash(record.input());
        try {
            return QuarkusTransaction.requiringNew().call(() -> applyNow(source, jobId, record, caller, hash, problems));
        } catch (ProblemException e) {
            if (e.problem().errors() != null && !e.problem().errors().isEmpty()) {
                problems.addAll(e.problem().errors());
            } else {
                problems.add(new FieldError(null, e.problem().detail()));
            }
            seen(source.id, record.sourceRecord(), jobId);
            return Outcome.FAILED;
        }
    }

    private Outcome applyNow(HarvestSource source, UUID jobId, Harvested record, Caller caller, String hash,
            List<FieldError> problems) {
        Object[] known = knownRecord(source.id, record.sourceRecord());
        if (known == null) {
            DatasetInput input = withIdentifier(record.input(), uniqueIdentifier(HarvestMapping.identifier(
                    source.organization, record.name())));
            Dataset d = datasets.create(input, caller);
            d = datasets.submit(d.id, null, caller);
            if (source.trusted) {
                datasets.verify(d.id, null, caller);
                d = datasets.publish(d.id, null, caller);
            }
            em.flush();
            remember(source.id, record.sourceRecord(), d, hash, jobId, true);
            return Outcome.CREATED;
        }
        Dataset d = Dataset.findById(known[0]);
        seen(source.id, record.sourceRecord(), jobId);
        if (d.status == Status.RETIRED) {
            problems.add(new FieldError(null, "dataset " + d.identifier + " was retired in the NSDR; the source still "
                    + "has it, but it is not brought back without a person's decision"));
            return Outcome.FAILED;
        }
        if (!stored(d).equals(known[2])) {
            problems.add(new FieldError(null, "dataset " + d.identifier + " was changed in the NSDR since it was "
                    + "harvested: the source's version is not written over that change"));
            return Outcome.FAILED;
        }
        if (hash.equals(known[1])) {
            return Outcome.UNCHANGED;
        }
        if (d.status == Status.SUBMITTED || d.status == Status.VERIFIED) {
            problems.add(new FieldError(null, "dataset " + d.identifier + " waits for the walidata (" + d.status
                    + "): the source's change is taken by a harvest after that"));
            return Outcome.FAILED;
        }
        d = datasets.update(d.id, withIdentifier(record.input(), d.identifier), null, caller);
        if (d.status == Status.DRAFT || d.status == Status.RETURNED) {
            d = datasets.submit(d.id, null, caller);
            if (source.trusted) {
                datasets.verify(d.id, null, caller);
                d = datasets.publish(d.id, null, caller);
            }
        }
        em.flush();
        remember(source.id, record.sourceRecord(), d, hash, jobId, false);
        return Outcome.UPDATED;
    }

    /**
     * Withdraws the datasets of this source that its complete listing no longer has; held back (and said why) when
     * that would be more than {@code max-withdraw-share} of them, as a broken source more likely lists too little.
     */
    private String withdraw(HarvestSource source, UUID jobId, Caller caller, int[] counts) {
        @SuppressWarnings("unchecked")
        List<Object[]> gone = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT r.dataset_id, r.source_record FROM harvest_record r JOIN dataset d ON d.id = r.dataset_id
                WHERE r.source_id = ?1 AND r.last_seen_job <> ?2 AND d.status <> 'RETIRED'""")
                .setParameter(1, source.id).setParameter(2, jobId).getResultList());
        long kept = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                SELECT count(*) FROM harvest_record r JOIN dataset d ON d.id = r.dataset_id
                WHERE r.source_id = ?1 AND d.status <> 'RETIRED'""").setParameter(1, source.id).getSingleResult())
                .longValue());
        if (gone.isEmpty()) {
            return null;
        }
        if (gone.size() > maxWithdrawShare * kept) {
            return gone.size() + " of the " + kept + " datasets of this source are no longer listed: more than "
                    + Math.round(maxWithdrawShare * 100) + "%, so none was withdrawn (check the source; a later "
                    + "complete harvest withdraws them)";
        }
        for (Object[] row : gone) {
            QuarkusTransaction.requiringNew().run(() -> datasets.withdraw((UUID) row[0], "withdrawn: no longer at "
                    + source.url + " (harvest job " + jobId + ")", caller));
            counts[4]++;
        }
        return null;
    }

    private Object[] knownRecord(UUID source, String record) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT dataset_id, content_hash, stored_hash FROM harvest_record
                WHERE source_id = ?1 AND source_record = ?2""").setParameter(1, source).setParameter(2, record)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void remember(UUID source, String record, Dataset d, String hash, UUID jobId, boolean created) {
        em.createNativeQuery(created ? """
                INSERT INTO harvest_record (source_id, source_record, dataset_id, content_hash, stored_hash,
                    last_seen_job) VALUES (?1, ?2, ?3, ?4, ?5, ?6)""" : """
                UPDATE harvest_record SET dataset_id = ?3, content_hash = ?4, stored_hash = ?5, last_seen_job = ?6
                WHERE source_id = ?1 AND source_record = ?2""")
                .setParameter(1, source).setParameter(2, record).setParameter(3, d.id).setParameter(4, hash)
                .setParameter(5, stored(d)).setParameter(6, jobId).executeUpdate();
    }

    private void seen(UUID source, String record, UUID jobId) {
        QuarkusTransaction.joiningExisting().run(() -> em.createNativeQuery(
                "UPDATE harvest_record SET last_seen_job = ?3 WHERE source_id = ?1 AND source_record = ?2")
                .setParameter(1, source).setParameter(2, record).setParameter(3, jobId).executeUpdate());
    }

    private static String uniqueIdentifier(String wanted) {
        String identifier = wanted;
        for (int n = 2; Dataset.count("identifier", identifier) > 0; n++) {
            identifier = wanted + "-" + n;
        }
        return identifier;
    }

    private static DatasetInput withIdentifier(DatasetInput i, String identifier) {
        return new DatasetInput(identifier, i.title(), i.description(), i.producer(), i.sourceType(), i.periodicity(),
                i.releaseLagDays(), i.topics(), i.gcmObjectives(), i.mgiDomains(), i.temporalCoverage(),
                i.geographicLevel(), i.regionCode(), i.disaggregations(), i.access(), i.licence(), i.licenceId(),
                i.contact(), i.distributions());
    }

    /** The dataset's metadata as stored (not its place in the flow): what a change in the NSDR changes. */
    private String stored(Dataset d) {
        return hash(HarvestMapping.asInput(DatasetService.view(d)));
    }

    private String hash(DatasetInput input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(input)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean cancelled(UUID jobId, String holder) {
        return QuarkusTransaction.requiringNew().call(() -> {
            HarvestJob job = HarvestJob.findById(jobId);
            job.heartbeatAt = OffsetDateTime.now(ZoneOffset.UTC);
            // a lease lost (taken over after this process was thought dead) stops the job as a cancel does
            return !lease.renew(job.sourceId, holder) || job.cancelRequested || job.state != State.RUNNING;
        });
    }

    private void progress(UUID jobId, String holder, int[] counts) {
        QuarkusTransaction.requiringNew().run(() -> {
            HarvestJob job = HarvestJob.findById(jobId);
            count(job, counts);
            job.heartbeatAt = OffsetDateTime.now(ZoneOffset.UTC);
            lease.renew(job.sourceId, holder);
        });
    }

    private void finish(UUID jobId, String holder, State state, int[] counts, String message) {
        QuarkusTransaction.requiringNew().run(() -> {
            HarvestJob job = HarvestJob.findById(jobId);
            count(job, counts);
            if (job.state == State.RUNNING) {
                job.state = state;
                job.message = message;
            }
            job.finishedAt = job.finishedAt == null ? OffsetDateTime.now(ZoneOffset.UTC) : job.finishedAt;
            lease.release(job.sourceId, holder);
        });
        LOG.infof("Harvest job %s: %s, created %d, updated %d, unchanged %d, failed %d, withdrawn %d", jobId, state,
                counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private static void count(HarvestJob job, int[] counts) {
        job.created = counts[0];
        job.updated = counts[1];
        job.unchanged = counts[2];
        job.failed = counts[3];
        job.withdrawn = counts[4];
    }

    private void error(UUID jobId, int position, String record, FieldError problem) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO harvest_job_error (job_id, position, source_record, field, reason) VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, jobId).setParameter(2, position).setParameter(3, record == null ? "?" : record)
                .setParameter(4, problem.field()).setParameter(5, problem.message()).executeUpdate());
    }
}
