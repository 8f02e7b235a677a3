package id.sdmi.events.indicator;

import java.time.OffsetDateTime;

/** Data of {@code sdmi.indicator.catalog.retired.v1}: no new assessment may start on this version. */
public record CatalogRetired(String framework, String version, OffsetDateTime retiredAt) {
}
