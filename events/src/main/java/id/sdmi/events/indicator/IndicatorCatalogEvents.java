package id.sdmi.events.indicator;

import id.sdmi.events.EventType;
import id.sdmi.events.Topics;

/** The events indicator-service publishes on {@value Topics#INDICATOR_CATALOG}; it owns these contracts. */
public final class IndicatorCatalogEvents {

    /** A framework (an MGI indicator set such as MGI-NATIONAL) was created. Subject: the framework code. */
    public static final EventType<FrameworkCreated> FRAMEWORK_CREATED = new EventType<>(
            "sdmi.indicator.framework.created.v1", Topics.INDICATOR_CATALOG, "framework", FrameworkCreated.class);

    /** A catalog version was published; it never changes afterwards. Subject: {@code <framework>/<version>}. */
    public static final EventType<CatalogPublished> CATALOG_PUBLISHED = new EventType<>(
            "sdmi.indicator.catalog.published.v1", Topics.INDICATOR_CATALOG, "catalog-version", CatalogPublished.class);

    /** A published catalog version was retired. Subject: {@code <framework>/<version>}. */
    public static final EventType<CatalogRetired> CATALOG_RETIRED = new EventType<>(
            "sdmi.indicator.catalog.retired.v1", Topics.INDICATOR_CATALOG, "catalog-version", CatalogRetired.class);

    /** The subject (and Kafka key) of a catalog version's events. */
    public static String versionSubject(String framework, String version) {
        return framework + "/" + version;
    }

    private IndicatorCatalogEvents() {
    }
}
