package id.sdmi.assessment.assessment;

/** Example bodies of the answers' and highlights' operations, for the OpenAPI document. */
public final class AnswerExamples {

    private AnswerExamples() {
    }

    static final String NEW_ANSWER = """
            {"value":"PARTIAL","justification":"Diatur undang-undang, pelaksanaan di daerah belum merata.",\
            "evidence":[{"type":"REGULATION","reference":"UU No. 18 Tahun 2017"},\
            {"type":"DATASET","datasetId":"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10"}]}""";

    static final String ANSWER = """
            {"indicator":"1.1","value":"PARTIAL","justification":"Diatur undang-undang, pelaksanaan di daerah belum merata.",\
            "evidence":[{"type":"REGULATION","reference":"UU No. 18 Tahun 2017","datasetId":null},\
            {"type":"DATASET","reference":null,"datasetId":"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10"}],\
            "answeredBy":"assessor-disnakertrans","org":"DISNAKERTRANS-33","answeredAt":"2023-09-04T03:12:00Z"}""";

    public static final String ANSWERS = "[" + ANSWER + "]";

    static final String FIRST_ANSWER = """
            {"indicator":"1.1","value":"NO","justification":"Belum ada peraturan daerah.","evidence":[],\
            "answeredBy":"assessor-disnakertrans","org":"DISNAKERTRANS-33","answeredAt":"2023-08-21T02:40:00Z"}""";

    static final String HISTORY = "[" + FIRST_ANSWER + "," + ANSWER + "]";

    public static final String CSV = """
            indicator,domain,text_id,value,justification,evidence,answered_by,org,answered_at\r
            1.1,D1,Pemerintah daerah memastikan pekerja migran terdaftar sebagai peserta JKN.,PARTIAL,\
            "Diatur undang-undang, pelaksanaan di daerah belum merata.",REGULATION:UU No. 18 Tahun 2017,\
            assessor-disnakertrans,DISNAKERTRANS-33,2023-09-04T03:12Z\r
            1.2,D1,Puskesmas melayani warga negara asing dalam keadaan darurat.,,,,,,\r
            """;

    static final String NOT_ASSIGNED = """
            {"type":"https://sdmi.id/problems/forbidden","title":"Not allowed","status":403,\
            "detail":"indicator 2.1 is not assigned to KEMNAKER in this assessment",\
            "instance":"/api/v1/assessments/4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10/answers/2.1"}""";

    static final String BAD_EVIDENCE = """
            {"type":"https://sdmi.id/problems/unprocessable","title":"The request cannot be processed","status":422,\
            "detail":"evidence[0].datasetId: dataset 7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10 is retired: it may no longer be cited",\
            "instance":"/api/v1/assessments/4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10/answers/1.1",\
            "errors":[{"field":"evidence[0].datasetId","message":"dataset 7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10 is retired: \
            it may no longer be cited"}]}""";

    static final String STALE = """
            {"type":"https://sdmi.id/problems/precondition-failed","title":"The resource changed since you read it",\
            "status":412,"detail":"the answer to 1.1 changed since you read it: read it again (its ETag is now \\"0-3\\") \
            and repeat the change","instance":"/api/v1/assessments/4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10/answers/1.1",\
            "currentEtag":"\\"0-3\\""}""";

    static final String HIGHLIGHTS = "[\"1.1\",\"1.4\",\"1.7\",\"2.2\",\"2.3\",\"2.5\"]";

    static final String DOMAIN_FULL = """
            {"type":"https://sdmi.id/problems/conflict","title":"Conflict with the current state","status":409,\
            "detail":"domain D1 has 5 highlights already, at most 5: drop one first",\
            "instance":"/api/v1/assessments/4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10/highlights/1.6"}""";

    public static final String SDMX_CSV = """
            STRUCTURE,STRUCTURE_ID,ACTION,FRAMEWORK,FRAMEWORK_VERSION,REF_AREA,DOMAIN,INDICATOR,TIME_PERIOD,OBS_VALUE,\
            HIGHLIGHT,ASSESSMENT_STATUS,ASSESSMENT_ID\r
            dataflow,SDMI:DF_MGI_RESULTS(1.0.0),I,MGI-LOCAL,2023,33,D1,1_1,2024,PARTIAL,Y,PUBLISHED,\
            4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10\r
            """;
}
