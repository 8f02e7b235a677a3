package id.sdmi.catalog.search;

import id.sdmi.catalog.dataset.Dataset;
import id.sdmi.catalog.dataset.DatasetEnums.Access;
import id.sdmi.catalog.dataset.DatasetEnums.Disaggregation;
import id.sdmi.catalog.dataset.DatasetEnums.GeographicLevel;
import id.sdmi.catalog.dataset.DatasetEnums.SourceType;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.dataset.DatasetRecords.DatasetView;
import id.sdmi.catalog.dataset.DatasetService;
import id.sdmi.catalog.dataset.DatasetService.Caller;
import id.sdmi.catalog.organization.Organization;
import id.sdmi.catalog.search.FacetIndex.Entry;
import id.sdmi.catalog.search.SearchQuery.Filter;
import id.sdmi.catalog.search.SearchQuery.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Dataset search: PostgreSQL full text finds and ranks the datasets whose words match (Indonesian words as
 * written, English ones stemmed); the facet index filters by facet and visibility and counts the facets of
 * everything that matched; PostgreSQL then gives the rows of the page.
 */
@ApplicationScoped
public class DatasetSearch {

    @Schema(name = "DatasetSearchPage", description = "A page of datasets, how many matched, and the facets of "
            + "all that matched: for each facet, each value and how many datasets have it, most first")
    public record SearchPage(List<DatasetView> items, int page, int size, long total, String sort,
            Map<String, Map<String, Long>> facets) {
    }

    private final FacetIndex index;
    private final EntityManager em;

    public DatasetSearch(FacetIndex index, EntityManager em) {
        this.index = index;
        this.em = em;
    }

    public SearchPage search(SearchQuery query, Caller caller) {
        Set<String> producers = Organization.<Organization>streamAll().map(o -> o.code).collect(Collectors.toSet());
        Filter filter = query.filter(producers);
        Map<UUID, Float> ranks = filter.words() == null ? null : ranks(filter.words());
        List<Entry> matched = new ArrayList<>();
        Facets facets = new Facets();
        for (Entry entry : index.entries()) {
            if ((ranks == null || ranks.containsKey(entry.id())) && caller.sees(entry.status(), entry.producer())
                    && matches(entry, filter)) {
                matched.add(entry);
                facets.count(entry);
            }
        }
        List<UUID> ids = top(matched, order(filter.sort(), ranks), query.offset(), query.size).stream()
                .map(Entry::id).toList();
        Map<UUID, Dataset> rows = ids.isEmpty() ? Map.of()
                : Dataset.<Dataset>list("id in ?1", ids).stream().collect(Collectors.toMap(d -> d.id, d -> d));
        List<DatasetView> items = ids.stream().map(rows::get).filter(d -> d != null).map(DatasetService::view).toList();
        return new SearchPage(items, query.page, query.size, matched.size(), filter.sort().name, facets.result());
    }

