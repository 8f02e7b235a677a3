package id.sdmi.catalog.review;

import static id.sdmi.catalog.dataset.DatasetWorkflowTest.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sdmi.catalog.dataset.DatasetWorkflowTest;
import id.sdmi.catalog.release.ReleaseTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewTest {

    private String dataset;

    static String review(String dataset, String objectives, String timeliness) {
        return """
                {"datasetId":"%s","reviewedOn":"2024-08-15",\
                "relevance":{"gcmObjectives":%s,"mgiDomains":["D4"],"note":"Relevant"},\
                "quality":{"timeliness":"%s","coverage":"FAIR","disaggregation":"POOR","accessibility":"GOOD"},\
                "gaps":["No data by country of destination"],"recommendations":["Publish by country","Publish by sex"],\
                "summary":"Useful"}""".formatted(dataset, objectives, timeliness);
    }

    private static long stored(String dataset) {
        return QuarkusTransaction.requiringNew().call(() -> Review.count("datasetId", UUID.fromString(dataset)));
    }

    @BeforeEach
    void publishADataset() {
        DatasetWorkflowTest.ensureProducers();
        dataset = ReleaseTest.publishAsAdmin(ReleaseTest.quarterly("BPS"));
    }

    @Test
    void aReviewIsRecordedChangedListedAndRemoved() {
        String id = as("editor").body(review(dataset, "[6,1,6]", "GOOD")).post("/api/v1/reviews").then().statusCode(201)
                .body("dataset.id", equalTo(dataset)).body("dataset.producer", equalTo("BPS"))
                .body("reviewer", equalTo("editor")).body("reviewerOrg", equalTo("IOM"))
                .body("relevance.gcmObjectives", contains(1, 6))
                .body("quality.disaggregation", equalTo("POOR"))
                .body("recommendations", contains("Publish by country", "Publish by sex"))
                .extract().path("id");
        assertEquals(1, stored(dataset));
        String etag = as("viewer").get("/api/v1/reviews/" + id).then().statusCode(200).extract().header("ETag");

        as("walidata").header("If-Match", etag).body(review(dataset, "[1]", "POOR")).put("/api/v1/reviews/" + id)
                .then().statusCode(200).body("quality.timeliness", equalTo("POOR")).body("reviewer", equalTo("walidata"));
        as("walidata").header("If-Match", etag).body(review(dataset, "[1]", "FAIR")).put("/api/v1/reviews/" + id)
                .then().statusCode(412);
        as("viewer").get("/api/v1/reviews/" + id).then().body("quality.timeliness", equalTo("POOR"));

        as("editor").body(review(dataset, "[20]", "FAIR")).post("/api/v1/reviews").then().statusCode(201);
        as("viewer").queryParam("datasetId", dataset).get("/api/v1/reviews").then().statusCode(200)
                .body("total", equalTo(2)).body("items.dataset.id", contains(dataset, dataset))
                .body("items.quality.timeliness", containsInAnyOrder("POOR", "FAIR"));
        as("viewer").queryParam("producer", "BPS").queryParam("size", 500).get("/api/v1/reviews").then().statusCode(200)
                .body("items.dataset.producer.unique()", contains("BPS"));

        as("viewer").delete("/api/v1/reviews/" + id).then().statusCode(403);
        as("editor").delete("/api/v1/reviews/" + id).then().statusCode(204);
        assertEquals(1, stored(dataset));
        as("viewer").get("/api/v1/reviews/" + id).then().statusCode(404);
    }

    @Test
    void badReviewsAreRefusedAndNothingIsWritten() {
        as("editor").body(review(dataset, "[24]", "GOOD")).post("/api/v1/reviews").then().statusCode(400)
                .body("errors.field", contains("relevance.gcmObjectives[0]"));
        as("editor").body(review(dataset, "[1]", "EXCELLENT")).post("/api/v1/reviews").then().statusCode(400)
                .body("errors.field", contains("quality.timeliness"));
        as("editor").body(review(UUID.randomUUID().toString(), "[1]", "GOOD")).post("/api/v1/reviews").then()
                .statusCode(422).body("errors.field", contains("datasetId"));
        as("editor").body(review(dataset, "[1]", "GOOD").replace("2024-08-15", "2999-01-01")).post("/api/v1/reviews")
                .then().statusCode(422).body("errors.field", contains("reviewedOn"));
        as("editor").body(review(dataset, "[1]", "GOOD").replace("2024-08-15", "-999999999-01-01"))
                .post("/api/v1/reviews").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("reviewedOn"))
                .body("errors.message", contains("must be a day from 1900-01-01 to 2999-12-31"));
        as("steward-bps").body(review(dataset, "[1]", "GOOD")).post("/api/v1/reviews").then().statusCode(403);
        as("viewer").body(review(dataset, "[1]", "GOOD")).post("/api/v1/reviews").then().statusCode(403);
        String draft = as("steward-bps").body(ReleaseTest.quarterly("BPS")).post("/api/v1/datasets").then()
                .statusCode(201).extract().path("id");
        // another organisation's draft is answered as an unknown dataset: its existence and state are not told
        as("editor").body(review(draft, "[1]", "GOOD")).post("/api/v1/reviews").then().statusCode(422)
                .body("errors.field", contains("datasetId"))
                .body("detail", containsString("no dataset " + draft + " is in the catalog"));
        as("walidata").body(review(draft, "[1]", "GOOD")).post("/api/v1/reviews").then().statusCode(409)
                .body("detail", containsString("published"));
        assertEquals(0, stored(dataset));
        assertEquals(0, stored(draft));
    }
}
