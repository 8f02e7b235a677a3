package id.sdmi.catalog.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation's role under Satu Data Indonesia (Perpres 39/2019): the pembina data sets standards, the walidata
 * verifies data, the produsen data produces it.
 */
@Schema(name = "OrganizationSdiRole", description = "An organisation's role under Satu Data Indonesia (Perpres "
        + "39/2019): the pembina data sets standards, the walidata verifies data, the produsen data produces it")
public enum SdiRole {
    PEMBINA_DATA, WALIDATA, PRODUSEN_DATA
}
