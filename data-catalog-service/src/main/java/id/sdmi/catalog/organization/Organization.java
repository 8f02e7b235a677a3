package id.sdmi.catalog.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A data producer or walidata of the NSDR. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    /** The registered organisations among these codes, by code. */
    public static Map<String, Organization> byCode(Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : Organization.<Organization>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(o -> o.code, Function.identity()));
    }

    @Id
    public String code;

    @Column(name = "name_id", nullable = false)
    public String nameId;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganizationType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "sdi_role", nullable = false)
    public SdiRole sdiRole;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(name = "row_version")
    public int rowVersion;
}
