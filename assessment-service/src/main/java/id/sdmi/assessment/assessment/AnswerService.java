package id.sdmi.assessment.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.assessment.Roles;
import id.sdmi.assessment.assessment.AnswerRecords.Answer;
import id.sdmi.assessment.assessment.AnswerRecords.AnswerInput;
import id.sdmi.assessment.assessment.AnswerRecords.Evidence;
import id.sdmi.assessment.assessment.AnswerRecords.EvidenceType;
import id.sdmi.assessment.assessment.AnswerRecords.Value;
import id.sdmi.assessment.assessment.Assessment.Status;
import id.sdmi.assessment.catalog.KnownDataset;
import id.sdmi.events.assessment.AnswerRecorded;
import id.sdmi.events.assessment.AssessmentEvents;
import id.sdmi.events.outbox.Outbox;
import id.sdmi.web.ETags;
import id.sdmi.web.Problem;
import id.sdmi.web.ProblemException;
import id.sdmi.web.ProblemType;
import id.sdmi.web.SqlValues;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Answers: an assessor answers the indicators assigned to their organisation, a coordinator any; evidence cites
 * regulations, programmes, practices or NSDR datasets that are known and not retired; every version is kept.
 */
@ApplicationScoped
public class AnswerService {

    /** Who answers: name, organisation (token claim org), roles. */
    public record Answerer(String name, String org, Set<String> roles) {
    }

    /** An answer with its version, for its ETag. */
    public record Stored(Answer answer, int version) {
    }

    static final Set<Status> ANSWERING = EnumSet.of(Status.DATA_COLLECTION, Status.CONSULTATION, Status.VALIDATION);

    private final AssessmentWork work;
    private final TeamService team;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final EntityManager em;

    public AnswerService(AssessmentWork work, TeamService team, Outbox outbox, ObjectMapper json, EntityManager em) {
        this.work = work;
        this.team = team;
        this.outbox = outbox;
        this.json = json;
        this.em = em;
    }

