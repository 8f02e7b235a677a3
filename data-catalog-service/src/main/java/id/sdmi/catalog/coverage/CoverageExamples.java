package id.sdmi.catalog.coverage;

/** Example bodies of the coverage operation, for the OpenAPI document. */
final class CoverageExamples {

    private CoverageExamples() {
    }

    static final String COVERAGE = """
            {"publishedDatasets":21,"gcmObjectives":[{"code":"1","datasets":3,"sexDisaggregated":2,"gap":false},\
            {"code":"2","datasets":1,"sexDisaggregated":1,"gap":false},{"code":"3","datasets":9,\
            "sexDisaggregated":2,"gap":false},{"code":"4","datasets":1,"sexDisaggregated":0,"gap":false},\
            {"code":"5","datasets":0,"sexDisaggregated":0,"gap":true},{"code":"6","datasets":12,\
            "sexDisaggregated":4,"gap":false},{"code":"7","datasets":0,"sexDisaggregated":0,"gap":true},\
            {"code":"8","datasets":0,"sexDisaggregated":0,"gap":true},{"code":"9","datasets":4,\
            "sexDisaggregated":1,"gap":false},{"code":"10","datasets":1,"sexDisaggregated":1,"gap":false},\
            {"code":"11","datasets":3,"sexDisaggregated":0,"gap":false},{"code":"12","datasets":4,\
            "sexDisaggregated":2,"gap":false},{"code":"13","datasets":3,"sexDisaggregated":1,"gap":false},\
            {"code":"14","datasets":4,"sexDisaggregated":2,"gap":false},{"code":"15","datasets":5,\
            "sexDisaggregated":0,"gap":false},{"code":"16","datasets":5,"sexDisaggregated":5,"gap":false},\
            {"code":"17","datasets":6,"sexDisaggregated":4,"gap":false},{"code":"18","datasets":3,\
            "sexDisaggregated":1,"gap":false},{"code":"19","datasets":3,"sexDisaggregated":3,"gap":false},\
            {"code":"20","datasets":4,"sexDisaggregated":0,"gap":false},{"code":"21","datasets":12,\
            "sexDisaggregated":4,"gap":false},{"code":"22","datasets":0,"sexDisaggregated":0,"gap":true},\
            {"code":"23","datasets":4,"sexDisaggregated":4,"gap":false}],"mgiDomains":[{"code":"D1",\
            "datasets":4,"sexDisaggregated":2,"gap":false},{"code":"D2","datasets":3,"sexDisaggregated":1,\
            "gap":false},{"code":"D3","datasets":2,"sexDisaggregated":1,"gap":false},{"code":"D4","datasets":9,\
            "sexDisaggregated":4,"gap":false},{"code":"D5","datasets":2,"sexDisaggregated":1,"gap":false},\
            {"code":"D6","datasets":11,"sexDisaggregated":5,"gap":false}],"gcmObjectiveGaps":["5","7","8","22"],\
            "mgiDomainGaps":[]}""";

    static final String SDMX_CSV = """
            STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,THEME,STATISTIC,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE
            dataflow,SDMI:DF_NSDR_COVERAGE(1.0.0),I,IDN,GCM01,DS,2025-06-30,3,NUMBER
            dataflow,SDMI:DF_NSDR_COVERAGE(1.0.0),I,IDN,GCM01,DS_SEX,2025-06-30,2,NUMBER
            dataflow,SDMI:DF_NSDR_COVERAGE(1.0.0),I,IDN,MGI_D1,DS,2025-06-30,5,NUMBER
            """;
}
