package id.sdmi.catalog.dataset;

import id.sdmi.catalog.dataset.DatasetEnums.Access;
import id.sdmi.catalog.dataset.DatasetEnums.GeographicLevel;
import id.sdmi.catalog.dataset.DatasetEnums.Periodicity;
import id.sdmi.catalog.dataset.DatasetEnums.SourceType;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.dataset.DatasetRecords.Distribution;
import id.sdmi.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A migration data source of the NSDR, with its Satu Data Indonesia status. */
@Entity
@Table(name = "dataset")
public class Dataset extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The dataset's short name, unique in the catalog (like CKAN's name); optional. */
    public String identifier;

    @Column(nullable = false)
    public String producer;

    @Column(name = "title_id", nullable = false)
    public String titleId;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "description_id", nullable = false)
    public String descriptionId;

    @Column(name = "description_en")
    public String descriptionEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false)
    public SourceType sourceType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Periodicity periodicity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] topics;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "gcm_objectives", nullable = false)
    public Integer[] gcmObjectives;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "mgi_domains", nullable = false)
    public String[] mgiDomains;

    /** Days after a period ends by which the producer releases it; null: the usual lag for the periodicity. */
    @Column(name = "release_lag_days")
    public Integer releaseLagDays;

    @Column(name = "temporal_start")
    public Integer temporalStart;

    @Column(name = "temporal_end")
    public Integer temporalEnd;

    /** For a running series: the latest year covered so far. */
    @Column(name = "temporal_latest")
    public Integer temporalLatest;

    @Enumerated(EnumType.STRING)
    @Column(name = "geographic_level", nullable = false)
    public GeographicLevel geographicLevel;

    @Column(name = "region_code")
    public String regionCode;

    /** Names of {@link DatasetEnums.Disaggregation}s. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] disaggregations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Access access;

    public String licence;

    /** CKAN's licence id. */
    @Column(name = "licence_id")
    public String licenceId;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Distribution> distributions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "return_reasons")
    public String[] returnReasons;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** How many published assessments cite it as evidence (from their events). */
    @Formula("(SELECT count(*) FROM dataset_citation c WHERE c.dataset_id = id)")
    public long citations;

    @Version
    @Column(name = "row_version")
    public int rowVersion;

    /** Moves to {@code to} if the dataset is in one of {@code from}; otherwise 409 naming the step. */
    /** Its name in links, pages and CKAN: the identifier, else the id. */
    public String name() {
        return identifier == null ? id.toString() : identifier;
    }

    /** The published dataset with this id or identifier, if there is one. */
    public static Optional<Dataset> findPublished(String idOrIdentifier) {
        Dataset found;
        try {
            found = findById(UUID.fromString(idOrIdentifier));
        } catch (IllegalArgumentException notAnId) {
            found = find("identifier", idOrIdentifier).firstResult();
        }
        return Optional.ofNullable(found).filter(d -> d.status == Status.PUBLISHED);
    }

    void move(String step, Set<Status> from, Status to) {
        if (!from.contains(status)) {
            throw ProblemException.conflict("dataset " + id + " is " + status + ": it can be " + step + " only when "
                    + String.join(" or ", from.stream().map(Enum::name).sorted().toList()));
        }
        status = to;
    }
}
