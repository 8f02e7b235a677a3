package id.sdmi.catalog.review;

import id.sdmi.catalog.review.ReviewRecords.Rating;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What an NSDR review found about one dataset. */
@Entity
@Table(name = "dataset_review")
public class Review extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "dataset_id", nullable = false, updatable = false)
    public UUID datasetId;

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    @Column(nullable = false)
    public String reviewer;

    @Column(name = "reviewer_org")
    public String reviewerOrg;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "relevant_objectives", nullable = false)
    public Integer[] relevantObjectives;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "relevant_domains", nullable = false)
    public String[] relevantDomains;

    @Column(name = "relevance_note")
    public String relevanceNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rating timeliness;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rating coverage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rating disaggregation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rating accessibility;

    @Column(name = "quality_note")
    public String qualityNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] gaps;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] recommendations;

    public String summary;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(name = "row_version")
    public int rowVersion;
}
