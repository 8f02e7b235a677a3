package id.sdmi.indicator.framework;

/** Example bodies of the frameworks' operations, for the OpenAPI document (kept here, out of the resource's way). */
final class FrameworkExamples {

    private FrameworkExamples() {
    }

    static final String NEW_FRAMEWORK = """
            {"code":"MGI-NATIONAL","level":"NATIONAL","name":{"id":"Indikator Tata Kelola Migrasi Nasional",\
            "en":"National Migration Governance Indicators"}}""";

    static final String FRAMEWORK = """
            {"code":"MGI-NATIONAL","level":"NATIONAL","name":{"id":"Indikator Tata Kelola Migrasi Nasional",\
            "en":"National Migration Governance Indicators"},"description":null,"createdAt":"2026-11-23T10:00:00Z"}""";

    static final String PAGE = "{\"items\":[" + FRAMEWORK + "],\"page\":0,\"size\":50,\"total\":1}";

    static final String INVALID = """
            {"type":"https://sdmi.id/problems/validation-failed","title":"The request has invalid fields",\
            "status":400,"detail":"level: must be one of NATIONAL, PROVINCE, REGENCY",\
            "errors":[{"field":"level","message":"must be one of NATIONAL, PROVINCE, REGENCY"}]}""";
}
