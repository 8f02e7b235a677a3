package id.sdmi.events.indicator;

import id.sdmi.web.Label;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code sdmi.indicator.catalog.published.v1}: a catalog version as it will stay for ever, with what
 * consumers need to accept answers to it (every indicator's code and domain, the domain list) and to show it.
 * Subject and Kafka key: {@code <framework>/<version>}.
 */
public record CatalogPublished(String framework, String level, String version, OffsetDateTime publishedAt,
        List<Domain> domains, List<Indicator> indicators) {

    /** The most domains and indicators a catalog version holds: indicator-service keeps to it, consumers rely on it. */
    public static final int MAX_DOMAINS = 99;
    public static final int MAX_INDICATORS = 10_000;

    public record Domain(String code, int order, Label name) {
    }

    public record Indicator(String code, String domain, int order, Label text, List<Integer> gcmObjectives,
            List<String> sdgTargets) {
    }
}
