package id.sdmi.events.outbox;

import id.sdmi.events.CloudEvent;
import id.sdmi.events.CloudEventCodec;
import id.sdmi.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Records an event in the caller's transaction: it is published if, and only if, the caller's change commits.
 * The {@link OutboxRelay} moves it to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    private static final String NUDGE_REGISTERED = Outbox.class.getName() + ".nudge";

    private final EntityManager em;
    private final CloudEventCodec codec;
    private final OutboxConfig config;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    public Outbox(EntityManager em, CloudEventCodec codec, OutboxConfig config, OutboxRelay relay,
            TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.codec = codec;
        this.config = config;
        this.relay = relay;
        this.transactions = transactions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent record(EventType<T> type, String aggregateId, T data) {
        CloudEvent event = codec.envelope(type, config.source(), aggregateId, data);
        // the upsert locks the aggregate's counter until commit: concurrent writers of one aggregate queue here
        long seq = ((Number) em.createNativeQuery("""
                INSERT INTO outbox_aggregate (aggregate_type, aggregate_id, last_seq) VALUES (?1, ?2, 1)
                ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE SET last_seq = outbox_aggregate.last_seq + 1
                RETURNING last_seq""")
                .setParameter(1, type.aggregateType())
                .setParameter(2, aggregateId)
                .getSingleResult()).longValue();
        em.createNativeQuery("""
                INSERT INTO outbox_event (event_id, event_type, topic, aggregate_type, aggregate_id, aggregate_seq,
                    envelope, traceparent) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, UUID.fromString(event.id()))
                .setParameter(2, type.name())
                .setParameter(3, type.topic())
                .setParameter(4, type.aggregateType())
                .setParameter(5, aggregateId)
                .setParameter(6, seq)
                .setParameter(7, codec.write(event))
                .setParameter(8, event.traceparent())
                .executeUpdate();
        nudgeRelayAfterCommit();
        return event;
    }

    private void nudgeRelayAfterCommit() {
        if (transactions.getResource(NUDGE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(NUDGE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.nudge();
                }
            }
        });
    }
}
