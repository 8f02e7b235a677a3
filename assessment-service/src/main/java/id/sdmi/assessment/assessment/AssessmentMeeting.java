package id.sdmi.assessment.assessment;

import id.sdmi.assessment.assessment.TeamRecords.Attendance;
import id.sdmi.assessment.assessment.TeamRecords.Meeting;
import id.sdmi.assessment.assessment.TeamRecords.MeetingType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A meeting of an assessment's process: who came, by sex, and which organisations were present. */
@Entity
@Table(name = "assessment_meeting")
public class AssessmentMeeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingType type;

    @Column(nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public String place;

    @Column(nullable = false)
    public int female;

    @Column(nullable = false)
    public int male;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> orgs;

    Meeting view() {
        return new Meeting(id, type, date, place, new Attendance(female, male), List.copyOf(orgs),
                !date.isAfter(LocalDate.now(ZoneOffset.UTC)));
    }
}
