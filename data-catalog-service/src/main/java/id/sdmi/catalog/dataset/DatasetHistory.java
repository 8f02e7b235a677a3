package id.sdmi.catalog.dataset;

import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.dataset.DatasetRecords.DatasetView;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of a dataset: who, when, what they did, and the dataset as it was afterwards. */
@Entity
@Table(name = "dataset_history")
public class DatasetHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dataset_id", nullable = false, updatable = false)
    public UUID datasetId;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Status status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(updatable = false)
    public String[] reasons;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public DatasetView snapshot;
}
