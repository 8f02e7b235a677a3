package id.sdmi.assessment.assessment;

/** Example bodies of the assessments' operations, for the OpenAPI document (kept here, out of the resource's way). */
public final class AssessmentExamples {

    private AssessmentExamples() {
    }

    static final String NEW_ASSESSMENT = """
            {"framework":"MGI-LOCAL","version":"2023","scope":{"level":"PROVINCE","regionCode":"33"},\
            "title":"MGI Lokal Jawa Tengah 2023"}""";

    static final String ASSESSMENT = """
            {"id":"4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10","framework":"MGI-LOCAL","version":"2023",\
            "scope":{"level":"PROVINCE","regionCode":"33"},"regionName":"Jawa Tengah","title":"MGI Lokal Jawa Tengah 2023",\
            "status":"PLANNED","createdAt":"2023-08-01T02:00:00Z","createdBy":"coordinator",\
            "updatedAt":"2023-08-01T02:00:00Z","publishedAt":null}""";

    static final String PAGE = "{\"items\":[" + ASSESSMENT + "],\"page\":0,\"size\":50,\"total\":1}";

    static final String INVALID = """
            {"type":"https://sdmi.id/problems/validation-failed","title":"The request has invalid fields","status":400,\
            "detail":"scope.level: must be one of NATIONAL, PROVINCE, REGENCY","instance":"/api/v1/assessments",\
            "errors":[{"field":"scope.level","message":"must be one of NATIONAL, PROVINCE, REGENCY"}]}""";

    static final String UNPROCESSABLE = """
            {"type":"https://sdmi.id/problems/unprocessable","title":"The request cannot be processed","status":422,\
            "detail":"scope.regionCode: a PROVINCE has a 2-digit BPS code","instance":"/api/v1/assessments",\
            "errors":[{"field":"scope.regionCode","message":"a PROVINCE has a 2-digit BPS code"}]}""";

    public static final String COMPARISON = """
            {"a":"4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10","b":"0b9d7e3c-5a2f-4e1b-8c6d-3f4a5b6c7d8e","by":"INDICATOR",\
            "indicators":[{"indicator":"1.1","domain":"D1","a":"PARTIAL","b":"YES","changed":true},\
            {"indicator":"1.2","domain":"D1","a":"NO","b":"NO","changed":false}],"domains":null}""";

    public static final String NOT_COMPARED = """
            {"type":"https://sdmi.id/problems/validation-failed","title":"The request has invalid fields","status":400,\
            "detail":"b: is required: the id of an assessment","instance":"/api/v1/assessments/compare",\
            "errors":[{"field":"b","message":"is required: the id of an assessment"}]}""";
}
