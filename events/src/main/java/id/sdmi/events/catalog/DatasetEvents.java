package id.sdmi.events.catalog;

import id.sdmi.events.EventType;
import id.sdmi.events.Topics;

/** The events data-catalog-service publishes on {@value Topics#CATALOG_DATASET}; it owns these contracts. */
public final class DatasetEvents {

    /** A dataset was published (verified by a walidata). Subject and key: the dataset id. */
    public static final EventType<DatasetSummary> PUBLISHED = new EventType<>(
            "sdmi.catalog.dataset.published.v1", Topics.CATALOG_DATASET, "dataset", DatasetSummary.class);

    /** A published dataset's metadata changed. */
    public static final EventType<DatasetSummary> CHANGED = new EventType<>(
            "sdmi.catalog.dataset.changed.v1", Topics.CATALOG_DATASET, "dataset", DatasetSummary.class);

    /** A dataset was retired: evidence may no longer cite it. */
    public static final EventType<DatasetSummary> RETIRED = new EventType<>(
            "sdmi.catalog.dataset.retired.v1", Topics.CATALOG_DATASET, "dataset", DatasetSummary.class);

    private DatasetEvents() {
    }
}
