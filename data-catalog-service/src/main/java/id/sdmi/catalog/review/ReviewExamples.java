package id.sdmi.catalog.review;

/** Example bodies of the reviews' operations, for the OpenAPI document. */
final class ReviewExamples {

    private ReviewExamples() {
    }

    static final String INPUT = """
            {"datasetId":"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10","reviewedOn":"2024-08-15",\
            "relevance":{"gcmObjectives":[1,6],"mgiDomains":["D4"],"note":"Core source on migrant workers' employment"},\
            "quality":{"timeliness":"GOOD","coverage":"FAIR","disaggregation":"GOOD","accessibility":"FAIR",\
            "note":"Microdata on request"},"gaps":["No question on the country of previous residence"],\
            "recommendations":["Add a migration module every five years"],"summary":"A reliable, regular source."}""";

    static final String REVIEW = """
            {"id":"0d6f3a8e-2b4c-4d1e-9f7a-5c3b2a1d0e9f","dataset":{"id":"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10",\
            "title":{"id":"Survei Angkatan Kerja Nasional (Sakernas)","en":"National Labour Force Survey"},\
            "producer":"BPS"},"reviewedOn":"2024-08-15","reviewer":"walidata-bappenas","reviewerOrg":"BAPPENAS",\
            "relevance":{"gcmObjectives":[1,6],"mgiDomains":["D4"],"note":"Core source on migrant workers' employment"},\
            "quality":{"timeliness":"GOOD","coverage":"FAIR","disaggregation":"GOOD","accessibility":"FAIR",\
            "note":"Microdata on request"},"gaps":["No question on the country of previous residence"],\
            "recommendations":["Add a migration module every five years"],"summary":"A reliable, regular source.",\
            "createdAt":"2024-08-16T03:00:00Z","updatedAt":"2024-08-16T03:00:00Z"}""";

    static final String PAGE = "{\"items\":[" + REVIEW + "],\"page\":0,\"size\":50,\"total\":1}";

    static final String NOT_PUBLISHED = """
            {"type":"https://sdmi.id/problems/conflict","title":"Conflict with the current state","status":409,\
            "detail":"dataset 7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10 is DRAFT: the NSDR reviews published datasets"}""";
}
