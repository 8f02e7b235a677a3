package id.sdmi.assessment.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A framework of indicator-service, as this service learned it from the catalog events (a replica). */
@Entity
@Table(name = "catalog_framework")
public class CatalogFramework extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String level;

    @Column(name = "name_id", nullable = false)
    public String nameId;

    @Column(name = "name_en")
    public String nameEn;

    /** The event that told us last. */
    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "learned_at", nullable = false)
    public OffsetDateTime learnedAt;
}
