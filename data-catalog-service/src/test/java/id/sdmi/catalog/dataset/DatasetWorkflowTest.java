package id.sdmi.catalog.dataset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.events.Topics;
import id.sdmi.testing.KafkaTopics;
import id.sdmi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class DatasetWorkflowTest {

    public static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON);
    }

    @BeforeEach
    void producers() {
        ensureProducers();
    }

    /** The producers of the demo stewards (org claims BPS and BP2MI) exist in every test database. */
    public static void ensureProducers() {
        for (String code : List.of("BPS", "BP2MI")) {
            int status = as("admin").body("""
                    {"code":"%s","name":{"id":"%s"},"type":"AGENCY","sdiRole":"PRODUSEN_DATA"}""".formatted(code, code))
                    .post("/api/v1/organizations").statusCode();
            assertEquals(true, status == 201 || status == 409, "organisation " + code + ": " + status);
        }
    }

    public static String dataset(String title, String producer) {
        return """
                {"title":{"id":"%s","en":"%s in English"},"description":{"id":"Deskripsi","en":"Description"},\
                "producer":"%s","sourceType":"SURVEY","periodicity":"ANNUAL","topics":["labour-migration"],\
                "gcmObjectives":[6,1],"mgiDomains":["D4"],"temporalCoverage":{"start":2015,"end":2024},\
                "geographicLevel":"PROVINCE","regionCode":"33","disaggregations":["SEX","AGE"],"access":"OPEN",\
                "licence":"CC-BY-4.0","contact":{"name":"Subdirektorat","email":"data@example.go.id"},\
                "distributions":[{"title":"Tabel","accessUrl":"https://example.go.id/tabel","format":"CSV","mediaType":"text/csv"}]}"""
                .formatted(title, title, producer);
    }

    static String newTitle() {
        return "Data uji " + UUID.randomUUID();
    }

    static long stored(String title) {
        return QuarkusTransaction.requiringNew().call(() -> Dataset.count("titleId", title));
    }

    static String create(String user, String title, String producer) {
        return as(user).body(dataset(title, producer)).post("/api/v1/datasets")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aStewardDraftsAndSubmitsAWalidataVerifiesAndPublishesAndEveryStepIsKept() throws Exception {
        String title = newTitle();
        String id = create("steward-bps", title, "BPS");
        String url = "/api/v1/datasets/" + id;
        as("steward-bps").post(url + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as("walidata").post(url + "/verify").then().statusCode(200).body("status", equalTo("VERIFIED"));
        as("walidata").post(url + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("gcmObjectives", contains(1, 6)).body("distributions[0].accessUrl", equalTo("https://example.go.id/tabel"));

        as("viewer").get(url).then().statusCode(200).body("title.id", equalTo(title));
        as("viewer").get(url + "/history").then().statusCode(200)
                .body("action", contains("CREATED", "SUBMITTED", "VERIFIED", "PUBLISHED"))
                .body("actor", contains("steward-bps", "steward-bps", "walidata", "walidata"))
                .body("[0].dataset.status", equalTo("DRAFT"));

        List<ConsumerRecord<String, String>> records = KafkaTopics.await(Topics.CATALOG_DATASET,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size());
        JsonNode event = new ObjectMapper().readTree(records.get(0).value());
        assertEquals("sdmi.catalog.dataset.published.v1", event.get("type").asText());
        assertEquals(id, event.at("/data/id").asText());
        assertEquals("BPS", event.at("/data/producer").asText());
        assertEquals("SEX", event.at("/data/disaggregations/0").asText());
    }

    @Test
    void aWalidataReturnsWithReasonsAndTheStewardResubmits() {
        String id = create("steward-bps", newTitle(), "BPS");
        String url = "/api/v1/datasets/" + id;
        as("steward-bps").post(url + "/submit").then().statusCode(200);
        as("walidata").body("{\"reasons\":[]}").post(url + "/return").then().statusCode(400)
                .body("errors[0].field", equalTo("reasons"));
        String tooMany = "{\"reasons\":[" + "\"x\",".repeat(20) + "\"x\"]}";
        as("walidata").body(tooMany).post(url + "/return").then().statusCode(400)
                .body("errors[0].field", equalTo("reasons"));
        as("walidata").body("{\"reasons\":[\"Tambahkan disagregasi menurut jenis kelamin\"]}").post(url + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnReasons", contains("Tambahkan disagregasi menurut jenis kelamin"));
        as("steward-bps").post(url + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as("walidata").get(url + "/history").then().body("action", contains("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED"))
                .body("[2].reasons", contains("Tambahkan disagregasi menurut jenis kelamin"));
    }

    @Test
    void aStewardOfAnotherOrganisationIsRefusedAndNothingChanges() {
        String title = newTitle();
        as("steward-bp2mi").body(dataset(title, "BPS")).post("/api/v1/datasets")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("only data stewards of BPS"));
        assertEquals(0, stored(title));

        String id = create("steward-bps", title, "BPS");
        String url = "/api/v1/datasets/" + id;
        // another organisation's draft is not even visible
        as("steward-bp2mi").get(url).then().statusCode(404);
        as("viewer").get(url).then().statusCode(404);
        as("viewer").queryParam("size", 500).get("/api/v1/datasets").then().body("items.id", not(hasItem(id)));
        as("steward-bp2mi").body(dataset("Diubah", "BPS")).put(url).then().statusCode(404);
        as("steward-bp2mi").post(url + "/submit").then().statusCode(404);
        as("walidata").get(url).then().statusCode(200).body("title.id", equalTo(title)).body("status", equalTo("DRAFT"));
    }

    @Test
    void walidataActionsNeedASubmittedDatasetAndOnlyWalidataTakeThem() {
        String id = create("steward-bps", newTitle(), "BPS");
        String url = "/api/v1/datasets/" + id;
        as("walidata").post(url + "/verify").then().statusCode(409)
                .body("detail", containsString("is DRAFT: it can be verified only when SUBMITTED"));
        as("walidata").post(url + "/publish").then().statusCode(409);
        as("walidata").body("{\"reasons\":[\"x\"]}").post(url + "/return").then().statusCode(409);
        as("steward-bps").post(url + "/submit").then().statusCode(200);
        as("steward-bps").post(url + "/verify").then().statusCode(403);
        as("walidata").get(url).then().body("status", equalTo("SUBMITTED"));
        as("steward-bps").body(dataset("Diubah saat verifikasi", "BPS")).put(url).then().statusCode(409);
    }

    @Test
    void badInputGetsAProblemNamingTheFieldAndWritesNothing() {
        String title = newTitle();
        as("admin").body(dataset(title, "NO-SUCH-PRODUCER")).post("/api/v1/datasets")
                .then().statusCode(422).body("errors[0].field", equalTo("producer"));
        as("steward-bps").body(dataset(title, "BPS").replace("\"regionCode\":\"33\"", "\"regionCode\":\"3399\""))
                .post("/api/v1/datasets")
                .then().statusCode(422).body("errors[0].field", equalTo("regionCode"));
        as("steward-bps").body(dataset(title, "BPS").replace("[6,1]", "[6,24]")).post("/api/v1/datasets")
                .then().statusCode(400).body("errors[0].field", equalTo("gcmObjectives[1]"));
        as("steward-bps").body(dataset(title, "BPS").replace("https://example.go.id/tabel", "not a url"))
                .post("/api/v1/datasets")
                .then().statusCode(400).body("errors[0].field", equalTo("distributions[0].accessUrl"));
        as("steward-bps").body(dataset(title, "BPS").replace("\"SURVEY\"", "\"GUESS\"")).post("/api/v1/datasets")
                .then().statusCode(400).body("errors[0].field", equalTo("sourceType"));
        assertEquals(0, stored(title));
    }

    @Test
    void theCsvExportHoldsWhatTheCallerMaySee() {
        String draftTitle = newTitle();
        String draft = create("steward-bps", draftTitle, "BPS");
        String publishedTitle = newTitle();
        String published = create("steward-bps", publishedTitle, "BPS");
        as("steward-bps").post("/api/v1/datasets/" + published + "/submit").then().statusCode(200);
        as("walidata").post("/api/v1/datasets/" + published + "/verify").then().statusCode(200);
        as("walidata").post("/api/v1/datasets/" + published + "/publish").then().statusCode(200);

        String viewerCsv = as("viewer").get("/api/v1/datasets/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertEquals("id,status,producer,title_id,title_en,source_type,periodicity,topics,gcm_objectives,mgi_domains,"
                + "temporal_start,temporal_end,geographic_level,region_code,disaggregations,access,licence,contact_email,"
                + "access_urls,published_at", viewerCsv.lines().findFirst().orElseThrow());
        String row = viewerCsv.lines().filter(l -> l.startsWith(published)).findFirst().orElseThrow();
        assertEquals(true, row.contains(",PUBLISHED,BPS," + publishedTitle + ","), row);
        assertEquals(true, row.contains(",1;6,D4,2015,2024,PROVINCE,33,SEX;AGE,OPEN,"), row);
        assertEquals(false, viewerCsv.contains(draft), "a viewer's export has no drafts");
        String stewardCsv = as("steward-bps").get("/api/v1/datasets/export").then().statusCode(200).extract().asString();
        assertEquals(true, stewardCsv.contains(draft + ",DRAFT,BPS," + draftTitle), "a steward sees their drafts");
    }

    @Test
    void aTitleASpreadsheetWouldRunAsAFormulaIsExportedAsText() {
        String formula = "@SUM(1+1) " + UUID.randomUUID();
        String draft = create("steward-bps", formula, "BPS");
        String row = as("steward-bps").get("/api/v1/datasets/export").then().statusCode(200).extract().asString()
                .lines().filter(l -> l.startsWith(draft)).findFirst().orElseThrow();
        assertEquals(true, row.contains(",DRAFT,BPS,'" + formula + ","), row);
        as("steward-bps").get("/api/v1/datasets/" + draft).then().statusCode(200).body("title.id", equalTo(formula));
    }

    @Test
    void aStaleIfMatchGets412AndChangesNothing() {
        String title = newTitle();
        String id = create("steward-bps", title, "BPS");
        String url = "/api/v1/datasets/" + id;
        String etag = as("steward-bps").get(url).then().extract().header("ETag");
        as("steward-bps").header("If-Match", etag).body(dataset(title + " v2", "BPS")).put(url).then().statusCode(200);
        as("steward-bps").header("If-Match", etag).body(dataset(title + " v3", "BPS")).put(url).then().statusCode(412);
        as("steward-bps").header("If-Match", etag).post(url + "/submit").then().statusCode(412);
        as("steward-bps").get(url).then().body("title.id", equalTo(title + " v2")).body("status", equalTo("DRAFT"));
    }
}
