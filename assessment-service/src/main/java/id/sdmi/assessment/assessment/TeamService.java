package id.sdmi.assessment.assessment;

import id.sdmi.assessment.assessment.TeamRecords.Meeting;
import id.sdmi.assessment.assessment.TeamRecords.MeetingInput;
import id.sdmi.assessment.assessment.TeamRecords.MeetingType;
import id.sdmi.assessment.assessment.TeamRecords.Participant;
import id.sdmi.web.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An assessment's participants (agencies and their indicators) and meetings. */
@ApplicationScoped
public class TeamService {

    private final AssessmentWork work;

    public TeamService(AssessmentWork work) {
        this.work = work;
    }

    public List<Participant> participants(UUID assessment) {
        return AssessmentParticipant.<AssessmentParticipant>list("assessmentId", Sort.by("code"), assessment).stream()
                .map(AssessmentParticipant::view).toList();
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
        List<String> codes = participant.indicators().stream().distinct().toList();
        AssessmentParticipant stored = AssessmentParticipant.findById(new ItemKey(id, participant.org()));
        if (stored != null) {
            stored.indicators = codes;
            return false;
        }
        long participants = AssessmentParticipant.count("assessmentId", id);
        if (participants >= TeamRecords.MAX_PARTICIPANTS) {
            throw ProblemException.conflict("assessment " + id + " has " + participants + " agencies taking part "
                    + "already, at most " + TeamRecords.MAX_PARTICIPANTS + ": remove one first");
        }
        AssessmentParticipant added = new AssessmentParticipant();
        added.assessmentId = id;
        added.code = participant.org();
        added.indicators = codes;
        added.persist();
        return true;
    }

    @Transactional
    public void remove(UUID id, String org) {
        work.writable(id, null);
        if (!AssessmentParticipant.deleteById(new ItemKey(id, org))) {
            throw ProblemException.notFound("participant " + org);
        }
    }

    /** The indicators assigned to an organisation in an assessment. */
    public Set<String> assignedTo(UUID assessment, String org) {
        AssessmentParticipant participant = AssessmentParticipant.findById(new ItemKey(assessment, org));
        return participant == null ? Set.of() : Set.copyOf(participant.indicators);
    }

    public List<Meeting> meetings(UUID assessment) {
        return AssessmentMeeting.<AssessmentMeeting>list("assessmentId", Sort.by("date").and("id"), assessment).stream()
                .map(AssessmentMeeting::view).toList();
    }

    @Transactional
    public Meeting hold(UUID id, MeetingInput input) {
        work.writable(id, null);
        long meetings = AssessmentMeeting.count("assessmentId", id);
        if (meetings >= TeamRecords.MAX_MEETINGS) {
            throw ProblemException.conflict("assessment " + id + " has " + meetings + " meetings recorded already, at most "
                    + TeamRecords.MAX_MEETINGS);
        }
        AssessmentMeeting meeting = new AssessmentMeeting();
        meeting.id = UUID.randomUUID();
        meeting.assessmentId = id;
        meeting.type = input.type();
        meeting.date = input.date();
        meeting.place = input.place().strip();
        meeting.female = input.participants().female();
        meeting.male = input.participants().male();
        meeting.orgs = input.orgs().stream().distinct().toList();
        meeting.persist();
        return meeting.view();
    }

    /** Meetings of a type that have taken place (dated today or before). */
    public long held(UUID assessment, MeetingType type) {
        return meetings(assessment).stream().filter(m -> m.type() == type && m.held()).count();
    }
}
