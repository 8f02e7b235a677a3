package id.sdmi.indicator.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The life of a catalog version: edited as a draft, published once and for ever, retired when superseded. */
@Schema(name = "VersionStatus", description = "The life of a catalog version: DRAFT (being edited), PUBLISHED (never "
        + "changes again), RETIRED (no new assessment may start on it)")
public enum VersionStatus {
    DRAFT, PUBLISHED, RETIRED
}