    /** Every dataset whose words match, with its rank. */
    private Map<UUID, Float> ranks(String words) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT d.id, ts_rank(d.search, q.query)
                FROM dataset d,
                     (SELECT websearch_to_tsquery('simple', ?1) || websearch_to_tsquery('english', ?1) AS query) q
                WHERE d.search @@ q.query""").setParameter(1, words).getResultList();
        Map<UUID, Float> ranks = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            ranks.put((UUID) row[0], ((Number) row[1]).floatValue());
        }
        return ranks;
    }

    private static boolean matches(Entry e, Filter f) {
        return (f.producers().isEmpty() || f.producers().contains(e.producer()))
                && (f.sourceTypes().isEmpty() || f.sourceTypes().contains(e.sourceType()))
                && (f.access().isEmpty() || f.access().contains(e.access()))
                && (f.levels().isEmpty() || f.levels().contains(e.level()))
                && (f.statuses().isEmpty() || f.statuses().contains(e.status()))
                && (e.gcmObjectives() & f.gcmObjectives()) == f.gcmObjectives()
                && (e.mgiDomains() & f.mgiDomains()) == f.mgiDomains()
                && (e.disaggregations() & f.disaggregations()) == f.disaggregations()
                && (f.topics().isEmpty() || Arrays.asList(e.topics()).containsAll(f.topics()))
                && (f.identifier() == null || f.identifier().equals(e.identifier()));
    }

    private static Comparator<Entry> order(Sort sort, Map<UUID, Float> ranks) {
        Comparator<Entry> created = Comparator.comparingLong(Entry::created);
        Comparator<Entry> order = switch (sort) {
            case RELEVANCE -> Comparator.<Entry>comparingDouble(e -> ranks.get(e.id())).reversed()
                    .thenComparing(created.reversed());
            case CREATED -> created;
            case CREATED_DESC -> created.reversed();
            case UPDATED -> Comparator.comparingLong(Entry::updated);
            case UPDATED_DESC -> Comparator.comparingLong(Entry::updated).reversed();
            case TITLE -> Comparator.comparing(Entry::titleKey);
            case TITLE_DESC -> Comparator.comparing(Entry::titleKey).reversed();
        };
        return order.thenComparing(Entry::id);
    }

    /** The entries of one page in order, without sorting all that matched: a heap of offset + size. */
    private static List<Entry> top(List<Entry> matched, Comparator<Entry> order, int offset, int size) {
        int keep = offset + size;
        PriorityQueue<Entry> heap = new PriorityQueue<>(Math.min(keep, Math.max(matched.size(), 1)) + 1, order.reversed());
        for (Entry entry : matched) {
            heap.add(entry);
            if (heap.size() > keep) {
                heap.poll();
            }
        }
        List<Entry> best = new ArrayList<>(heap);
        best.sort(order);
        return best.size() <= offset ? List.of() : best.subList(offset, best.size());
    }

    /** Counts, for each facet, how many matched datasets have each value. */
    private static final class Facets {
        private final Map<String, long[]> producer = new HashMap<>();
        private final Map<String, long[]> topic = new HashMap<>();
        private final long[] gcmObjective = new long[24];
        private final long[] mgiDomain = new long[7];
        private final long[] sourceType = new long[32];
        private final long[] access = new long[32];
        private final long[] disaggregation = new long[32];
        private final long[] geographicLevel = new long[32];
        private final long[] status = new long[32];

        void count(Entry e) {
            producer.computeIfAbsent(e.producer(), k -> new long[1])[0]++;
            for (String t : e.topics()) {
                topic.computeIfAbsent(t, k -> new long[1])[0]++;
            }
            bits(e.gcmObjectives(), gcmObjective);
            bits(e.mgiDomains(), mgiDomain);
            bits(e.disaggregations(), disaggregation);
            sourceType[e.sourceType().ordinal()]++;
            access[e.access().ordinal()]++;
            geographicLevel[e.level().ordinal()]++;
            status[e.status().ordinal()]++;
        }

        private static void bits(int mask, long[] counts) {
            for (int rest = mask; rest != 0; rest &= rest - 1) {
                counts[Integer.numberOfTrailingZeros(rest)]++;
            }
        }

        Map<String, Map<String, Long>> result() {
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            facets.put("producer", mostFirst(producer, c -> c[0]));
            facets.put("topic", mostFirst(topic, c -> c[0]));
            facets.put("gcmObjective", numbered(gcmObjective, i -> String.valueOf(i)));
            facets.put("mgiDomain", numbered(mgiDomain, i -> "D" + i));
            facets.put("sourceType", named(sourceType, SourceType.values()));
            facets.put("access", named(access, Access.values()));
            facets.put("disaggregation", named(disaggregation, Disaggregation.values()));
            facets.put("geographicLevel", named(geographicLevel, GeographicLevel.values()));
            facets.put("status", named(status, Status.values()));
            return facets;
        }

        private static Map<String, Long> numbered(long[] counts, Function<Integer, String> name) {
            Map<String, long[]> byName = new HashMap<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    byName.put(name.apply(i), new long[] {counts[i]});
                }
            }
            return mostFirst(byName, c -> c[0]);
        }

        private static Map<String, Long> named(long[] counts, Enum<?>[] values) {
            return numbered(counts, i -> values[i].name());
        }

        private static Map<String, Long> mostFirst(Map<String, long[]> counts, Function<long[], Long> count) {
            Map<String, Long> sorted = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(c -> -count.apply(c.getValue()))
                            .thenComparing(Map.Entry::getKey))
                    .forEach(c -> sorted.put(c.getKey(), count.apply(c.getValue())));
            return sorted;
        }
    }
}
