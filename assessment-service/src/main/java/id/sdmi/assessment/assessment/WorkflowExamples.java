package id.sdmi.assessment.assessment;

/** Example bodies of the workflow's operations (participants, meetings, transitions), for the OpenAPI document. */
final class WorkflowExamples {

    private WorkflowExamples() {
    }

    static final String PARTICIPANT = "{\"org\":\"DISNAKERTRANS-33\",\"indicators\":[\"1.1\",\"1.2\"]}";

    static final String PARTICIPANTS = "[" + PARTICIPANT + ",{\"org\":\"KEMNAKER\",\"indicators\":[\"2.1\"]}]";

    static final String UNKNOWN_INDICATORS = """
            {"type":"https://sdmi.id/problems/unprocessable","title":"The request cannot be processed","status":422,\
            "detail":"indicators: not indicators of MGI-LOCAL 2023: 9.9",\
            "instance":"/api/v1/assessments/4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10/participants",\
            "errors":[{"field":"indicators","message":"not indicators of MGI-LOCAL 2023: 9.9"}]}""";

    static final String NEW_MEETING = """
            {"type":"FGD","date":"2023-09-18","place":"Semarang","participants":{"female":61,"male":58},\
            "orgs":["DISNAKERTRANS-33"]}""";

    static final String MEETING = """
            {"id":"9a1f3c5e-7b2d-4e6f-8a0b-1c2d3e4f5a6b","type":"FGD","date":"2023-09-18","place":"Semarang",\
            "participants":{"female":61,"male":58},"orgs":["DISNAKERTRANS-33"],"held":true}""";

    static final String MEETINGS = "[" + MEETING + "]";

    static final String NEXT_MOVE = """
            {"status":"VALIDATION","to":"VALIDATED","unmet":["no VALIDATION meeting has been held",\
            "domain D3 has 2 highlights, needs 3-5"]}""";

    static final String TRANSITION = "{\"to\":\"DATA_COLLECTION\"}";

    static final String MOVED = """
            {"id":"4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10","framework":"MGI-LOCAL","version":"2023",\
            "scope":{"level":"PROVINCE","regionCode":"33"},"regionName":"Jawa Tengah","title":"MGI Lokal Jawa Tengah 2023",\
            "status":"DATA_COLLECTION","createdAt":"2023-08-01T02:00:00Z","createdBy":"coordinator",\
            "updatedAt":"2023-08-14T03:30:00Z","publishedAt":null}""";

    static final String UNMET = """
            {"type":"https://sdmi.id/problems/workflow-conditions-unmet","title":"The assessment cannot move on yet",\
            "status":409,"detail":"assessment 4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10 cannot move to VALIDATED: \
            domain D3 has 2 highlights, needs 3-5",\
            "instance":"/api/v1/assessments/4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10/transitions",\
            "unmet":["domain D3 has 2 highlights, needs 3-5"]}""";

    static final String STALE = """
            {"type":"https://sdmi.id/problems/precondition-failed","title":"The resource changed since you read it",\
            "status":412,"detail":"assessment 4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10 changed since you read it: read it \
            again (its ETag is now \\"0-2\\") and repeat the change",\
            "instance":"/api/v1/assessments/4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10/transitions","currentEtag":"\\"0-2\\""}""";

    static final String MOVES = """
            [{"from":null,"to":"PLANNED","actor":"coordinator","at":"2023-08-01T02:00:00Z"},\
            {"from":"PLANNED","to":"DATA_COLLECTION","actor":"coordinator","at":"2023-08-14T03:30:00Z"}]""";
}
