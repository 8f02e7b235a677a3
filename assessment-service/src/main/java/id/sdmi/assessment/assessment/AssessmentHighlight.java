package id.sdmi.assessment.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** An answered indicator the report highlights in its domain. */
@Entity
@Table(name = "assessment_highlight")
@IdClass(ItemKey.class)
public class AssessmentHighlight extends PanacheEntityBase {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Id
    @Column(name = "indicator")
    public String code;

    @Column(nullable = false)
    public String domain;
}
