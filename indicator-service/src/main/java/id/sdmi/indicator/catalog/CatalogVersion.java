package id.sdmi.indicator.catalog;

import id.sdmi.indicator.framework.Framework;
import id.sdmi.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One version of a framework's indicator catalog, e.g. MGI-NATIONAL 2023. */
@Entity
@Table(name = "catalog_version")
public class CatalogVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    public Framework framework;

    @Column(nullable = false, updatable = false)
    public String version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VersionStatus status;

    @Column(name = "copied_from", updatable = false)
    public String copiedFrom;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Column(name = "retired_by")
    public String retiredBy;

    @Version
    @Column(name = "row_version")
    public int rowVersion;

    public String label() {
        return framework.code + " " + version;
    }

    /** Every change to a version's domains and indicators goes through here: only a draft changes. */
    public void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw ProblemException.conflict("version " + label() + " is " + status
                    + ": only a draft can be changed (create a new version, which may copy this one)");
        }
    }

    public void publish(String user) {
        if (status != VersionStatus.DRAFT) {
            throw ProblemException.conflict("version " + label() + " is " + status + ": only a draft can be published");
        }
        status = VersionStatus.PUBLISHED;
        publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        publishedBy = user;
    }

    public void retire(String user) {
        if (status != VersionStatus.PUBLISHED) {
            throw ProblemException.conflict("version " + label() + " is " + status + ": only a published version can be retired");
        }
        status = VersionStatus.RETIRED;
        retiredAt = OffsetDateTime.now(ZoneOffset.UTC);
        retiredBy = user;
    }
}
