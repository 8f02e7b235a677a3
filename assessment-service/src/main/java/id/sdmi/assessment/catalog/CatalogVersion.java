package id.sdmi.assessment.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A published catalog version of indicator-service, as learned from its events: what assessments answer. */
@Entity
@Table(name = "catalog_version")
public class CatalogVersion extends PanacheEntityBase {

    public static final String PUBLISHED = "PUBLISHED";
    public static final String RETIRED = "RETIRED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String framework;

    @Column(nullable = false)
    public String version;

    @Column(nullable = false)
    public String level;

    @Column(nullable = false)
    public String status;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "learned_at", nullable = false)
    public OffsetDateTime learnedAt;

    public static Optional<CatalogVersion> find(String framework, String version) {
        return find("framework = ?1 and version = ?2", framework, version).firstResultOptional();
    }
}
