package id.sdmi.indicator.catalog;

import id.sdmi.indicator.Text;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An MGI indicator of one catalog version: answered yes, no or partial in an assessment. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
    @SequenceGenerator(name = "indicator_seq", sequenceName = "indicator_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public CatalogVersion version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_id")
    public Domain domain;

    @Column(nullable = false)
    public String code;

    @Column(name = "ord", nullable = false)
    public int order;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "id", column = @Column(name = "text_id")),
            @AttributeOverride(name = "en", column = @Column(name = "text_en"))})
    public Text text;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "id", column = @Column(name = "guidance_id")),
            @AttributeOverride(name = "en", column = @Column(name = "guidance_en"))})
    public Text guidance;

    /** Objectives of the Global Compact for Migration (1-23) the indicator relates to. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "gcm_objectives", nullable = false)
    public Integer[] gcmObjectives;

    /** SDG targets, e.g. 10.7. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_targets", nullable = false)
    public String[] sdgTargets;

    @Version
    @Column(name = "row_version")
    public int rowVersion;

    public static Optional<Indicator> find(CatalogVersion version, String code) {
        return find("version = ?1 and code = ?2", version, code).firstResultOptional();
    }
}
