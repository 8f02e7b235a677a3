package id.sdmi.assessment.assessment;

import id.sdmi.assessment.assessment.Assessment.Status;
import id.sdmi.web.ETags;
import id.sdmi.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** What every write to an assessment goes through: it exists, it is not published, its ETag matches. */
@ApplicationScoped
public class AssessmentWork {

    private final EntityManager em;

    public AssessmentWork(EntityManager em) {
        this.em = em;
    }

    /** The assessment, locked for this transaction, open for writing. */
    public Assessment writable(UUID id, String ifMatch) {
        Assessment a = em.find(Assessment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw ProblemException.notFound("assessment " + id);
        }
        if (a.status == Status.PUBLISHED) {
            throw ProblemException.conflict("assessment " + id + " is PUBLISHED: it does not change any more");
        }
        if (ifMatch != null) {
            ETags.check(ifMatch, ETags.of(a.id, a.rowVersion), "assessment " + id);
        }
        return a;
    }

    /** The indicator codes of the assessment's catalog version, in catalog order. */
    public List<String> indicators(Assessment a) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("""
                SELECT i.code FROM catalog_indicator i JOIN catalog_domain d
                  ON d.version_id = i.version_id AND d.code = i.domain
                WHERE i.version_id = ?1 ORDER BY d.ord, i.ord, i.code""").setParameter(1, a.versionId).getResultList();
        return codes;
    }
}
