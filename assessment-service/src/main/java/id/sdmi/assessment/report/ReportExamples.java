package id.sdmi.assessment.report;

/** Example bodies of the reports' operations, for the OpenAPI document (kept here, out of the resource's way). */
final class ReportExamples {

    private ReportExamples() {
    }

    static final String SUMMARY = """
            {"assessment":"4f6c2a8e-1b7d-4c3e-9f0a-2d5e8b7c6a10","framework":"MGI-LOCAL","version":"2023",\
            "status":"CONSULTATION","indicators":76,"answered":70,"yes":30,"partial":25,"no":15,"completion":0.921,\
            "domains":[{"code":"D1","name":{"id":"Hak-hak migran","en":"Migrants' rights"},"indicators":13,\
            "answered":13,"yes":6,"partial":5,"no":2,"completion":1.0,"wellDeveloped":["1.1"],\
            "forDevelopment":["1.2"]}],"attendance":{"all":{"meetings":3,"female":110,"male":104},\
            "byType":{"INTRODUCTION":{"meetings":1,"female":25,"male":27},"FGD":{"meetings":2,"female":85,"male":77}}}}""";

    static final String MARKDOWN = """
            # MGI Lokal Jawa Tengah 2023

            - Catalog: MGI-LOCAL 2023
            - Scope: PROVINCE 33 (Jawa Tengah)
            - Status: CONSULTATION
            - Answered: 70 of 76 indicators (yes 30, partial 25, no 15)

            ## D1 Hak-hak migran / Migrants' rights

            Yes 6, partial 5, no 2; 13 of 13 answered.
            """;

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="id"><head><meta charset="utf-8"><title>MGI Lokal Jawa Tengah 2023</title></head><body>
            <h1>MGI Lokal Jawa Tengah 2023</h1>
            <h2>D1 Hak-hak migran / Migrants' rights</h2>
            <p>Yes 6, partial 5, no 2; 13 of 13 answered.</p>
            </body></html>
            """;
}
