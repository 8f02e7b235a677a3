package id.sdmi.catalog.harvest;

import id.sdmi.catalog.harvest.HarvestJob.State;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * When harvests run, and where: sources due by their schedule get a job; waiting jobs are started here when this
 * replica wins their source's lease ({@link HarvestLease}); and a running job whose process stopped beating (it died)
 * is found and marked failed, at start and at every tick, so none stays "running".
 */
@ApplicationScoped
public class HarvestJobs {

    private static final Logger LOG = Logger.getLogger(HarvestJobs.class);

    /** This process, as the runner of its jobs and the holder of its leases. */
    final String runner = "harvester-" + UUID.randomUUID();

    private final EntityManager em;
    private final HarvestLease lease;
    private final Harvester harvester;
    private final int parallel;
    private final AtomicInteger running = new AtomicInteger();
    private final ExecutorService pool;
    private final boolean enabled;

    public HarvestJobs(EntityManager em, HarvestLease lease, Harvester harvester,
            @ConfigProperty(name = "sdmi.harvest.parallel", defaultValue = "2") int parallel,
            @ConfigProperty(name = "sdmi.harvest.enabled", defaultValue = "true") boolean enabled) {
        this.em = em;
        this.lease = lease;
        this.harvester = harvester;
        this.parallel = parallel;
        this.enabled = enabled;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(parallel + 1, r -> {
            Thread t = new Thread(r, "harvest-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void started(@Observes StartupEvent event) {
        int failed = sweep();
        if (failed > 0) {
            LOG.warnf("Marked %d harvest jobs failed whose process had stopped", failed);
        }
    }

    void stopping(@Observes ShutdownEvent event) throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Scheduled(every = "${sdmi.harvest.tick:15s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!enabled) {
            return;
        }
        sweep();
        enqueueDue();
        startWaiting();
    }

    /** Starts waiting jobs soon, without waiting for the next tick (a manual run). */
    void kick() {
        if (enabled) {
            pool.submit(this::startWaiting);
        }
    }

    /** Jobs RUNNING whose heartbeat is older than a lease: failed, saying when their process was last heard of. */
    int sweep() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                UPDATE harvest_job SET state = 'FAILED', finished_at = now(), message = 'the process running it ('
                    || coalesce(runner, '?') || ') stopped: last heard of at ' || to_char(heartbeat_at AT TIME ZONE 'UTC',
                    'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '; nothing was withdrawn'
                WHERE state = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => ?1)""")
                .setParameter(1, (double) lease.ttl().toSeconds()).executeUpdate());
    }

    /** A job for each enabled source whose time has come (and none waiting or running). */
    void enqueueDue() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<HarvestSource> due = HarvestSource.list("enabled = true and nextRunAt <= ?1",
                    OffsetDateTime.now(ZoneOffset.UTC));
            for (HarvestSource source : due) {
                source.nextRunAt = OffsetDateTime.now(ZoneOffset.UTC).plusHours(source.everyHours);
                em.createNativeQuery("""
                        INSERT INTO harvest_job (id, source_id, trigger, state, requested_by, created_at)
                        VALUES (?1, ?2, 'SCHEDULE', 'QUEUED', 'schedule', now()) ON CONFLICT DO NOTHING""")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, source.id).executeUpdate();
            }
        });
    }

    /** Starts waiting jobs, oldest first, as long as this replica has room and wins their source's lease. */
    void startWaiting() {
        // those whose source no replica holds: a job held up elsewhere does not keep the others waiting
        List<UUID> waiting = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT j.id FROM harvest_job j LEFT JOIN harvest_lease l ON l.source_id = j.source_id "
                        + "AND l.expires_at > now() WHERE j.state = 'QUEUED' AND l.source_id IS NULL "
                        + "ORDER BY j.created_at LIMIT 20", UUID.class)
                .getResultList());
        for (UUID job : waiting) {
            if (running.get() >= parallel) {
                return;
            }
            if (claim(job, runner)) {
                running.incrementAndGet();
                pool.submit(() -> {
                    try {
                        harvester.run(job, runner);
                    } finally {
                        running.decrementAndGet();
                        // the next waiting job now, not at the next tick
                        kick();
                    }
                });
            }
        }
    }

    /** True when {@code holder} took the job: its source's lease won and the job moved from QUEUED to RUNNING. */
    boolean claim(UUID job, String holder) {
        return QuarkusTransaction.requiringNew().call(() -> {
            HarvestJob j = HarvestJob.findById(job);
            if (j == null || j.state != State.QUEUED || !lease.acquire(j.sourceId, holder)) {
                return false;
            }
            int moved = em.createNativeQuery("""
                    UPDATE harvest_job SET state = 'RUNNING', runner = ?2, started_at = now(), heartbeat_at = now()
                    WHERE id = ?1 AND state = 'QUEUED'""").setParameter(1, job).setParameter(2, holder).executeUpdate();
            if (moved == 0) {
                lease.release(j.sourceId, holder);
            }
            return moved == 1;
        });
    }

    Duration lease() {
        return lease.ttl();
    }
}
