package id.sdmi.events;

/** The platform's Kafka topics, one per producing service. */
public final class Topics {
    public static final String INDICATOR_CATALOG = "sdmi.indicator.catalog.v1";
    public static final String ASSESSMENT = "sdmi.assessment.v1";
    public static final String CATALOG_DATASET = "sdmi.catalog.dataset.v1";

    private Topics() {
    }
}
