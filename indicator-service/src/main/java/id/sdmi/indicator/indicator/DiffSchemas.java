package id.sdmi.indicator.indicator;

import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.indicator.catalog.CatalogRecords.DomainView;
import id.sdmi.indicator.indicator.CatalogDiff.FieldChange;
import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorView;
import id.sdmi.web.Codes;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI shapes of a {@link CatalogDiff.Diff}'s two sections, for naming (as {@link id.sdmi.web.PageSchema}
 * does for pages): the generic {@link CatalogDiff.Section} would otherwise be named after its type argument, and its
 * changes could not say which codes and fields they hold.
 */
final class DiffSchemas {

    private DiffSchemas() {
    }

    @Schema(name = "DomainChanges", description = "The domains added, removed and changed from one version to the other")
    static final class DomainChanges {

        @Schema(required = true, maxItems = CatalogPublished.MAX_DOMAINS, description = "Domains only in the version "
                + "compared to")
        public List<DomainView> added;

        @Schema(required = true, maxItems = CatalogPublished.MAX_DOMAINS, description = "Domains only in the version "
                + "compared from")
        public List<DomainView> removed;

        @Schema(required = true, maxItems = CatalogPublished.MAX_DOMAINS, description = "Domains in both, changed")
        public List<DomainChange> changed;
    }

    @Schema(name = "DomainChange", description = "A domain in both versions, with each field that differs")
    static final class DomainChange {

        @Schema(required = true, maxLength = Codes.DOMAIN_LENGTH, pattern = Codes.DOMAIN)
        public String code;

        @Schema(required = true, minItems = 1, maxItems = 3, description = "Of its order and name")
        public List<FieldChange> fields;
    }

    @Schema(name = "IndicatorChanges", description = "The indicators added, removed and changed from one version to the "
            + "other")
    static final class IndicatorChanges {

        @Schema(required = true, maxItems = CatalogPublished.MAX_INDICATORS, description = "Indicators only in the version "
                + "compared to")
        public List<IndicatorView> added;

        @Schema(required = true, maxItems = CatalogPublished.MAX_INDICATORS, description = "Indicators only in the version "
                + "compared from")
        public List<IndicatorView> removed;

        @Schema(required = true, maxItems = CatalogPublished.MAX_INDICATORS, description = "Indicators in both, changed")
        public List<IndicatorChange> changed;
    }

    @Schema(name = "IndicatorChange", description = "An indicator in both versions, with each field that differs")
    static final class IndicatorChange {

        @Schema(required = true, maxLength = Codes.INDICATOR_LENGTH, pattern = Codes.INDICATOR)
        public String code;

        @Schema(required = true, minItems = 1, maxItems = 8, description = "Of its domain, order, text, guidance, GCM "
                + "objectives and SDG targets")
        public List<FieldChange> fields;
    }
}
