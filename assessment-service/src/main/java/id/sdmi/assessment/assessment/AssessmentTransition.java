package id.sdmi.assessment.assessment;

import id.sdmi.assessment.assessment.Assessment.Status;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One move of an assessment's workflow, kept for good. */
@Entity
@Table(name = "assessment_transition")
public class AssessmentTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public Status from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public Status to;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;
}
