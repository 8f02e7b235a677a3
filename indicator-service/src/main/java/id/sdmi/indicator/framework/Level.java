package id.sdmi.indicator.framework;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The administrative level a framework's assessments are run at. */
@Schema(name = "FrameworkLevel", description = "The administrative level a framework's assessments are run at")
public enum Level {
    NATIONAL, PROVINCE, REGENCY
}
