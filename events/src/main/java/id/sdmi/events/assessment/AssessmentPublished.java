package id.sdmi.events.assessment;

import id.sdmi.web.Label;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code sdmi.assessment.published.v1}: an MGI assessment was published. It names the catalog version it
 * assessed, its scope, and the ids of the NSDR datasets its answers cite as evidence (each once), so that
 * data-catalog-service can count how often each data source serves as evidence.
 */
public record AssessmentPublished(String id, Label title, String framework, String version, Scope scope,
        OffsetDateTime publishedAt, List<String> citedDatasets) {

    /** NATIONAL, or a province (2-digit BPS code) or regency (4-digit) assessed on its own. */
    public record Scope(String level, String regionCode) {
    }
}
