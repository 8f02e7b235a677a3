package id.sdmi.assessment.assessment;

import id.sdmi.assessment.Roles;
import id.sdmi.assessment.assessment.AnswerRecords.Answer;
import id.sdmi.assessment.assessment.AnswerRecords.AnswerInput;
import id.sdmi.assessment.assessment.AnswerRecords.Evidence;
import id.sdmi.assessment.assessment.AnswerRecords.EvidenceType;
import id.sdmi.assessment.assessment.Assessment.Status;
import id.sdmi.assessment.catalog.KnownDataset;
import id.sdmi.events.assessment.AnswerRecorded;
import id.sdmi.events.assessment.AssessmentEvents;
import id.sdmi.events.outbox.Outbox;
import id.sdmi.web.ETags;
import id.sdmi.web.Problem;
import id.sdmi.web.ProblemException;
import id.sdmi.web.ProblemType;
import io.quarkus.security.ForbiddenException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Answers: an assessor answers the indicators assigned to their organisation, a coordinator or an admin any; evidence cites
 * regulations, programmes, practices or NSDR datasets that are known and not retired; every version is kept.
 */
@ApplicationScoped
public class AnswerService {

    /** Who answers: name, organisation (token claim org), roles. */
    public record Answerer(String name, String org, Set<String> roles) {
    }

    /** An answer with its ETag (its assessment, indicator and version). */
    public record Stored(Answer answer, EntityTag etag) {
    }

    static final Set<Status> ANSWERING = EnumSet.of(Status.DATA_COLLECTION, Status.CONSULTATION, Status.VALIDATION);

    private final AssessmentWork work;
    private final TeamService team;
    private final Outbox outbox;
    private final EntityManager em;

    public AnswerService(AssessmentWork work, TeamService team, Outbox outbox, EntityManager em) {
        this.work = work;
        this.team = team;
        this.outbox = outbox;
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
        AssessmentAnswer answer = AssessmentAnswer.find(id, indicator);
        if (answer != null) {
            ETags.check(ifMatch, answer.etag(), "the answer to " + indicator);
        }
        long versions = AssessmentAnswerVersion.count("assessmentId = ?1 and code = ?2", id, indicator);
        if (versions >= AnswerRecords.MAX_VERSIONS) {
            throw ProblemException.conflict("the answer to " + indicator + " has " + versions + " versions already, at most "
                    + AnswerRecords.MAX_VERSIONS + ": it does not change any more");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (answer == null) {
            answer = new AssessmentAnswer();
            answer.assessmentId = id;
            answer.code = indicator;
        }
        answer.value = input.value();
        answer.justification = input.justification();
        answer.evidence = List.copyOf(evidence);
        answer.answeredBy = who.name();
        answer.answeredOrg = who.org();
        answer.answeredAt = now;
        answer.persist();
        AssessmentAnswerVersion.of(answer).persist();
        outbox.record(AssessmentEvents.ANSWER_RECORDED, id.toString(), new AnswerRecorded(id.toString(), indicator,
                input.value().name(), who.name(), who.org(), now, evidence.stream()
                        .filter(e -> e.type() == EvidenceType.DATASET).map(e -> e.datasetId().toString()).distinct().toList()));
        em.flush(); // the new version, for the tag
        return new Stored(answer.view(), answer.etag());
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
        if (AssessmentAnswer.find(id, indicator) == null) {
            throw ProblemException.unprocessable("indicator", indicator + " is not answered yet: highlights are chosen "
                    + "among the answers");
        }
        if (highlights(id).contains(indicator)) {
            return false;
        }
        long inDomain = AssessmentHighlight.count("assessmentId = ?1 and domain = ?2", id, domain);
        if (inDomain >= WorkflowConditions.MAX_HIGHLIGHTS) {
            throw ProblemException.conflict("domain " + domain + " has " + inDomain + " highlights already, at most "
                    + WorkflowConditions.MAX_HIGHLIGHTS + ": drop one first");
        }
        AssessmentHighlight highlight = new AssessmentHighlight();
        highlight.assessmentId = id;
        highlight.code = indicator;
        highlight.domain = domain;
        highlight.persist();
        return true;
    }

    @Transactional
    public void dropHighlight(UUID id, String indicator) {
        work.writable(id, null);
        if (!AssessmentHighlight.deleteById(new ItemKey(id, indicator))) {
            throw ProblemException.notFound("highlight " + indicator);
        }
    }

    /** The highlighted indicators in the catalog's order: by domain, then as the catalog orders them (1.4 before 1.12). */
    @SuppressWarnings("unchecked")
    public List<String> highlights(UUID id) {
        return em.createNativeQuery("""
                SELECT h.indicator FROM assessment_highlight h
                JOIN assessment a ON a.id = h.assessment_id
                LEFT JOIN catalog_domain d ON d.version_id = a.version_id AND d.code = h.domain
                LEFT JOIN catalog_indicator i ON i.version_id = a.version_id AND i.code = h.indicator
                WHERE h.assessment_id = ?1 ORDER BY d.ord, i.ord, h.indicator""").setParameter(1, id).getResultList();
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
        return AssessmentAnswer.<AssessmentAnswer>list("assessmentId", Sort.by("code"), id).stream()
                .map(AssessmentAnswer::view).toList();
    }

    public Optional<Stored> find(UUID id, String indicator) {
        return Optional.ofNullable(AssessmentAnswer.find(id, indicator)).map(a -> new Stored(a.view(), a.etag()));
    }

    /** Every version of an answer, oldest first. */
    public List<Answer> history(UUID id, String indicator) {
        return AssessmentAnswerVersion.<AssessmentAnswerVersion>list("assessmentId = ?1 and code = ?2", Sort.by("id"),
                id, indicator).stream().map(AssessmentAnswerVersion::view).toList();
    }
}
