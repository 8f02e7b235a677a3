package id.sdmi.assessment.assessment;

import id.sdmi.assessment.assessment.AnswerRecords.Answer;
import id.sdmi.assessment.assessment.AnswerRecords.Evidence;
import id.sdmi.assessment.assessment.AnswerRecords.Value;
import id.sdmi.web.ETags;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.ws.rs.core.EntityTag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The current answer of an assessment to one indicator; every version of it is also kept (AssessmentAnswerVersion). */
@Entity
@Table(name = "assessment_answer")
@IdClass(ItemKey.class)
public class AssessmentAnswer extends PanacheEntityBase {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Id
    @Column(name = "indicator")
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Value value;

    @Column(nullable = false)
    public String justification;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Evidence> evidence;

    @Column(name = "answered_by", nullable = false)
    public String answeredBy;

    @Column(name = "answered_org")
    public String answeredOrg;

    @Column(name = "answered_at", nullable = false)
    public OffsetDateTime answeredAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public int rowVersion;

    static AssessmentAnswer find(UUID assessment, String indicator) {
        return findById(new ItemKey(assessment, indicator));
    }

    Answer view() {
        return new Answer(code, value, justification, evidence, answeredBy, answeredOrg, answeredAt);
    }

    /** The answer's tag: its assessment, its indicator and its version. */
    EntityTag etag() {
        return ETags.of(assessmentId + "/" + code, rowVersion);
    }
}
