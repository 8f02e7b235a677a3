package id.sdmi.events.inbox;

import id.sdmi.events.CloudEvent;
import id.sdmi.events.CloudEventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Remembers, in the consumer's own transaction, which events it has processed, so that a redelivered event
 * changes nothing. Two instances racing on one event serialise on the primary key: the second sees it taken.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager em;
    private final CloudEventCodec codec;

    public Inbox(EntityManager em, CloudEventCodec codec) {
        this.em = em;
        this.codec = codec;
    }

    /**
     * Reads the event in {@code message} and returns it the first time {@code consumer} sees it; empty for a
     * redelivery. A message that is not a readable event throws, which fails it (the connector moves it to the
     * consumer's dead-letter topic).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CloudEvent> receive(String consumer, String message) {
        CloudEvent event = codec.read(message);
        if (firstDelivery(consumer, event)) {
            LOG.infof("%s: applying %s %s of %s", consumer, event.type(), event.id(), event.subject());
            return Optional.of(event);
        }
        LOG.debugf("%s: event %s seen before; skipped", consumer, event.id());
        return Optional.empty();
    }

    /** Returns true the first time {@code consumer} sees {@code event}; false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, CloudEvent event) {
        return em.createNativeQuery("""
                INSERT INTO inbox_event (consumer, event_id, event_type) VALUES (?1, ?2, ?3)
                ON CONFLICT (consumer, event_id) DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate() == 1;
    }
}
