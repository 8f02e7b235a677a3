package id.sdmi.catalog.harvest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One replica harvests a source at a time: a lease row per source in the database, taken when free or expired,
 * renewed while the job runs and given back when it ends. A row, not a session lock, so it survives the connection
 * pool; and it expires, so a replica that died frees its sources by itself. Each method runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class HarvestLease {

    private final EntityManager em;
    private final Duration ttl;

    public HarvestLease(EntityManager em,
            @ConfigProperty(name = "sdmi.harvest.lease", defaultValue = "3m") Duration ttl) {
        this.em = em;
        this.ttl = ttl;
    }

    Duration ttl() {
        return ttl;
    }

    /** True when {@code holder} now holds the source's lease (it was free, expired, or already its own). */
    boolean acquire(UUID source, String holder) {
        return em.createNativeQuery("""
                INSERT INTO harvest_lease (source_id, holder, expires_at) VALUES (?1, ?2, now() + make_interval(secs => ?3))
                ON CONFLICT (source_id) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
                WHERE harvest_lease.expires_at < now() OR harvest_lease.holder = EXCLUDED.holder""")
                .setParameter(1, source).setParameter(2, holder).setParameter(3, (double) ttl.toSeconds())
                .executeUpdate() == 1;
    }

    /** Extends the lease; false when {@code holder} no longer holds it. */
    boolean renew(UUID source, String holder) {
        return em.createNativeQuery("""
                UPDATE harvest_lease SET expires_at = now() + make_interval(secs => ?3)
                WHERE source_id = ?1 AND holder = ?2""")
                .setParameter(1, source).setParameter(2, holder).setParameter(3, (double) ttl.toSeconds())
                .executeUpdate() == 1;
    }

    void release(UUID source, String holder) {
        em.createNativeQuery("DELETE FROM harvest_lease WHERE source_id = ?1 AND holder = ?2")
                .setParameter(1, source).setParameter(2, holder).executeUpdate();
    }
}
