package id.sdmi.catalog.organization;

/**
 * An organisation's role under Satu Data Indonesia (Perpres 39/2019): the pembina data sets standards, the walidata
 * verifies data, the produsen data produces it.
 */
public enum SdiRole {
    PEMBINA_DATA, WALIDATA, PRODUSEN_DATA
}
