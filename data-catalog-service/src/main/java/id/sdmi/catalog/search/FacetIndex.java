package id.sdmi.catalog.search;

import id.sdmi.catalog.dataset.DatasetEnums.Access;
import id.sdmi.catalog.dataset.DatasetEnums.Disaggregation;
import id.sdmi.catalog.dataset.DatasetEnums.GeographicLevel;
import id.sdmi.catalog.dataset.DatasetEnums.SourceType;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The facet fields of every dataset, held in memory so that a search counts its facets over 100,000 datasets in
 * a few milliseconds (as Solr and Lucene count theirs) where PostgreSQL needs hundreds. PostgreSQL stays the
 * source of truth: before each search the index reloads the rows changed since it last looked, with a margin for
 * transactions that committed late, so every replica answers from what is committed.
 */
@ApplicationScoped
public class FacetIndex {

    /** A dataset's facet fields; sets of small numbers as bit masks. */
    public record Entry(UUID id, String identifier, Status status, String producer, SourceType sourceType, Access access,
            GeographicLevel level, String[] topics, int gcmObjectives, int mgiDomains, int disaggregations,
            String titleKey, long created, long updated) {
    }

    /**
     * Longer than any transaction that writes a dataset lasts (they take milliseconds), plus the clock skew between
     * replicas: a row stamped before the last one seen may commit after it.
     */
    static final Duration COMMIT_MARGIN = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(FacetIndex.class);
    private static final String COLUMNS = """
            SELECT id, identifier, status, producer, source_type, access, geographic_level, topics, gcm_objectives, mgi_domains,
                   disaggregations, title_id, created_at, updated_at
            FROM dataset""";

    private final DataSource dataSource;
    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private long seenUpTo = Long.MIN_VALUE;

    public FacetIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void load(@Observes StartupEvent start) {
        long began = System.nanoTime();
        refresh();
        LOG.infof("Facet index: %d datasets loaded in %d ms", entries.size(), (System.nanoTime() - began) / 1_000_000);
    }

    /** Every dataset as last committed. */
    public Collection<Entry> entries() {
        refresh();
        return entries.values();
    }

    private synchronized void refresh() {
        boolean all = seenUpTo == Long.MIN_VALUE;
        String sql = all ? COLUMNS : COLUMNS + " WHERE updated_at >= ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (!all) {
                statement.setTimestamp(1, new Timestamp(seenUpTo - COMMIT_MARGIN.toMillis()));
            }
            statement.setFetchSize(5_000);
            long latest = seenUpTo;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Entry entry = entry(rows);
                    entries.put(entry.id(), entry);
                    latest = Math.max(latest, entry.updated());
                }
            }
            seenUpTo = all ? Math.max(latest, 0) : latest;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the datasets for the facet index", e);
        }
    }

    private static Entry entry(ResultSet rows) throws SQLException {
        return new Entry(rows.getObject(1, UUID.class), rows.getString(2), Status.valueOf(rows.getString(3)),
                rows.getString(4).intern(), SourceType.valueOf(rows.getString(5)), Access.valueOf(rows.getString(6)),
                GeographicLevel.valueOf(rows.getString(7)), interned(strings(rows.getArray(8))),
                mask(integers(rows.getArray(9))), mask(domains(strings(rows.getArray(10)))),
                mask(disaggregations(strings(rows.getArray(11)))), rows.getString(12).toLowerCase(Locale.ROOT),
                rows.getTimestamp(13).getTime(), rows.getTimestamp(14).getTime());
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static int[] integers(Array array) throws SQLException {
        Integer[] values = (Integer[]) array.getArray();
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    private static int[] domains(String[] codes) {
        int[] result = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            result[i] = codes[i].charAt(1) - '0';
        }
        return result;
    }

    private static int[] disaggregations(String[] names) {
        int[] result = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            result[i] = Disaggregation.valueOf(names[i]).ordinal();
        }
        return result;
    }

    private static String[] interned(String[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i].intern();
        }
        return values;
    }

    /** The set {1, 6} as the bits 1 and 6. */
    static int mask(int[] members) {
        int mask = 0;
        for (int member : members) {
            mask |= 1 << member;
        }
        return mask;
    }
}
