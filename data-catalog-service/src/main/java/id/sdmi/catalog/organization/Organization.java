package id.sdmi.catalog.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A data producer or walidata of the NSDR. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_id", nullable = false)
    public String nameId;

    @Column(name = "name_en")
    public String nameEn;

    @Column(nullable = false)
    public String type;

    @Column(name = "sdi_role", nullable = false)
    public String sdiRole;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
