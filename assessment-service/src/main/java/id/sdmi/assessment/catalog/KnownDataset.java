package id.sdmi.assessment.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An NSDR dataset as learned from data-catalog-service's events: evidence may cite it unless it is retired. */
@Entity
@Table(name = "known_dataset")
public class KnownDataset extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String producer;

    @Column(name = "title_id", nullable = false)
    public String titleId;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "learned_at", nullable = false)
    public OffsetDateTime learnedAt;

    public boolean citable() {
        return !"RETIRED".equals(status);
    }
}
