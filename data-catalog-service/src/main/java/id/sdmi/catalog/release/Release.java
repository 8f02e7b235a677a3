package id.sdmi.catalog.release;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One release of a dataset: the period it covers and the day its data came out. */
@Entity
@Table(name = "dataset_release")
public class Release extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dataset_id", nullable = false, updatable = false)
    public UUID datasetId;

    @Column(nullable = false, updatable = false)
    public String period;

    @Column(name = "released_on", nullable = false)
    public LocalDate releasedOn;

    public String url;

    public String note;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Version
    @Column(name = "row_version")
    public int rowVersion;
}
