package id.sdmi.indicator.framework;

import id.sdmi.indicator.Text;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/** An MGI indicator set, such as MGI-NATIONAL; its catalogs are versioned beneath it. */
@Entity
@Table(name = "framework")
public class Framework extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "id", column = @Column(name = "name_id")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    public Text name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "id", column = @Column(name = "description_id")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    public Text description;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Version
    public int version;

    public static Optional<Framework> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
