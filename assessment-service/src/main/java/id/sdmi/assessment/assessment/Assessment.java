package id.sdmi.assessment.assessment;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An MGI assessment of one scope against one published catalog version. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    /** The workflow, in order. */
    @Schema(name = "AssessmentStatus", description = "Where an assessment is in its workflow, in order: PLANNED, "
            + "DATA_COLLECTION, CONSULTATION, VALIDATION, VALIDATED, PUBLISHED")
    public enum Status { PLANNED, DATA_COLLECTION, CONSULTATION, VALIDATION, VALIDATED, PUBLISHED }

    @Schema(name = "AssessmentScopeLevel", description = "What an assessment covers: the nation, a province or a "
            + "regency (or city)")
    public enum ScopeLevel { NATIONAL, PROVINCE, REGENCY }

    @Id
    public UUID id;

    @Column(name = "version_id", nullable = false, updatable = false)
    public Long versionId;

    @Column(nullable = false, updatable = false)
    public String framework;

    @Column(nullable = false, updatable = false)
    public String version;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_level", nullable = false, updatable = false)
    public ScopeLevel scopeLevel;

    @Column(name = "region_code", updatable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Version
    @Column(name = "row_version")
    public int rowVersion;
}
