package id.sdmi.events.inbox;

import id.sdmi.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers, in the consumer's own transaction, which events it has processed, so that a redelivered event
 * changes nothing. Two instances racing on one event serialise on the primary key: the second sees it taken.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
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
