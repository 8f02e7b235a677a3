package id.sdmi.assessment.assessment;

import static id.sdmi.assessment.catalog.IndicatorCatalogConsumerTest.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.assessment.catalog.CatalogReplicaTest;
import id.sdmi.assessment.catalog.CatalogVersion;
import id.sdmi.assessment.catalog.IndicatorCatalogConsumerTest;
import id.sdmi.events.CloudEventCodec;
import id.sdmi.events.Topics;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.events.indicator.CatalogRetired;
import id.sdmi.events.indicator.IndicatorCatalogEvents;
import id.sdmi.testing.Listing;
import id.sdmi.testing.KafkaTopics;
import id.sdmi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentTest {

    @Inject
    CloudEventCodec codec;

    private String local;
    private String national;

    static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON);
    }

    static String assessment(String framework, String level, String region, String title) {
        return """
                {"framework":"%s","version":"2023","scope":{"level":"%s","regionCode":%s},"title":"%s"}"""
                .formatted(framework, level, region == null ? "null" : "\"" + region + "\"", title);
    }

    private static long stored(String title) {
        return QuarkusTransaction.requiringNew().call(() -> Assessment.count("title", title));
    }

    /** A local and a national catalog, published in indicator-service (their events on the real broker). */
    @BeforeEach
    void learnTwoCatalogs() throws Exception {
        local = IndicatorCatalogConsumerTest.newCode();
        national = IndicatorCatalogConsumerTest.newCode();
        CatalogReplicaTest.send(codec, IndicatorCatalogEvents.CATALOG_PUBLISHED,
                IndicatorCatalogEvents.versionSubject(local, "2023"), CatalogReplicaTest.catalog(local, "2023"));
        CatalogPublished nationalCatalog = CatalogReplicaTest.catalog(national, "2023");
        CatalogReplicaTest.send(codec, IndicatorCatalogEvents.CATALOG_PUBLISHED,
                IndicatorCatalogEvents.versionSubject(national, "2023"), new CatalogPublished(national, "NATIONAL",
                        "2023", nationalCatalog.publishedAt(), nationalCatalog.domains(), nationalCatalog.indicators()));
        await("the catalogs", () -> QuarkusTransaction.requiringNew().call(() ->
                CatalogVersion.find(local, "2023").isPresent() && CatalogVersion.find(national, "2023").isPresent()));
    }

    @Test
    void aCoordinatorPlansAnAssessmentOnALearnedCatalog() {
        String title = "MGI Lokal Jawa Tengah " + local;
        io.restassured.response.ExtractableResponse<?> created = as("coordinator")
                .body(assessment(local, "PROVINCE", "33", title)).post("/api/v1/assessments")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/assessments/"))
                .body("status", equalTo("PLANNED")).body("regionName", equalTo("Jawa Tengah"))
                .body("createdBy", equalTo("coordinator")).extract();
        String id = created.path("id");
        assertEquals("\"" + id + "-0\"", created.header("ETag"), "the tag names the assessment and its version");
        assertEquals(1, stored(title));
        as("viewer").get("/api/v1/assessments/" + id).then().statusCode(200).body("title", equalTo(title))
                .body("scope.level", equalTo("PROVINCE"));
        assertTrue(Listing.lists(() -> as("viewer"), "/api/v1/assessments", "id", id), "listed");
        // the creation is announced: from nothing to PLANNED
        assertEquals(1, KafkaTopics.await(Topics.ASSESSMENT, r -> r.key().equals(id)
                && r.value().contains("\"type\":\"sdmi.assessment.status-changed.v1\"")
                && r.value().contains("\"to\":\"PLANNED\""), 1, Duration.ofSeconds(20)).size());
        as("coordinator").body(assessment(national, "NATIONAL", null, "MGI Nasional " + national))
                .post("/api/v1/assessments").then().statusCode(201).body("regionName", equalTo(null));
        as("coordinator").body(assessment(local, "REGENCY", "3374", "MGI Kota Semarang " + local))
                .post("/api/v1/assessments").then().statusCode(201).body("regionName", equalTo("Semarang"));
    }

    @Test
    void assessmentsOfDifferentFrameworksAreComparedByDomain() {
        String a = as("coordinator").body(assessment(local, "PROVINCE", "33", "Lokal " + local)).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        String b = as("coordinator").body(assessment(national, "NATIONAL", null, "Nasional " + national))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        as("viewer").queryParam("a", a).queryParam("b", b).get("/api/v1/assessments/compare").then().statusCode(200)
                .body("by", equalTo("DOMAIN")).body("domains.domain", contains("D1", "D2"))
                .body("domains[0].a.indicators", equalTo(2)).body("domains[0].b.indicators", equalTo(2))
                .body("domains[1].a.answered", equalTo(0)).body("indicators", equalTo(null));
        as("viewer").queryParam("a", a).get("/api/v1/assessments/compare").then().statusCode(400)
                .body("errors.field", contains("b"));
    }

    @Test
    void badAssessmentsAreRefusedAndNothingIsWritten() throws Exception {
        String title = "Tidak boleh " + local;
        as("coordinator").body(assessment("NO-SUCH", "PROVINCE", "33", title)).post("/api/v1/assessments")
                .then().statusCode(422).body("errors.field", hasItem("version"))
                .body("detail", containsString("no published catalog version NO-SUCH 2023"));
        as("coordinator").body(assessment(local, "PROVINCE", "93", title)).post("/api/v1/assessments")
                .then().statusCode(422).body("errors.field", hasItem("scope.regionCode"))
                .body("detail", containsString("not a BPS province code"));
        as("coordinator").body(assessment(local, "REGENCY", "3399", title)).post("/api/v1/assessments")
                .then().statusCode(422).body("detail", containsString("not a regency or city of Central Java"));
        as("coordinator").body(assessment(local, "REGENCY", "9901", title)).post("/api/v1/assessments")
                .then().statusCode(422).body("detail", containsString("99, which is not a BPS province code"));
        as("coordinator").body(assessment(local, "PROVINCE", "3374", title)).post("/api/v1/assessments")
                .then().statusCode(422).body("detail", containsString("2-digit"));
        as("coordinator").body(assessment(local, "NATIONAL", null, title)).post("/api/v1/assessments")
                .then().statusCode(422).body("errors.field", hasItem("scope.level"));
        as("coordinator").body(assessment(national, "PROVINCE", "33", title)).post("/api/v1/assessments")
                .then().statusCode(422).body("errors.field", hasItems("scope.level"));
        as("coordinator").body(assessment(local, "CITY", "33", title)).post("/api/v1/assessments")
                .then().statusCode(400).body("errors.field", hasItem("scope.level"));
        as("coordinator").body("{\"framework\":").post("/api/v1/assessments").then().statusCode(400);
        as("viewer").body(assessment(local, "PROVINCE", "33", title)).post("/api/v1/assessments").then().statusCode(403);
        as("assessor-kemnaker").body(assessment(local, "PROVINCE", "33", title)).post("/api/v1/assessments")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(assessment(local, "PROVINCE", "33", title))
                .post("/api/v1/assessments").then().statusCode(401);

        CatalogReplicaTest.send(codec, IndicatorCatalogEvents.CATALOG_RETIRED,
                IndicatorCatalogEvents.versionSubject(local, "2023"),
                new CatalogRetired(local, "2023", OffsetDateTime.now(ZoneOffset.UTC)));
        await("the retirement", () -> QuarkusTransaction.requiringNew().call(() ->
                CatalogVersion.RETIRED.equals(CatalogVersion.find(local, "2023").orElseThrow().status)));
        as("coordinator").body(assessment(local, "PROVINCE", "33", title)).post("/api/v1/assessments")
                .then().statusCode(422).body("detail", containsString("retired"));
        assertEquals(0, stored(title));
    }
}