    @Transactional
    public Stored answer(UUID id, String indicator, AnswerInput input, String ifMatch, Answerer who) {
        Assessment a = work.writable(id, null);
        if (!work.indicators(a).contains(indicator)) {
            throw ProblemException.notFound("indicator " + indicator + " of " + a.framework + " " + a.version);
        }
        if (!who.roles().contains(Roles.COORDINATOR) && !who.roles().contains(Roles.ADMIN)
                && (who.org() == null || !team.assignedTo(id, who.org()).contains(indicator))) {
            throw new ForbiddenException("indicator " + indicator + " is not assigned to "
                    + (who.org() == null ? "your organisation" : who.org()) + " in this assessment");
        }
        if (!ANSWERING.contains(a.status)) {
            throw ProblemException.conflict("assessment " + id + " is " + a.status
                    + ": answers are given in DATA_COLLECTION, CONSULTATION and VALIDATION");
        }
        List<Evidence> evidence = input.evidence() == null ? List.of() : input.evidence();
        check(evidence);
        Optional<Stored> current = find(id, indicator);
        current.ifPresent(c -> ETags.check(ifMatch, ETags.of(0, c.version()), "the answer to " + indicator));
        long versions = ((Number) em.createNativeQuery(
                "SELECT count(*) FROM assessment_answer_history WHERE assessment_id = ?1 AND indicator = ?2")
                .setParameter(1, id).setParameter(2, indicator).getSingleResult()).longValue();
        if (versions >= AnswerRecords.MAX_VERSIONS) {
            throw ProblemException.conflict("the answer to " + indicator + " has " + versions + " versions already, at most "
                    + AnswerRecords.MAX_VERSIONS + ": it does not change any more");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String evidenceJson = write(evidence);
        if (current.isPresent()) {
            em.createNativeQuery("""
                    UPDATE assessment_answer SET value = ?3, justification = ?4, evidence = CAST(?5 AS jsonb),
                        answered_by = ?6, answered_org = ?7, answered_at = ?8, row_version = row_version + 1
                    WHERE assessment_id = ?1 AND indicator = ?2""").setParameter(1, id).setParameter(2, indicator)
                    .setParameter(3, input.value().name()).setParameter(4, input.justification())
                    .setParameter(5, evidenceJson).setParameter(6, who.name()).setParameter(7, who.org())
                    .setParameter(8, now).executeUpdate();
        } else {
            em.createNativeQuery("""
                    INSERT INTO assessment_answer (assessment_id, indicator, value, justification, evidence,
                        answered_by, answered_org, answered_at) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, ?7, ?8)""")
                    .setParameter(1, id).setParameter(2, indicator).setParameter(3, input.value().name())
                    .setParameter(4, input.justification()).setParameter(5, evidenceJson).setParameter(6, who.name())
                    .setParameter(7, who.org()).setParameter(8, now).executeUpdate();
        }
        em.createNativeQuery("""
                INSERT INTO assessment_answer_history (assessment_id, indicator, value, justification, evidence,
                    answered_by, answered_org, answered_at) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, ?7, ?8)""")
                .setParameter(1, id).setParameter(2, indicator).setParameter(3, input.value().name())
                .setParameter(4, input.justification()).setParameter(5, evidenceJson).setParameter(6, who.name())
                .setParameter(7, who.org()).setParameter(8, now).executeUpdate();
        outbox.record(AssessmentEvents.ANSWER_RECORDED, id.toString(), new AnswerRecorded(id.toString(), indicator,
                input.value().name(), who.name(), who.org(), now, evidence.stream()
                        .filter(e -> e.type() == EvidenceType.DATASET).map(e -> e.datasetId().toString()).distinct().toList()));
        return find(id, indicator).orElseThrow();
    }

    /** A reference for documents, a known dataset that is not retired for data. */
    private static void check(List<Evidence> evidence) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            String field = "evidence[" + i + "]";
            if (e.type() == EvidenceType.DATASET) {
                KnownDataset dataset = e.datasetId() == null ? null : KnownDataset.findById(e.datasetId());
                if (e.datasetId() == null) {
                    errors.add(new Problem.FieldError(field + ".datasetId", "is required for DATASET evidence"));
                } else if (dataset == null) {
                    errors.add(new Problem.FieldError(field + ".datasetId", "no dataset " + e.datasetId()
                            + " is published in the NSDR (learned from data-catalog-service's events)"));
                } else if (!dataset.citable()) {
                    errors.add(new Problem.FieldError(field + ".datasetId", "dataset " + e.datasetId()
                            + " is retired: it may no longer be cited"));
                }
            } else if (e.reference() == null || e.reference().isBlank()) {
                errors.add(new Problem.FieldError(field + ".reference", "is required for " + e.type() + " evidence"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.fields(ProblemType.UNPROCESSABLE, errors);
        }
    }

    /** Marks an answered indicator as a highlight of its domain (at most five per domain); answers whether new. */
    @Transactional
    public boolean highlight(UUID id, String indicator) {
        Assessment a = work.writable(id, null);
        if (a.status == Status.VALIDATED) {
            throw ProblemException.conflict("assessment " + id + " is VALIDATED: its highlights are settled");
        }
        String domain = domainOf(a, indicator);
        if (find(id, indicator).isEmpty()) {
            throw ProblemException.unprocessable("indicator", indicator + " is not answered yet: highlights are chosen "
                    + "among the answers");
        }
        if (highlights(id).contains(indicator)) {
            return false;
        }
        long inDomain = ((Number) em.createNativeQuery(
                "SELECT count(*) FROM assessment_highlight WHERE assessment_id = ?1 AND domain = ?2")
                .setParameter(1, id).setParameter(2, domain).getSingleResult()).longValue();
        if (inDomain >= WorkflowConditions.MAX_HIGHLIGHTS) {
            throw ProblemException.conflict("domain " + domain + " has " + inDomain + " highlights already, at most "
                    + WorkflowConditions.MAX_HIGHLIGHTS + ": drop one first");
        }
        em.createNativeQuery("INSERT INTO assessment_highlight (assessment_id, indicator, domain) VALUES (?1, ?2, ?3)")
                .setParameter(1, id).setParameter(2, indicator).setParameter(3, domain).executeUpdate();
        return true;
    }

    @Transactional
    public void dropHighlight(UUID id, String indicator) {
        work.writable(id, null);
        if (em.createNativeQuery("DELETE FROM assessment_highlight WHERE assessment_id = ?1 AND indicator = ?2")
                .setParameter(1, id).setParameter(2, indicator).executeUpdate() == 0) {
            throw ProblemException.notFound("highlight " + indicator);
        }
    }

    public List<String> highlights(UUID id) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery(
                "SELECT indicator FROM assessment_highlight WHERE assessment_id = ?1 ORDER BY domain, indicator")
                .setParameter(1, id).getResultList();
        return codes;
    }

    private String domainOf(Assessment a, String indicator) {
        @SuppressWarnings("unchecked")
        List<String> domain = em.createNativeQuery(
                "SELECT domain FROM catalog_indicator WHERE version_id = ?1 AND code = ?2")
                .setParameter(1, a.versionId).setParameter(2, indicator).getResultList();
        if (domain.isEmpty()) {
            throw ProblemException.notFound("indicator " + indicator + " of " + a.framework + " " + a.version);
        }
        return domain.get(0);
    }

    public List<Answer> answers(UUID id) {
        return rows("""
                SELECT indicator, value, justification, CAST(evidence AS text), answered_by, answered_org, answered_at,
                       row_version FROM assessment_answer WHERE assessment_id = ?1 ORDER BY indicator""", id, null)
                .stream().map(Stored::answer).toList();
    }

    public Optional<Stored> find(UUID id, String indicator) {
        return rows("""
                SELECT indicator, value, justification, CAST(evidence AS text), answered_by, answered_org, answered_at,
                       row_version FROM assessment_answer WHERE assessment_id = ?1 AND indicator = ?2""", id, indicator)
                .stream().findFirst();
    }

    /** Every version of an answer, oldest first. */
    public List<Answer> history(UUID id, String indicator) {
        return rows("""
                SELECT indicator, value, justification, CAST(evidence AS text), answered_by, answered_org, answered_at,
                       0 FROM assessment_answer_history WHERE assessment_id = ?1 AND indicator = ?2 ORDER BY id""",
                id, indicator).stream().map(Stored::answer).toList();
    }

    private List<Stored> rows(String sql, UUID id, String indicator) {
        var query = em.createNativeQuery(sql).setParameter(1, id);
        if (indicator != null) {
            query.setParameter(2, indicator);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Stored(new Answer((String) r[0], Value.valueOf((String) r[1]), (String) r[2],
                read((String) r[3]), (String) r[4], (String) r[5], SqlValues.offsetDateTime(r[6])),
                ((Number) r[7]).intValue())).toList();
    }

    private String write(List<Evidence> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Evidence> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<Evidence>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
