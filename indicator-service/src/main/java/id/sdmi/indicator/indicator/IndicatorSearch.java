package id.sdmi.indicator.indicator;

import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorHit;
import id.sdmi.web.Label;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Search over the indicators of published versions: words in Indonesian or English (PostgreSQL full text,
 * ranked), domain, GCM objective and framework; a page at a time.
 */
@ApplicationScoped
public class IndicatorSearch {

    private final EntityManager em;

    public IndicatorSearch(EntityManager em) {
        this.em = em;
    }

    public Page<IndicatorHit> search(String q, String domain, Integer gcmObjective, String framework, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("v.status = 'PUBLISHED'");
        String rank = "";
        if (q != null && !q.isBlank()) {
            parameters.add(q.trim());
            int p = parameters.size();
            // Indonesian words as written, English words stemmed: either may match
            String query = "(websearch_to_tsquery('simple', ?" + p + ") || websearch_to_tsquery('english', ?" + p + "))";
            where.append(" AND i.search @@ ").append(query);
            rank = "ts_rank(i.search, " + query + ") DESC, ";
        }
        if (domain != null) {
            parameters.add(domain);
            where.append(" AND d.code = ?").append(parameters.size());
        }
        if (gcmObjective != null) {
            parameters.add(gcmObjective);
            where.append(" AND ?").append(parameters.size()).append(" = ANY (i.gcm_objectives)");
        }
        if (framework != null) {
            parameters.add(framework);
            where.append(" AND f.code = ?").append(parameters.size());
        }
        String from = """
                FROM indicator i
                JOIN catalog_version v ON v.id = i.version_id
                JOIN framework f ON f.id = v.framework_id
                JOIN domain d ON d.id = i.domain_id
                """ + "WHERE " + where;
        Query query = bind(em.createNativeQuery("""
                SELECT f.code, v.version, i.code AS indicator, d.code AS domain, d.name_id, d.name_en, i.text_id, i.text_en,
                       i.guidance_id, i.guidance_en, array_to_string(i.gcm_objectives, ','),
                       array_to_string(i.sdg_targets, ','), count(*) OVER () AS total
                %s
                ORDER BY %sf.code, v.version, d.ord, i.ord, i.code
                LIMIT %d OFFSET %d""".formatted(from, rank, page.size, page.offset())), parameters);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        // a page past the end has no row to carry the total
        long total = !rows.isEmpty() ? ((Number) rows.get(0)[12]).longValue()
                : page.page == 0 ? 0 : ((Number) bind(em.createNativeQuery("SELECT count(*) " + from), parameters)
                        .getSingleResult()).longValue();
        List<IndicatorHit> hits = rows.stream().map(r -> new IndicatorHit((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], new Label((String) r[4], (String) r[5]), new Label((String) r[6], (String) r[7]),
                r[8] == null && r[9] == null ? null : new Label((String) r[8], (String) r[9]),
                numbers((String) r[10]), strings((String) r[11]))).toList();
        return new Page<>(hits, page.page, page.size, total);
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static List<Integer> numbers(String csv) {
        return strings(csv).stream().map(Integer::valueOf).toList();
    }

    private static List<String> strings(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
