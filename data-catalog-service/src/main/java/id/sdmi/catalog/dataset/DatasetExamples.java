package id.sdmi.catalog.dataset;

/** Example bodies of the datasets' operations, for the OpenAPI document. */
public final class DatasetExamples {

    private DatasetExamples() {
    }

    static final String INPUT = """
            {"identifier":"bps-sakernas","title":{"id":"Survei Angkatan Kerja Nasional (Sakernas)",\
            "en":"National Labour Force Survey"},\
            "description":{"id":"Survei rumah tangga tentang ketenagakerjaan.","en":"Household survey of employment."},\
            "producer":"BPS","sourceType":"SURVEY","periodicity":"SEMIANNUAL","topics":["labour-migration"],\
            "gcmObjectives":[1,6],"mgiDomains":["D4"],"temporalCoverage":{"start":1986,"end":null},\
            "geographicLevel":"REGENCY","disaggregations":["SEX","AGE"],"access":"OPEN","licence":"CC-BY-4.0",\
            "contact":{"name":"Direktorat Statistik Kependudukan","email":"data@example.go.id"},\
            "distributions":[{"title":"Tabel","accessUrl":"https://www.bps.go.id/","format":"HTML","mediaType":"text/html"}]}""";

    /** A dataset's fields from its id to its status (left open) ... */
    private static final String HEAD = """
            {"id":"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10","identifier":"bps-sakernas",""";

    /** ... and from its title to its distributions. */
    private static final String METADATA = """
            "title":{"id":"Survei Angkatan Kerja Nasional (Sakernas)","en":"National Labour Force Survey"},\
            "description":{"id":"Survei rumah tangga tentang ketenagakerjaan.","en":"Household survey of employment."},\
            "producer":"BPS","sourceType":"SURVEY","periodicity":"SEMIANNUAL","releaseLagDays":null,\
            "topics":["labour-migration"],"gcmObjectives":[1,6],"mgiDomains":["D4"],\
            "temporalCoverage":{"start":1986,"end":null},"geographicLevel":"REGENCY","regionCode":null,\
            "disaggregations":["SEX","AGE"],"access":"OPEN","licence":"CC-BY-4.0",\
            "contact":{"name":"Direktorat Statistik Kependudukan","email":"data@example.go.id"},\
            "distributions":[{"title":"Tabel","accessUrl":"https://www.bps.go.id/","downloadUrl":null,"format":"HTML",\
            "mediaType":"text/html"}],""";

    private static final String CREATED_AT = "\"createdAt\":\"2026-11-23T10:00:00Z\",";

    static final String DRAFT = HEAD + "\"status\":\"DRAFT\"," + METADATA + "\"returnReasons\":null," + CREATED_AT
            + "\"updatedAt\":\"2026-11-23T10:00:00Z\",\"publishedAt\":null,\"citations\":0}";

    static final String SUBMITTED = HEAD + "\"status\":\"SUBMITTED\"," + METADATA + "\"returnReasons\":null," + CREATED_AT
            + "\"updatedAt\":\"2026-11-24T08:00:00Z\",\"publishedAt\":null,\"citations\":0}";

    static final String RETURNED = HEAD + "\"status\":\"RETURNED\"," + METADATA
            + "\"returnReasons\":[\"The contact e-mail is missing\",\"Add the disaggregation by sex\"]," + CREATED_AT
            + "\"updatedAt\":\"2026-11-25T09:00:00Z\",\"publishedAt\":null,\"citations\":0}";

    static final String VERIFIED = HEAD + "\"status\":\"VERIFIED\"," + METADATA + "\"returnReasons\":null," + CREATED_AT
            + "\"updatedAt\":\"2026-11-26T09:00:00Z\",\"publishedAt\":null,\"citations\":0}";

    static final String PUBLISHED = HEAD + "\"status\":\"PUBLISHED\"," + METADATA + "\"returnReasons\":null," + CREATED_AT
            + "\"updatedAt\":\"2026-11-27T09:00:00Z\",\"publishedAt\":\"2026-11-27T09:00:00Z\",\"citations\":2}";

    static final String RETIRED = HEAD + "\"status\":\"RETIRED\"," + METADATA + "\"returnReasons\":null," + CREATED_AT
            + "\"updatedAt\":\"2027-01-05T09:00:00Z\",\"publishedAt\":\"2026-11-27T09:00:00Z\",\"citations\":2}";

    static final String RETURN_REQUEST = """
            {"reasons":["The contact e-mail is missing","Add the disaggregation by sex"]}""";

    public static final String SEARCH_PAGE = "{\"items\":[" + PUBLISHED + "],\"page\":0,\"size\":20,\"total\":7,"
            + "\"sort\":\"relevance\",\"facets\":{\"producer\":{\"BPS\":4,\"BP2MI\":3},\"topic\":{\"labour-migration\":7},"
            + "\"gcmObjective\":{\"6\":7,\"1\":5},\"mgiDomain\":{\"D4\":7},\"sourceType\":{\"SURVEY\":4,"
            + "\"ADMINISTRATIVE\":3},\"access\":{\"OPEN\":6,\"RESTRICTED\":1},\"disaggregation\":{\"SEX\":6,\"AGE\":4},"
            + "\"geographicLevel\":{\"NATIONAL\":4,\"REGENCY\":3},\"status\":{\"PUBLISHED\":7}}}";

    static final String CSV = """
            id,status,producer,title_id,title_en,source_type,periodicity,topics,gcm_objectives,mgi_domains,...
            7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10,PUBLISHED,BPS,Survei Angkatan Kerja Nasional,...""";

    static final String HISTORY = "[{\"at\":\"2026-11-23T10:00:00Z\",\"actor\":\"steward-bps\",\"action\":\"CREATED\","
            + "\"status\":\"DRAFT\",\"reasons\":null,\"dataset\":" + DRAFT + "}]";

    static final String INVALID = """
            {"type":"https://sdmi.id/problems/validation-failed","title":"The request has invalid fields","status":400,\
            "detail":"gcmObjectives[1]: must be from 1 to 23",\
            "errors":[{"field":"gcmObjectives[1]","message":"must be from 1 to 23"}]}""";

    static final String UNKNOWN_PRODUCER = """
            {"type":"https://sdmi.id/problems/unprocessable","title":"The request cannot be processed","status":422,\
            "detail":"producer: no organisation BPSS is registered (GET /api/v1/organizations)",\
            "errors":[{"field":"producer","message":"no organisation BPSS is registered (GET /api/v1/organizations)"}]}""";

    static final String NOT_SUBMITTED = """
            {"type":"https://sdmi.id/problems/conflict","title":"Conflict with the current state","status":409,\
            "detail":"dataset 7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10 is DRAFT: it can be verified only when SUBMITTED"}""";

    public static final String BAD_FACET = """
            {"type":"https://sdmi.id/problems/validation-failed","title":"The request has invalid fields","status":400,\
            "detail":"access: 'PUBLIC' is not one of OPEN, RESTRICTED, CLOSED",\
            "errors":[{"field":"access","message":"'PUBLIC' is not one of OPEN, RESTRICTED, CLOSED"}]}""";
}
