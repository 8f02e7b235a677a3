package id.sdmi.indicator.framework;

/** The administrative level a framework's assessments are run at. */
public enum Level {
    NATIONAL, PROVINCE, REGENCY
}
