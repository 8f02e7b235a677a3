package id.sdmi.indicator.indicator;

/** Example bodies of the indicators' operations, for the OpenAPI document (kept here, out of the resources' way). */
final class IndicatorExamples {

    private IndicatorExamples() {
    }

    static final String INDICATOR = """
            {"code":"1.1","domain":"D1","order":1,"text":{"id":"Terdapat peraturan yang menjamin akses pekerja migran \
            terhadap layanan kesehatan.","en":"A regulation guarantees migrant workers access to health services."},\
            "guidance":{"id":"Periksa peraturan terkait dan bukti pelaksanaannya.","en":"Check the regulation and \
            evidence of its implementation."},"gcmObjectives":[15],"sdgTargets":["10.7","3.8"]}""";

    static final String PAGE = "{\"items\":[" + INDICATOR + "],\"page\":0,\"size\":50,\"total\":98}";

    static final String CSV = """
            code,domain,order,text_id,text_en,guidance_id,guidance_en,gcm_objectives,sdg_targets
            1.1,D1,1,Terdapat peraturan yang menjamin akses pekerja migran terhadap layanan kesehatan.,\
            A regulation guarantees migrant workers access to health services.,Periksa peraturan terkait.,\
            Check the regulation.,15,10.7;3.8
            """;

    static final String INVALID = """
            {"type":"https://sdmi.id/problems/validation-failed","title":"The request has invalid fields","status":400,\
            "detail":"gcmObjectives[1]: must be from 1 to 23",\
            "instance":"/api/v1/frameworks/MGI-NATIONAL/versions/2025/indicators",\
            "errors":[{"field":"gcmObjectives[1]","message":"must be from 1 to 23"}]}""";

    static final String UNKNOWN_DOMAIN = """
            {"type":"https://sdmi.id/problems/unprocessable","title":"The request cannot be processed","status":422,\
            "detail":"domain: version MGI-NATIONAL 2025 has no domain D7 (its domains: D1, D2, D3, D4, D5, D6)",\
            "instance":"/api/v1/frameworks/MGI-NATIONAL/versions/2025/indicators",\
            "errors":[{"field":"domain","message":"version MGI-NATIONAL 2025 has no domain D7 (its domains: D1, D2, D3, \
            D4, D5, D6)"}]}""";

    static final String IMPORT_JSON = "[" + INDICATOR + "]";

    static final String IMPORTED = "{\"framework\":\"MGI-NATIONAL\",\"version\":\"2023\",\"imported\":98,\"indicators\":98}";

    static final String IMPORT_REFUSED = """
            {"type":"https://sdmi.id/problems/unprocessable","title":"The request cannot be processed","status":422,\
            "detail":"2 row(s) cannot be imported (2 error(s)); nothing was imported","errors":[\
            {"row":4,"field":"gcm_objectives","message":"must be from 1 to 23"},\
            {"row":9,"field":"domain","message":"version MGI-NATIONAL 2023 has no domain D9 (its domains: D1, D2)"}]}""";

    static final String HITS = """
            {"items":[{"framework":"MGI-NATIONAL","version":"2023","code":"4.3","domain":"D4",\
            "domainName":{"id":"Kesejahteraan migran","en":"Well-being of migrants"},\
            "text":{"id":"Pekerja migran dapat mengakses layanan kesehatan publik.","en":"Migrant workers can use public \
            health services."},"guidance":null,"gcmObjectives":[15],"sdgTargets":["3.8"]}],"page":0,"size":20,"total":1}""";
}
