package id.sdmi.catalog.release;

/** Example bodies of routine reporting's operations, for the OpenAPI document. */
final class ReleaseExamples {

    private ReleaseExamples() {
    }

    static final String INPUT = """
            {"releasedOn":"2024-05-21","url":"https://www.bi.go.id/","note":"Statistik Ekonomi dan Keuangan Indonesia"}""";

    static final String PERIOD = """
            {"period":"2024-Q1","start":"2024-01-01","end":"2024-03-31","due":"2024-05-30","releasedOn":"2024-05-21",\
            "url":"https://www.bi.go.id/","note":"Statistik Ekonomi dan Keuangan Indonesia","status":"ON_TIME",\
            "daysLate":0}""";

    static final String REPORT = "{\"datasetId\":\"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10\",\"producer\":\"BI\","
            + "\"periodicity\":\"QUARTERLY\",\"scheduled\":true,\"releaseLagDays\":60,\"asOf\":\"2024-12-31\","
            + "\"from\":2024,\"to\":2024,\"periods\":[" + PERIOD + "],\"summary\":{\"expected\":3,"
            + "\"onTime\":2,\"late\":0,\"missing\":1,\"pending\":0,\"onTimeRate\":0.667}}";

    static final String TIMELINESS = """
            {"asOf":"2024-12-31","from":2023,"to":2024,"producers":[{"producer":"BP2MI","datasets":2,\
            "timeliness":{"expected":46,"onTime":38,"late":5,"missing":3,"pending":2,"onTimeRate":0.826}}]}""";

    static final String NOT_A_PERIOD = """
            {"type":"https://sdmi.id/problems/validation-failed","title":"The request has invalid fields","status":400,\
            "detail":"period: '2024' is not a period of a QUARTERLY dataset: use a quarter such as 2024-Q1",\
            "errors":[{"field":"period","message":"'2024' is not a period of a QUARTERLY dataset: use a quarter such as \
            2024-Q1"}]}""";

    static final String TOO_EARLY = """
            {"type":"https://sdmi.id/problems/unprocessable","title":"The request cannot be processed","status":422,\
            "detail":"releasedOn: period 2024-Q1 ends 2024-03-31: its data cannot have come out before",\
            "errors":[{"field":"releasedOn","message":"period 2024-Q1 ends 2024-03-31: its data cannot have come out \
            before"}]}""";
}
