package id.sdmi.events.indicator;

import id.sdmi.events.EventType;
import id.sdmi.events.Topics;

/** The events indicator-service publishes on {@value Topics#INDICATOR_CATALOG}; it owns these contracts. */
public final class IndicatorCatalogEvents {

    /** A framework (an MGI indicator set such as MGI-NATIONAL) was created. Subject: the framework code. */
    public static final EventType<FrameworkCreated> FRAMEWORK_CREATED = new EventType<>(
            "sdmi.indicator.framework.created.v1", Topics.INDICATOR_CATALOG, "framework", FrameworkCreated.class);

    private IndicatorCatalogEvents() {
    }
}
