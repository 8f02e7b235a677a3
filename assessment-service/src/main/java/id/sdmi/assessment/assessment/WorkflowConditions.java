package id.sdmi.assessment.assessment;

import id.sdmi.assessment.assessment.Assessment.Status;
import id.sdmi.assessment.assessment.TeamRecords.MeetingType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** The conditions of each step of the workflow, each reported by name when unmet. */
@ApplicationScoped
public class WorkflowConditions {

    static final int MIN_HIGHLIGHTS = 3;
    static final int MAX_HIGHLIGHTS = 5;

    private final TeamService team;
    private final EntityManager em;

    public WorkflowConditions(TeamService team, EntityManager em) {
        this.team = team;
        this.em = em;
    }

    public List<String> unmet(Assessment a, Status to) {
        List<String> unmet = new ArrayList<>();
        switch (to) {
            case DATA_COLLECTION:
                if (team.participants(a.id).stream().noneMatch(p -> !p.indicators().isEmpty())) {
                    unmet.add("no participant has indicators assigned");
                }
                break;
            case CONSULTATION:
                if (team.held(a.id, MeetingType.FGD) == 0) {
                    unmet.add("no FGD has been held");
                }
                break;
            case VALIDATION:
                long open = count("""
                        SELECT count(*) FROM catalog_indicator i
                        WHERE i.version_id = ?1 AND NOT EXISTS (SELECT 1 FROM assessment_answer x
                              WHERE x.assessment_id = ?2 AND x.indicator = i.code)""", a);
                if (open > 0) {
                    unmet.add(open + " indicators are not answered");
                }
                break;
            case VALIDATED:
                if (team.held(a.id, MeetingType.VALIDATION) == 0) {
                    unmet.add("no VALIDATION meeting has been held");
                }
                @SuppressWarnings("unchecked")
                List<Object[]> domains = em.createNativeQuery("""
                        SELECT d.code, count(h.indicator) FROM catalog_domain d
                        LEFT JOIN assessment_highlight h ON h.assessment_id = ?2 AND h.domain = d.code
                        WHERE d.version_id = ?1 GROUP BY d.code, d.ord ORDER BY d.ord""")
                        .setParameter(1, a.versionId).setParameter(2, a.id).getResultList();
                for (Object[] d : domains) {
                    long n = ((Number) d[1]).longValue();
                    if (n < MIN_HIGHLIGHTS || n > MAX_HIGHLIGHTS) {
                        unmet.add("domain " + d[0] + " has " + n + " highlights, needs " + MIN_HIGHLIGHTS + "-" + MAX_HIGHLIGHTS);
                    }
                }
                break;
            default:
                break;
        }
        return unmet;
    }

    /** The datasets the assessment's answers cite as evidence, each once. */
    public List<String> citedDatasets(Assessment a) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                SELECT DISTINCT e ->> 'datasetId' FROM assessment_answer x, jsonb_array_elements(x.evidence) e
                WHERE x.assessment_id = ?1 AND e ->> 'type' = 'DATASET' ORDER BY 1""")
                .setParameter(1, a.id).getResultList();
        return ids;
    }

    private long count(String sql, Assessment a) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, a.versionId).setParameter(2, a.id)
                .getSingleResult()).longValue();
    }
}
