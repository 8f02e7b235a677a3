package id.sdmi.catalog.search;

import id.sdmi.web.Codes;
import id.sdmi.catalog.dataset.Dataset;
import id.sdmi.catalog.dataset.DatasetEnums.Access;
import id.sdmi.catalog.dataset.DatasetEnums.Disaggregation;
import id.sdmi.catalog.dataset.DatasetEnums.GeographicLevel;
import id.sdmi.catalog.dataset.DatasetEnums.SourceType;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.dataset.DatasetRecords;
import id.sdmi.catalog.dataset.DatasetRecords.DatasetView;
import id.sdmi.catalog.Caller;
import id.sdmi.catalog.dataset.DatasetService;
import id.sdmi.catalog.organization.Organization;
import id.sdmi.catalog.search.FacetIndex.Entry;
import id.sdmi.catalog.search.FacetIndex.Snapshot;
import id.sdmi.catalog.search.SearchQuery.Filter;
import id.sdmi.catalog.search.SearchQuery.Sort;
import id.sdmi.web.PageRequest;
import id.sdmi.web.PageSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
    public record SearchPage(
            @Schema(required = true, maxItems = PageRequest.MAX_SIZE, description = "The datasets of this page")
            List<DatasetView> items,
            @Schema(required = true, minimum = "0", maximum = "" + (SearchQuery.MAX_WINDOW - 1),
                    description = "The page number, from 0 (a page reaches at most the 10,000th dataset)") int page,
            @Schema(required = true, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, description = "Datasets per page")
            int size,
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX, description = "Datasets that matched") long total,
            @Schema(required = true, ref = "DatasetSort") String sort,
            @Schema(required = true, implementation = Facets.Shape.class) Map<String, Map<String, Long>> facets) {
    }

    private final FacetIndex index;
    private final DataSource dataSource;
    private final int cacheSize;
    private final int cachedFrom;
    private final Map<String, WordHits> cache;

    /**
     * {@code cacheSize}: how many word searches to keep; {@code cachedFrom}: only those matching at least this many
     * datasets are worth it (fewer come back from PostgreSQL in milliseconds).
     */
    public DatasetSearch(FacetIndex index, DataSource dataSource,
            @ConfigProperty(name = "sdmi.search.word-cache-size", defaultValue = "32") int cacheSize,
            @ConfigProperty(name = "sdmi.search.word-cache-from", defaultValue = "5000") int cachedFrom) {
        this.index = index;
        this.dataSource = dataSource;
        this.cacheSize = cacheSize;
        this.cachedFrom = cachedFrom;
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(cacheSize + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, WordHits> eldest) {
                return size() > cacheSize;
            }
        });
    }

    public SearchPage search(SearchQuery query, Caller caller) {
        Set<String> producers = Set.copyOf(Organization.getEntityManager()
                .createQuery("SELECT o.code FROM Organization o", String.class).getResultList());
        Filter filter = query.filter(producers);
        Snapshot snapshot = index.current();
        Entry[] entries = snapshot.entries();
        Matcher matcher = new Matcher(filter, snapshot);
        float[] ranks = null;
        List<Entry> matched = new ArrayList<>();
        Facets facets = new Facets(snapshot);
        if (filter.words() == null) {
            for (Entry entry : entries) {
                if (DatasetService.sees(caller, entry.status(), snapshot.producers()[entry.producer()]) && matcher.matches(entry)) {
                    matched.add(entry);
                    facets.count(entry);
                }
            }
        } else {
            WordHits hits = wordHits(filter.words(), snapshot);
            float[] rank = new float[entries.length];
            ranks = rank;
            for (int i = 0; i < hits.positions().length; i++) {
                Entry entry = entries[hits.positions()[i]];
                if (DatasetService.sees(caller, entry.status(), snapshot.producers()[entry.producer()]) && matcher.matches(entry)) {
                    rank[entry.position()] = hits.ranks()[i];
                    matched.add(entry);
                    facets.count(entry);
                }
            }
        }
        List<UUID> ids = top(matched, order(filter.sort(), ranks), query.offset(), query.size).stream()
                .map(Entry::id).toList();
        Map<UUID, Dataset> rows = ids.isEmpty() ? Map.of()
                : Dataset.<Dataset>list("id in ?1", ids).stream().collect(Collectors.toMap(d -> d.id, d -> d));
        List<DatasetView> items = ids.stream().map(rows::get).filter(d -> d != null).map(DatasetService::view).toList();
        return new SearchPage(items, query.page, query.size, matched.size(), filter.sort().name, facets.result());
    }

    /** The datasets of a snapshot whose words match, and their ranks. */
    record WordHits(Snapshot snapshot, int[] positions, float[] ranks) {
    }

    /** What to do with each dataset whose words match. */
    private interface Hit {
        void accept(UUID id, float rank);
    }

    /**
     * The datasets whose words match: from the cache when the same words were searched on the same snapshot (the
     * words of a dataset change only with it, and so does the snapshot), else from PostgreSQL.
     */
    WordHits wordHits(String words, Snapshot snapshot) {
        String key = words.toLowerCase(Locale.ROOT);
        WordHits cached = cacheSize == 0 ? null : cache.get(key);
        if (cached != null && cached.snapshot() == snapshot) {
            return cached;
        }
        Collector collector = new Collector(snapshot);
        matchWords(words, collector);
        WordHits hits = collector.hits();
        if (cacheSize > 0 && hits.positions().length >= cachedFrom) {
            cache.put(key, hits);
        }
        return hits;
    }

    /** Gathers the matches of one word search in the snapshot's positions. */
    private static final class Collector implements Hit {
        private final Snapshot snapshot;
        private int[] positions = new int[1024];
        private float[] ranks = new float[1024];
        private int count;

        Collector(Snapshot snapshot) {
            this.snapshot = snapshot;
        }

        @Override
        public void accept(UUID id, float rank) {
            Integer position = snapshot.positions().get(id);
            if (position == null) {
                return; // committed after this snapshot was taken
            }
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, count * 2);
                ranks = Arrays.copyOf(ranks, count * 2);
            }
            positions[count] = position;
            ranks[count++] = rank;
        }

        WordHits hits() {
            return new WordHits(snapshot, Arrays.copyOf(positions, count), Arrays.copyOf(ranks, count));
        }
    }

    /**
     * Hands over every dataset whose words match, with its rank, as PostgreSQL finds them: plain JDBC, streamed, as
     * a broad word matches tens of thousands.
     */
    private void matchWords(String words, Hit hit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT s.id, ts_rank(s.search, (SELECT websearch_to_tsquery('simple', ?) || websearch_to_tsquery('english', ?)))
                        FROM dataset_search s
                        WHERE s.search @@ (SELECT websearch_to_tsquery('simple', ?) || websearch_to_tsquery('english', ?))""")) {
            // sub-selects, so the query is parsed once (an InitPlan), not again for every row a generic plan rechecks
            for (int i = 1; i <= 4; i++) {
                statement.setString(i, words);
            }
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    hit.accept(rows.getObject(1, UUID.class), rows.getFloat(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the full-text search failed", e);
        }
    }

    /** The facet filters in the snapshot's numbers. */
    private static final class Matcher {
        private final Filter f;
        private final boolean[] producers;
        private final int[] topics;

        Matcher(Filter filter, Snapshot snapshot) {
            f = filter;
            producers = filter.producers().isEmpty() ? null : new boolean[snapshot.producers().length];
            for (String code : filter.producers()) {
                int number = snapshot.producer(code);
                if (number >= 0) {
                    producers[number] = true;
                }
            }
            // a topic no dataset has matches nothing: -1 is in no dataset's topics
            topics = filter.topics().stream().mapToInt(snapshot::topic).toArray();
        }

        boolean matches(Entry e) {
            if ((producers != null && !producers[e.producer()])
                    || (e.gcmObjectives() & f.gcmObjectives()) != f.gcmObjectives()
                    || (e.mgiDomains() & f.mgiDomains()) != f.mgiDomains()
                    || (e.disaggregations() & f.disaggregations()) != f.disaggregations()
                    || (!f.sourceTypes().isEmpty() && !f.sourceTypes().contains(e.sourceType()))
                    || (!f.access().isEmpty() && !f.access().contains(e.access()))
                    || (!f.levels().isEmpty() && !f.levels().contains(e.level()))
                    || (!f.statuses().isEmpty() && !f.statuses().contains(e.status()))
                    || (f.identifier() != null && !f.identifier().equals(e.identifier()))) {
                return false;
            }
            for (int topic : topics) {
                if (!contains(e.topics(), topic)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean contains(int[] values, int value) {
            for (int v : values) {
                if (v == value) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Comparator<Entry> order(Sort sort, float[] ranks) {
        Comparator<Entry> created = Comparator.comparingLong(Entry::created);
        Comparator<Entry> order = switch (sort) {
            case RELEVANCE -> Comparator.<Entry>comparingDouble(e -> -ranks[e.position()])
                    .thenComparing(created.reversed());
            case CREATED -> created;
            case CREATED_DESC -> created.reversed();
            case UPDATED -> Comparator.comparingLong(Entry::updated);
            case UPDATED_DESC -> Comparator.comparingLong(Entry::updated).reversed();
            case TITLE -> Comparator.comparing(Entry::titleKey);
            case TITLE_DESC -> Comparator.comparing(Entry::titleKey).reversed();
        };
        return order.thenComparingInt(Entry::position);
    }

    /**
     * The entries of one page in order, without sorting all that matched: a heap of the best offset + size, into
     * which an entry goes only when it beats the worst kept.
     */
    private static List<Entry> top(List<Entry> matched, Comparator<Entry> order, int offset, int size) {
        int keep = offset + size;
        PriorityQueue<Entry> heap = new PriorityQueue<>(keep + 1, order.reversed());
        for (Entry entry : matched) {
            if (heap.size() < keep) {
                heap.add(entry);
            } else if (order.compare(entry, heap.peek()) < 0) {
                heap.poll();
                heap.add(entry);
            }
        }
        List<Entry> best = new ArrayList<>(heap);
        best.sort(order);
        return best.size() <= offset ? List.of() : best.subList(offset, best.size());
    }

    /** Counts, for each facet, how many matched datasets have each value. */
    static final class Facets {

        /** The facets' JSON shape, for the OpenAPI document. */
        @Schema(name = "DatasetFacets", description = "For each facet, each value the matched datasets have and how "
                + "many have it, most first (ties by value); values none of them has are left out")
        static final class Shape {
            @Schema(required = true, description = "Producers' codes") public Map<String, Count> producer;
            @Schema(required = true, description = "Topics") public Map<String, Count> topic;
            @Schema(required = true, maxProperties = Codes.GCM_OBJECTIVES, description = "GCM objectives, 1 to 23")
            public Map<String, Count> gcmObjective;
            @Schema(required = true, maxProperties = Codes.MGI_DOMAINS, description = "MGI domains, D1 to D6")
            public Map<String, Count> mgiDomain;
            @Schema(required = true, maxProperties = 6, description = "Source types (DatasetSourceType)")
            public Map<String, Count> sourceType;
            @Schema(required = true, maxProperties = 3, description = "Access levels (DatasetAccess)")
            public Map<String, Count> access;
            @Schema(required = true, maxProperties = 11, description = "Disaggregations (DatasetDisaggregation)")
            public Map<String, Count> disaggregation;
            @Schema(required = true, maxProperties = 5, description = "Geographic levels (DatasetGeographicLevel)")
            public Map<String, Count> geographicLevel;
            @Schema(required = true, maxProperties = 6, description = "Statuses (DatasetStatus)")
            public Map<String, Count> status;
        }

        /** How many of the matched datasets have a facet value. */
        @Schema(name = "DatasetFacetCount", type = SchemaType.INTEGER, format = "int64", minimum = "1",
                maximum = PageSchema.COUNT_MAX, description = "How many of the datasets that matched have the value")
        static final class Count {
        }

        private final Snapshot snapshot;
        private final long[] producer;
        private final long[] topic;
        private final long[] gcmObjective = new long[Codes.GCM_OBJECTIVES + 1];
        private final long[] mgiDomain = new long[Codes.MGI_DOMAINS + 1];
        private final long[] sourceType = new long[SourceType.values().length];
        private final long[] access = new long[Access.values().length];
        private final long[] disaggregation = new long[32];
        private final long[] geographicLevel = new long[GeographicLevel.values().length];
        private final long[] status = new long[Status.values().length];

        Facets(Snapshot snapshot) {
            this.snapshot = snapshot;
            producer = new long[snapshot.producers().length];
            topic = new long[snapshot.topics().length];
        }

        void count(Entry e) {
            producer[e.producer()]++;
            for (int t : e.topics()) {
                topic[t]++;
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
            facets.put("producer", numbered(producer, i -> snapshot.producers()[i]));
            facets.put("topic", numbered(topic, i -> snapshot.topics()[i]));
            facets.put("gcmObjective", numbered(gcmObjective, i -> String.valueOf(i)));
            facets.put("mgiDomain", numbered(mgiDomain, Codes::mgiDomain));
            facets.put("sourceType", named(sourceType, SourceType.values()));
            facets.put("access", named(access, Access.values()));
            facets.put("disaggregation", named(disaggregation, Disaggregation.values()));
            facets.put("geographicLevel", named(geographicLevel, GeographicLevel.values()));
            facets.put("status", named(status, Status.values()));
            return facets;
        }

        /** The values with their counts, most first (ties by name); values no dataset has are left out. */
        private static Map<String, Long> numbered(long[] counts, IntFunction<String> name) {
            Map<String, Long> sorted = new LinkedHashMap<>();
            IntStream.range(0, counts.length).filter(i -> counts[i] > 0).boxed()
                    .sorted(Comparator.<Integer>comparingLong(i -> -counts[i]).thenComparing(name::apply))
                    .forEach(i -> sorted.put(name.apply(i), counts[i]));
            return sorted;
        }

        private static Map<String, Long> named(long[] counts, Enum<?>[] values) {
            return numbered(counts, i -> values[i].name());
        }

    }
}
