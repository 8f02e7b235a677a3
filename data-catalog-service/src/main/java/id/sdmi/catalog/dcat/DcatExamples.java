package id.sdmi.catalog.dcat;

/** Example bodies of the DCAT catalog, for the OpenAPI document. */
final class DcatExamples {

    private DcatExamples() {
    }

    static final String CATALOG = """
            {"@context":{"dcat":"http://www.w3.org/ns/dcat#","dct":"http://purl.org/dc/terms/"},"@graph":[\
            {"@id":"https://sdmi.example/api/v1/catalog","@type":"dcat:Catalog","dct:title":[{"@value":\
            "Satu Data Migrasi Internasional","@language":"id"}],"dcat:dataset":[{"@id":\
            "https://sdmi.example/api/v1/catalog/datasets/7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10"}]}]}""";
}
