package id.sdmi.catalog.organization;

/** Example bodies of the organisations' operations, for the OpenAPI document. */
final class OrganizationExamples {

    private OrganizationExamples() {
    }

    static final String INPUT = """
            {"code":"DISNAKERTRANS-33","name":{"id":"Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Tengah",\
            "en":"Central Java Manpower and Transmigration Office"},"type":"PROVINCIAL_OFFICE","sdiRole":"PRODUSEN_DATA",\
            "regionCode":"33"}""";

    static final String OFFICE = """
            {"code":"DISNAKERTRANS-33","name":{"id":"Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Tengah",\
            "en":"Central Java Manpower and Transmigration Office"},"type":"PROVINCIAL_OFFICE","sdiRole":"PRODUSEN_DATA",\
            "regionCode":"33","regionName":"Jawa Tengah"}""";

    static final String PAGE = """
            {"items":[{"code":"BPS","name":{"id":"Badan Pusat Statistik","en":"Statistics Indonesia"},\
            "type":"AGENCY","sdiRole":"PEMBINA_DATA","regionCode":null,"regionName":null}],"page":0,"size":50,"total":1}""";

    static final String REGION_UNKNOWN = """
            {"type":"https://sdmi.id/problems/unprocessable","title":"The request cannot be processed","status":422,\
            "detail":"regionCode: is not a BPS province code",\
            "errors":[{"field":"regionCode","message":"is not a BPS province code"}]}""";

    static final String STALE = """
            {"type":"https://sdmi.id/problems/precondition-failed","title":"The resource changed since you read it",\
            "status":412,"detail":"organisation DISNAKERTRANS-33 changed since you read it: read it again (its ETag is now \
            \\"0-2\\") and repeat the change","currentEtag":"\\"0-2\\""}""";
}
