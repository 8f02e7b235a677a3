package id.sdmi.assessment.assessment;

import id.sdmi.assessment.assessment.TeamRecords.Attendance;
import id.sdmi.assessment.assessment.TeamRecords.Meeting;
import id.sdmi.assessment.assessment.TeamRecords.MeetingInput;
import id.sdmi.assessment.assessment.TeamRecords.MeetingType;
import id.sdmi.assessment.assessment.TeamRecords.Participant;
import id.sdmi.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An assessment's participants (agencies and their indicators) and meetings. */
@ApplicationScoped
public class TeamService {

    private final AssessmentWork work;
    private final EntityManager em;

    public TeamService(AssessmentWork work, EntityManager em) {
        this.work = work;
        this.em = em;
    }

    public List<Participant> participants(UUID assessment) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT org, array_to_string(indicators, ',') FROM assessment_participant
                WHERE assessment_id = ?1 ORDER BY org""").setParameter(1, assessment).getResultList();
        return rows.stream().map(r -> new Participant((String) r[0], split((String) r[1]))).toList();
    }

    /** Assigns an agency its indicators (again: replaces them); answers whether it was new. */
    @Transactional
    public boolean assign(UUID id, Participant participant) {
        Assessment a = work.writable(id, null);
        List<String> known = work.indicators(a);
        List<String> unknown = participant.indicators().stream().filter(c -> !known.contains(c)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("indicators", "not indicators of " + a.framework + " " + a.version
                    + ": " + String.join(", ", unknown));
        }
        String codes = String.join(",", participant.indicators().stream().distinct().toList());
        int changed = em.createNativeQuery("""
                UPDATE assessment_participant SET indicators = CAST(string_to_array(?3, ',') AS text[])
                WHERE assessment_id = ?1 AND org = ?2""").setParameter(1, id).setParameter(2, participant.org())
                .setParameter(3, codes).executeUpdate();
        if (changed == 0) {
            long participants = count("SELECT count(*) FROM assessment_participant WHERE assessment_id = ?1", id);
            if (participants >= TeamRecords.MAX_PARTICIPANTS) {
                throw ProblemException.conflict("assessment " + id + " has " + participants + " agencies taking part "
                        + "already, at most " + TeamRecords.MAX_PARTICIPANTS + ": remove one first");
            }
            em.createNativeQuery("""
                    INSERT INTO assessment_participant (assessment_id, org, indicators)
                    VALUES (?1, ?2, CAST(string_to_array(?3, ',') AS text[]))""").setParameter(1, id)
                    .setParameter(2, participant.org()).setParameter(3, codes).executeUpdate();
        }
        return changed == 0;
    }

    @Transactional
    public void remove(UUID id, String org) {
        work.writable(id, null);
        if (em.createNativeQuery("DELETE FROM assessment_participant WHERE assessment_id = ?1 AND org = ?2")
                .setParameter(1, id).setParameter(2, org).executeUpdate() == 0) {
            throw ProblemException.notFound("participant " + org);
        }
    }

    /** The indicators assigned to an organisation in an assessment. */
    public Set<String> assignedTo(UUID assessment, String org) {
        Set<String> codes = new HashSet<>();
        participants(assessment).stream().filter(p -> p.org().equals(org)).forEach(p -> codes.addAll(p.indicators()));
        return codes;
    }

    public List<Meeting> meetings(UUID assessment) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, type, date, place, female, male, array_to_string(orgs, ',') FROM assessment_meeting
                WHERE assessment_id = ?1 ORDER BY date, id""").setParameter(1, assessment).getResultList();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return rows.stream().map(r -> {
            LocalDate date = r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2];
            return new Meeting((UUID) r[0], MeetingType.valueOf((String) r[1]), date, (String) r[3],
                    new Attendance(((Number) r[4]).intValue(), ((Number) r[5]).intValue()), split((String) r[6]),
                    !date.isAfter(today));
        }).toList();
    }

    @Transactional
    public Meeting hold(UUID id, MeetingInput input) {
        work.writable(id, null);
        long meetings = count("SELECT count(*) FROM assessment_meeting WHERE assessment_id = ?1", id);
        if (meetings >= TeamRecords.MAX_MEETINGS) {
            throw ProblemException.conflict("assessment " + id + " has " + meetings + " meetings recorded already, at most "
                    + TeamRecords.MAX_MEETINGS);
        }
        UUID meeting = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO assessment_meeting (id, assessment_id, type, date, place, female, male, orgs)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(string_to_array(?8, ',') AS text[]))""")
                .setParameter(1, meeting).setParameter(2, id).setParameter(3, input.type().name())
                .setParameter(4, input.date()).setParameter(5, input.place().strip())
                .setParameter(6, input.participants().female()).setParameter(7, input.participants().male())
                .setParameter(8, String.join(",", input.orgs().stream().distinct().toList())).executeUpdate();
        return meetings(id).stream().filter(m -> m.id().equals(meeting)).findFirst().orElseThrow();
    }

    /** Meetings of a type that have taken place (dated today or before). */
    public long held(UUID assessment, MeetingType type) {
        return meetings(assessment).stream().filter(m -> m.type() == type && m.held()).count();
    }

    private long count(String sql, UUID assessment) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, assessment).getSingleResult()).longValue();
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
