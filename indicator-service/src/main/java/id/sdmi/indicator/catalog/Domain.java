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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;

/** One of a catalog version's domains (the MGI has six), in its order. */
@Entity
@Table(name = "domain")
public class Domain extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public CatalogVersion version;

    @Column(nullable = false)
    public String code;

    @Column(name = "ord", nullable = false)
    public int order;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "id", column = @Column(name = "name_id")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    public Text name;

    @Version
    @Column(name = "row_version")
    public int rowVersion;

    public static List<Domain> of(CatalogVersion version) {
        return list("version = ?1 order by order, code", version);
    }

    public static Optional<Domain> find(CatalogVersion version, String code) {
        return find("version = ?1 and code = ?2", version, code).firstResultOptional();
    }
}
