package id.sdmi.catalog.citation;

/** Example bodies of the citations' operation, for the OpenAPI document. */
final class CitationExamples {

    private CitationExamples() {
    }

    static final String CITATIONS = """
            [{"assessmentId":"4f6c2d1e-8a3b-4c5d-9e7f-1a2b3c4d5e6f","title":"MGI Lokal Jawa Tengah 2023",\
            "framework":"MGI-LOCAL","version":"2023","scopeLevel":"PROVINCE","regionCode":"33",\
            "publishedAt":"2023-11-30T09:00:00Z"}]""";
}
