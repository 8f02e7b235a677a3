package id.sdmi.assessment.assessment;

import id.sdmi.assessment.assessment.TeamRecords.Participant;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An agency taking part in an assessment, with the indicators it answers. */
@Entity
@Table(name = "assessment_participant")
@IdClass(ItemKey.class)
public class AssessmentParticipant extends PanacheEntityBase {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Id
    @Column(name = "org")
    public String code;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> indicators;

    Participant view() {
        return new Participant(code, List.copyOf(indicators));
    }
}
