package id.sdmi.indicator.catalog;

/** The life of a catalog version: edited as a draft, published once and for ever, retired when superseded. */
public enum VersionStatus {
    DRAFT, PUBLISHED, RETIRED
}
