package id.sdmi.catalog.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of body an organisation is; provincial and regency offices carry a BPS region code. */
@Schema(name = "OrganizationType", description = "What kind of body an organisation is; provincial and regency "
        + "offices carry a BPS region code")
public enum OrganizationType {
    MINISTRY, AGENCY, PROVINCIAL_OFFICE, REGENCY_OFFICE, INTERNATIONAL_ORGANIZATION, CIVIL_SOCIETY;

    public boolean isLocal() {
        return this == PROVINCIAL_OFFICE || this == REGENCY_OFFICE;
    }
}
