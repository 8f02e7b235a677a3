package id.sdmi.catalog.harvest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A producer's portal the NSDR harvests: a CKAN API or a DCAT catalog. */
@Entity
@Table(name = "harvest_source")
public class HarvestSource extends PanacheEntityBase {

    /** What a source speaks. */
    public enum Kind { CKAN, DCAT }

    @Id
    public UUID id;

    /** The producer whose datasets it holds (they enter the NSDR under it). */
    @Column(nullable = false)
    public String organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String title;

    /** CKAN only: a filter query (fq) limiting what is harvested. */
    public String filter;

    /** Its datasets are published at once; otherwise they wait for the walidata's verification. */
    public boolean trusted;

    public boolean enabled;

    @Column(name = "every_hours", nullable = false)
    public int everyHours;

    @Column(name = "next_run_at")
    public OffsetDateTime nextRunAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Version
    @Column(name = "row_version")
    public int rowVersion;
}
