package id.sdmi.assessment.assessment;

import id.sdmi.assessment.assessment.AnswerRecords.Answer;
import id.sdmi.assessment.assessment.AnswerRecords.Evidence;
import id.sdmi.assessment.assessment.AnswerRecords.Value;
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
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of an answer, as it was given; never changed. */
@Entity
@Table(name = "assessment_answer_history")
public class AssessmentAnswerVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    public UUID assessmentId;

    @Column(name = "indicator", nullable = false, updatable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Value value;

    @Column(nullable = false, updatable = false)
    public String justification;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<Evidence> evidence;

    @Column(name = "answered_by", nullable = false, updatable = false)
    public String answeredBy;

    @Column(name = "answered_org", updatable = false)
    public String answeredOrg;

    @Column(name = "answered_at", nullable = false, updatable = false)
    public OffsetDateTime answeredAt;

    static AssessmentAnswerVersion of(AssessmentAnswer answer) {
        AssessmentAnswerVersion version = new AssessmentAnswerVersion();
        version.assessmentId = answer.assessmentId;
        version.code = answer.code;
        version.value = answer.value;
        version.justification = answer.justification;
        version.evidence = List.copyOf(answer.evidence);
        version.answeredBy = answer.answeredBy;
        version.answeredOrg = answer.answeredOrg;
        version.answeredAt = answer.answeredAt;
        return version;
    }

    Answer view() {
        return new Answer(code, value, justification, evidence, answeredBy, answeredOrg, answeredAt);
    }
}
