package id.sdmi.events.outbox;

import id.sdmi.events.Tracing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import io.smallrye.context.api.ManagedExecutorConfig;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka, at least once and in order per aggregate.
 *
 * <p>Several instances of a service may relay at once: each takes a batch of rows with
 * {@code FOR UPDATE SKIP LOCKED}, and publishes a row only when no earlier unsent row of its aggregate is held
 * by another instance. Rows are marked sent in the same transaction, after Kafka acknowledged them
 * ({@code acks=all}, idempotent producer, configured on the {@code outbox} channel). While Kafka is away the
 * relay backs off and retries; a row Kafka refuses for good (too large, invalid topic) is parked, counted in
 * {@code sdmi_outbox_parked_total} and logged, and the rest go on.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager em;
    private final OutboxSender sender;
    private final OutboxConfig config;
    private final Counter published;
    private final Counter parked;

    private final ManagedExecutor executor;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    private Duration backoff;
    private Instant pausedUntil = Instant.MIN;

    public OutboxRelay(EntityManager em, OutboxSender sender, OutboxConfig config, MeterRegistry registry,
            // nothing of the committing request goes with the nudged relay (its context, its trace): the relay must
            // never hold the request's answer while it waits for Kafka
            @ManagedExecutorConfig(propagated = {}, cleared = ThreadContext.ALL_REMAINING)
            ManagedExecutor executor) {
        this.em = em;
        this.sender = sender;
        this.config = config;
        this.executor = executor;
        this.backoff = config.initialBackoff();
        this.published = Counter.builder("sdmi.outbox.published")
                .description("Events the outbox relay published to Kafka").register(registry);
        this.parked = Counter.builder("sdmi.outbox.parked")
                .description("Events parked because Kafka refuses them for good").register(registry);
    }

    /** Called after a transaction that recorded events commits, so they leave at once rather than at the next poll. */
    public void nudge() {
        wanted.set(true);
        executor.execute(this::drain);
    }

    /**
     * Relays what is pending now. The scheduler calls it: the poll catches what a nudge missed (events of another
     * instance, or of a time Kafka was away).
     */
    @Scheduled(every = "${sdmi.outbox.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void poll() {
        wanted.set(true);
        drain();
    }

    /** One relay loop at a time per instance; a nudge during a loop makes it go round once more. */
    private void drain() {
        while (wanted.get() && running.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                relayPending();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Outbox relay failed; it tries again at the next poll");
            } finally {
                running.set(false);
            }
        }
    }

    private void relayPending() {
        if (Instant.now().isBefore(pausedUntil)) {
            return;
        }
        BatchResult result;
        do {
            result = QuarkusTransaction.requiringNew().call(this::relayBatch);
        } while (result.full() && result.sent() > 0 && !result.mustWait()); // a full batch held up elsewhere waits
        if (result.mustWait()) {
            pausedUntil = Instant.now().plus(backoff);
            LOG.warnf("Kafka did not take %d event(s): %s; retrying in %s", result.failed(), result.lastError(), backoff);
            backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff.multipliedBy(2);
        } else {
            backoff = config.initialBackoff();
        }
    }

    /** Relays one batch; returns whether it was full, how many left, and whether Kafka failed us. */
    BatchResult relayBatch() {
        List<PendingEvent> batch = lockBatch();
        List<PendingEvent> eligible = new ArrayList<>();
        for (PendingEvent event : batch) {
            if (event.blockedFrom() == null || event.aggregateSeq() < event.blockedFrom()) {
                eligible.add(event);
            }
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(eligible.size());
        for (PendingEvent event : eligible) {
            // within the trace of the write that recorded it: this line and the Kafka record carry its trace id
            try (Scope scope = Tracing.parent(event.traceparent()).makeCurrent()) {
                LOG.infof("Publishing %s %s of %s %s to %s", event.eventType(), event.eventId(), event.aggregateType(),
                        event.aggregateId(), event.topic());
                acks.add(sender.send(event.topic(), event.aggregateId(), event.envelope()));
            }
        }
        awaitAll(acks);

        List<Long> sent = new ArrayList<>();
        int failed = 0;
        String lastError = null;
        String stoppedAggregate = null;
        for (int i = 0; i < eligible.size(); i++) {
            PendingEvent event = eligible.get(i);
            if (event.aggregateKey().equals(stoppedAggregate)) {
                continue; // keep the aggregate's order: nothing after a failed event counts as sent
            }
            Throwable error = errorOf(acks.get(i));
            if (error == null) {
                sent.add(event.id());
                continue;
            }
            failed++;
            lastError = describe(error);
            if (park(event, error)) {
                parked.increment();
                LOG.errorf("Parked event %s (%s) of %s after %d attempt(s): %s", event.eventId(), event.eventType(),
                        event.aggregateKey(), event.attempts() + 1, lastError);
            } else {
                stoppedAggregate = event.aggregateKey();
            }
        }
        if (!sent.isEmpty()) {
            em.createNativeQuery("UPDATE outbox_event SET sent_at = now(), attempts = attempts + 1 WHERE id IN (:ids)")
                    .setParameter("ids", sent)
                    .executeUpdate();
            published.increment(sent.size());
        }
        return new BatchResult(batch.size() == config.batchSize(), sent.size(), stoppedAggregate != null, failed, lastError);
    }

    private List<PendingEvent> lockBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                WITH batch AS (
                    SELECT id FROM outbox_event
                    WHERE sent_at IS NULL AND parked_at IS NULL
                    ORDER BY id LIMIT ?1
                    FOR UPDATE SKIP LOCKED)
                SELECT e.id, e.event_id, e.event_type, e.topic, e.aggregate_type, e.aggregate_id, e.aggregate_seq,
                       e.envelope, e.attempts, e.traceparent,
                       (SELECT min(o.aggregate_seq) FROM outbox_event o
                         WHERE o.aggregate_type = e.aggregate_type AND o.aggregate_id = e.aggregate_id
                           AND o.sent_at IS NULL AND o.parked_at IS NULL
                           AND o.id NOT IN (SELECT id FROM batch)) AS blocked_from
                FROM outbox_event e JOIN batch b ON b.id = e.id
                ORDER BY e.aggregate_type, e.aggregate_id, e.aggregate_seq""")
                .setParameter(1, config.batchSize())
                .getResultList();
        return rows.stream().map(PendingEvent::of).toList();
    }

    private void awaitAll(List<CompletableFuture<Void>> acks) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // looked at per event below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Throwable errorOf(CompletableFuture<Void> ack) {
        if (!ack.isDone()) {
            return new TimeoutException("no acknowledgement from Kafka in time");
        }
        try {
            ack.getNow(null);
            return null;
        } catch (RuntimeException e) {
            return e.getCause() != null ? e.getCause() : e;
        }
    }

    /** Records the failed attempt; returns true when the event is parked for good. */
    private boolean park(PendingEvent event, Throwable error) {
        boolean parkIt = PublishFailure.of(error) == PublishFailure.REFUSED;
        em.createNativeQuery("""
                UPDATE outbox_event SET attempts = attempts + 1, last_error = ?2,
                       parked_at = CASE WHEN ?3 THEN now() END
                WHERE id = ?1""")
                .setParameter(1, event.id())
                .setParameter(2, describe(error))
                .setParameter(3, parkIt)
                .executeUpdate();
        return parkIt;
    }

    private static String describe(Throwable error) {
        return error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    record BatchResult(boolean full, int sent, boolean mustWait, int failed, String lastError) {
    }
}
