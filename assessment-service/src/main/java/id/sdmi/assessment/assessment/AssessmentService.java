package id.sdmi.assessment.assessment;

import id.sdmi.assessment.assessment.Assessment.ScopeLevel;
import id.sdmi.assessment.assessment.Assessment.Status;
import id.sdmi.assessment.assessment.AssessmentRecords.AssessmentInput;
import id.sdmi.assessment.assessment.AssessmentRecords.AssessmentView;
import id.sdmi.assessment.assessment.AssessmentRecords.Move;
import id.sdmi.assessment.assessment.AssessmentRecords.NextMove;
import id.sdmi.assessment.assessment.AssessmentRecords.Scope;
import id.sdmi.assessment.catalog.CatalogVersion;
import id.sdmi.events.assessment.AssessmentEvents;
import id.sdmi.events.assessment.AssessmentPublished;
import id.sdmi.events.assessment.AssessmentStatusChanged;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.web.Label;
import id.sdmi.events.outbox.Outbox;
import id.sdmi.reference.RegionCodes;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import id.sdmi.web.Problem;
import id.sdmi.web.ProblemException;
import id.sdmi.web.ProblemType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Assessments: created on a published catalog version for a checked scope; every move of the workflow kept. */
@ApplicationScoped
public class AssessmentService {

    static final ProblemType WORKFLOW_CONDITIONS_UNMET = ProblemType.of("workflow-conditions-unmet",
            "The assessment cannot move on yet", 409);

    private final Outbox outbox;
    private final RegionCodes regions;
    private final EntityManager em;
    private final AssessmentWork work;
    private final WorkflowConditions conditions;

    public AssessmentService(Outbox outbox, RegionCodes regions, EntityManager em, AssessmentWork work,
            WorkflowConditions conditions) {
        this.outbox = outbox;
        this.regions = regions;
        this.em = em;
        this.work = work;
        this.conditions = conditions;
    }

    public Page<AssessmentView> list(PageRequest page) {
        var query = Assessment.<Assessment>findAll(Sort.by("createdAt").and("id"));
        return Page.of(query.page(page.page, page.size).list(), page, query.count(), this::view);
    }

