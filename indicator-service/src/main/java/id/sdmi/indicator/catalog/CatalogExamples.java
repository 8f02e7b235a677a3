package id.sdmi.indicator.catalog;

/**
 * Example bodies of the catalog versions' and domains' operations, for the OpenAPI document (kept here, out of the
 * resources' way).
 */
public final class CatalogExamples {

    private CatalogExamples() {
    }

    static final String NEW_VERSION = "{\"version\":\"2023\",\"copyFrom\":null}";

    static final String NEW_VERSION_COPY = "{\"version\":\"2025\",\"copyFrom\":\"2023\"}";

    static final String PUBLISHED = """
            {"framework":"MGI-NATIONAL","version":"2023","status":"PUBLISHED","copiedFrom":null,"domains":6,\
            "indicators":98,"createdAt":"2023-05-02T03:00:00Z","createdBy":"editor","publishedAt":"2023-06-12T08:00:00Z",\
            "publishedBy":"editor","retiredAt":null,"retiredBy":null}""";

    static final String DRAFT = """
            {"framework":"MGI-NATIONAL","version":"2025","status":"DRAFT","copiedFrom":"2023","domains":6,\
            "indicators":98,"createdAt":"2025-01-10T02:00:00Z","createdBy":"editor","publishedAt":null,\
            "publishedBy":null,"retiredAt":null,"retiredBy":null}""";

    static final String RETIRED = """
            {"framework":"MGI-NATIONAL","version":"2019","status":"RETIRED","copiedFrom":null,"domains":6,\
            "indicators":94,"createdAt":"2019-03-04T02:00:00Z","createdBy":"editor","publishedAt":"2019-04-01T08:00:00Z",\
            "publishedBy":"editor","retiredAt":"2023-06-12T08:05:00Z","retiredBy":"editor"}""";

    static final String VERSION_PAGE = "{\"items\":[" + RETIRED + "," + PUBLISHED + "],\"page\":0,\"size\":50,\"total\":2}";

    static final String NOT_A_DRAFT = """
            {"type":"https://sdmi.id/problems/conflict","title":"Conflict with the current state","status":409,\
            "detail":"version MGI-NATIONAL 2023 is PUBLISHED: only a draft can be published",\
            "instance":"/api/v1/frameworks/MGI-NATIONAL/versions/2023/publish"}""";

    static final String STALE = """
            {"type":"https://sdmi.id/problems/precondition-failed","title":"The resource changed since you read it",\
            "status":412,"detail":"version MGI-NATIONAL 2025 changed since you read it: read it again (its ETag is now \
            \\"41-2\\") and repeat the change","instance":"/api/v1/frameworks/MGI-NATIONAL/versions/2025/publish",\
            "currentEtag":"\\"41-2\\""}""";

    public static final String DIFF = """
            {"framework":"MGI-NATIONAL","from":"2019","to":"2023","domains":{"added":[],"removed":[],"changed":[]},\
            "indicators":{"added":[{"code":"6.19","domain":"D6","order":19,"text":{"id":"Pemerintah memiliki strategi \
            untuk mencegah perdagangan orang.","en":"The government has a strategy to prevent human trafficking."},\
            "guidance":null,"gcmObjectives":[10],"sdgTargets":["16.2"]}],"removed":[],\
            "changed":[{"code":"1.2","fields":[{"field":"gcmObjectives","from":[15],"to":[15,16]}]}]}}""";

    static final String DOMAIN = """
            {"code":"D1","order":1,"name":{"id":"Hak-hak migran","en":"Migrants' rights"}}""";

    static final String DOMAIN_PAGE = "{\"items\":[" + DOMAIN + "],\"page\":0,\"size\":50,\"total\":1}";

    static final String DOMAIN_INVALID = """
            {"type":"https://sdmi.id/problems/validation-failed","title":"The request has invalid fields","status":400,\
            "detail":"order: must be at most 99","instance":"/api/v1/frameworks/MGI-NATIONAL/versions/2025/domains",\
            "errors":[{"field":"order","message":"must be at most 99"}]}""";
}