    public Assessment get(UUID id) {
        return Assessment.<Assessment>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("assessment " + id));
    }

    @Transactional
    public Assessment create(AssessmentInput input, String actor) {
        CatalogVersion version = CatalogVersion.find(input.framework(), input.version())
                .orElseThrow(() -> ProblemException.unprocessable("version", "no published catalog version "
                        + input.framework() + " " + input.version() + " is known here (learned from indicator-service's "
                        + "events: publish it there first)"));
        List<Problem.FieldError> errors = new ArrayList<>();
        if (CatalogVersion.RETIRED.equals(version.status)) {
            errors.add(new Problem.FieldError("version", input.framework() + " " + input.version()
                    + " is retired: no new assessment may start on it"));
        }
        catalogTooLarge(version).ifPresent(errors::add);
        errors.addAll(scopeProblems(input.scope(), version));
        if (!errors.isEmpty()) {
            throw ProblemException.fields(ProblemType.UNPROCESSABLE, errors);
        }
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.versionId = version.id;
        a.framework = version.framework;
        a.version = version.version;
        a.title = input.title().strip();
        a.scopeLevel = input.scope().level();
        a.regionCode = input.scope().regionCode();
        a.status = Status.PLANNED;
        a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.createdBy = actor;
        a.updatedAt = a.createdAt;
        a.persistAndFlush();
        recordMove(a, null, actor);
        return a;
    }

    /**
     * Moves an assessment one step along PLANNED → DATA_COLLECTION → CONSULTATION → VALIDATION → VALIDATED →
     * PUBLISHED, when the step's conditions hold; otherwise 409 listing every unmet one.
     */
    @Transactional
    public Assessment move(UUID id, Status to, String ifMatch, String actor) {
        Assessment a = work.writable(id, ifMatch);
        Status from = a.status;
        if (to.ordinal() != from.ordinal() + 1) {
            throw new ProblemException(Problem.of(ProblemType.CONFLICT, "assessment " + id + " is " + from
                    + ": the next step is " + Status.values()[from.ordinal() + 1] + ", not " + to)
                    .with("unmet", List.of("the next step from " + from + " is " + Status.values()[from.ordinal() + 1])));
        }
        List<String> unmet = conditions.unmet(a, to);
        if (!unmet.isEmpty()) {
            throw new ProblemException(Problem.of(WORKFLOW_CONDITIONS_UNMET, "assessment " + id + " cannot move to "
                    + to + ": " + String.join("; ", unmet)).with("unmet", unmet));
        }
        a.status = to;
        a.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (to == Status.PUBLISHED) {
            a.publishedAt = a.updatedAt;
        }
        em.flush();
        recordMove(a, from, actor);
        if (to == Status.PUBLISHED) {
            outbox.record(AssessmentEvents.PUBLISHED, a.id.toString(), new AssessmentPublished(a.id.toString(),
                    new Label(a.title, null), a.framework, a.version,
                    new AssessmentPublished.Scope(a.scopeLevel.name(), a.regionCode), a.publishedAt,
                    conditions.citedDatasets(a)));
        }
        return a;
    }

    /**
     * The next move along the workflow and the conditions it still lacks, as {@link #move} would list them; nothing
     * is moved. A published assessment has no next move.
     */
    public NextMove nextMove(UUID id) {
        Assessment a = get(id);
        if (a.status == Status.PUBLISHED) {
            return new NextMove(a.status, null, List.of());
        }
        Status to = Status.values()[a.status.ordinal() + 1];
        return new NextMove(a.status, to, conditions.unmet(a, to));
    }

    /** Who moved the assessment, when, from what to what; the creation first. */
    public List<Move> moves(UUID id) {
        get(id);
        return AssessmentTransition.<AssessmentTransition>list("assessmentId", Sort.by("id"), id).stream()
                .map(t -> new Move(t.from, t.to, t.actor, t.at)).toList();
    }

    /** Keeps a move (or the creation, from null) and announces it, in the assessment's transaction. */
    void recordMove(Assessment a, Status from, String actor) {
        AssessmentTransition move = new AssessmentTransition();
        move.assessmentId = a.id;
        move.from = from;
        move.to = a.status;
        move.actor = actor;
        move.at = a.updatedAt;
        move.persist();
        outbox.record(AssessmentEvents.STATUS_CHANGED, a.id.toString(), new AssessmentStatusChanged(a.id.toString(),
                a.framework, a.version, new AssessmentPublished.Scope(a.scopeLevel.name(), a.regionCode),
                from == null ? null : from.name(), a.status.name(), actor, a.updatedAt));
    }

    /** An assessment's lists (answers, highlights, summaries) are bounded by its catalog: a larger one is refused. */
    private Optional<Problem.FieldError> catalogTooLarge(CatalogVersion version) {
        long indicators = ((Number) em.createNativeQuery("SELECT count(*) FROM catalog_indicator WHERE version_id = ?1")
                .setParameter(1, version.id).getSingleResult()).longValue();
        long domains = ((Number) em.createNativeQuery("SELECT count(*) FROM catalog_domain WHERE version_id = ?1")
                .setParameter(1, version.id).getSingleResult()).longValue();
        if (indicators <= CatalogPublished.MAX_INDICATORS && domains <= CatalogPublished.MAX_DOMAINS) {
            return Optional.empty();
        }
        return Optional.of(new Problem.FieldError("version", version.framework + " " + version.version + " has "
                + indicators + " indicators in " + domains + " domains: an assessment covers at most "
                + CatalogPublished.MAX_INDICATORS + " indicators in " + CatalogPublished.MAX_DOMAINS + " domains"));
    }

    /** A national catalog assesses the nation; a local one a province or a regency, named by its BPS code. */
    private List<Problem.FieldError> scopeProblems(Scope scope, CatalogVersion version) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean national = "NATIONAL".equals(version.level);
        if (national != (scope.level() == ScopeLevel.NATIONAL)) {
            errors.add(new Problem.FieldError("scope.level", version.framework + " is a " + version.level
                    + " catalog: it assesses " + (national ? "the NATIONAL scope" : "a PROVINCE or a REGENCY")));
        }
        String code = scope.regionCode();
        if (scope.level() == ScopeLevel.NATIONAL) {
            if (code != null) {
                errors.add(new Problem.FieldError("scope.regionCode", "must be left out for the NATIONAL scope"));
            }
            return errors;
        }
        int digits = scope.level() == ScopeLevel.PROVINCE ? 2 : 4;
        if (code == null) {
            errors.add(new Problem.FieldError("scope.regionCode", "is required for a " + scope.level() + " scope"));
        } else if (code.length() != digits) {
            errors.add(new Problem.FieldError("scope.regionCode", "a " + scope.level() + " has a " + digits
                    + "-digit BPS code"));
        } else {
            regions.problemWith(code).ifPresent(p -> errors.add(new Problem.FieldError("scope.regionCode", p)));
        }
        return errors;
    }

    public AssessmentView view(Assessment a) {
        return new AssessmentView(a.id, a.framework, a.version, new Scope(a.scopeLevel, a.regionCode),
                a.regionCode == null ? null : regions.name(a.regionCode), a.title, a.status, a.createdAt, a.createdBy,
                a.updatedAt, a.publishedAt);
    }
}
