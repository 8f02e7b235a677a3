package id.sdmi.catalog.release;

import static id.sdmi.catalog.dataset.DatasetWorkflowTest.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.sdmi.catalog.dataset.DatasetWorkflowTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class ReleaseTest {

    private String producer;
    private String id;
    private String url;

    public static String quarterly(String producer) {
        return """
                {"title":{"id":"Statistik remitansi uji"},"description":{"id":"Uji"},"producer":"%s",\
                "sourceType":"ADMINISTRATIVE","periodicity":"QUARTERLY","temporalCoverage":{"start":2022},\
                "geographicLevel":"NATIONAL","access":"OPEN"}""".formatted(producer);
    }

    public static String publishAsAdmin(String body) {
        String id = as("admin").body(body).post("/api/v1/datasets").then().statusCode(201).extract().path("id");
        as("admin").post("/api/v1/datasets/" + id + "/submit").then().statusCode(200);
        as("walidata").post("/api/v1/datasets/" + id + "/verify").then().statusCode(200);
        as("walidata").post("/api/v1/datasets/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** A producer of this test's own, so the timeliness counts are exact. */
    @BeforeEach
    void publishAQuarterlyDataset() {
        producer = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        as("admin").body("""
                {"code":"%s","name":{"id":"Produsen uji"},"type":"AGENCY","sdiRole":"PRODUSEN_DATA"}""".formatted(producer))
                .post("/api/v1/organizations").then().statusCode(201);
        id = publishAsAdmin(quarterly(producer));
        url = "/api/v1/datasets/" + id + "/releases";
    }

    private String release(String period, String releasedOn) {
        return as("admin").body("{\"releasedOn\":\"" + releasedOn + "\",\"url\":\"https://example.go.id/" + period + "\"}")
                .put(url + "/" + period).then().statusCode(201)
                .header("Location", endsWith(url + "/" + period))
                .body("period", equalTo(period)).extract().header("ETag");
    }

    private static long stored(String dataset, String period) {
        return QuarkusTransaction.requiringNew().call(() -> Release.count("datasetId = ?1 and period = ?2",
                UUID.fromString(dataset), period));
    }

    private JsonPath report(String from, String to, String asOf) {
        return as("viewer").queryParam("from", from).queryParam("to", to).queryParam("asOf", asOf).get(url)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void periodsAreOnTimeLateMissingOrPendingAsOfADay() {
        release("2023-Q1", "2023-05-15"); // due 2023-05-30 (60 days after the quarter)
        as("admin").body("{\"releasedOn\":\"2023-09-15\"}").put(url + "/2023-Q2").then().statusCode(201)
                .body("status", equalTo("LATE")).body("due", equalTo("2023-08-29")).body("daysLate", equalTo(17));
        release("2023-Q4", "2024-02-10"); // due 2024-02-29; 2023-Q3 is never released

        JsonPath early = report("2023", "2023", "2024-01-15");
        assertEquals(List.of("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"), early.getList("periods.period"));
        assertEquals(List.of("ON_TIME", "LATE", "MISSING", "PENDING"), early.getList("periods.status"));
        assertEquals(60, early.getInt("releaseLagDays"));
        assertEquals(3, early.getInt("summary.expected"));
        assertEquals(1, early.getInt("summary.missing"));
        assertEquals(1, early.getInt("summary.pending"));
        assertEquals(0.333, early.getDouble("summary.onTimeRate"), 1e-9);
        assertNull(early.get("periods[3].releasedOn"), "released after the day judged: not known then");

        JsonPath later = report("2023", "2023", "2024-12-31");
        assertEquals(List.of("ON_TIME", "LATE", "MISSING", "ON_TIME"), later.getList("periods.status"));
        assertEquals(0.5, later.getDouble("summary.onTimeRate"), 1e-9);

        // the producer's timeliness: this one dataset, judged the same way
        as("viewer").queryParam("from", 2023).queryParam("to", 2023).queryParam("asOf", "2024-12-31")
                .queryParam("producer", producer).get("/api/v1/releases/timeliness").then().statusCode(200)
                .body("producers.producer", contains(producer))
                .body("producers[0].datasets", equalTo(1))
                .body("producers[0].timeliness.expected", equalTo(4))
                .body("producers[0].timeliness.onTime", equalTo(2))
                .body("producers[0].timeliness.late", equalTo(1))
                .body("producers[0].timeliness.missing", equalTo(1));
        // the years before the dataset began expect nothing
        assertEquals(List.of(), report("2019", "2021", "2024-12-31").getList("periods"));
    }

    @Test
    void aReleaseIsCorrectedWithItsETagAndRemoved() {
        String etag = release("2023-Q1", "2023-07-01");
        as("admin").header("If-Match", "\"0-7\"").body("{\"releasedOn\":\"2023-05-01\"}").put(url + "/2023-Q1")
                .then().statusCode(412).body("currentEtag", equalTo(etag));
        assertEquals("LATE", report("2023", "2023", "2024-12-31").getString("periods[0].status"), "unchanged");
        as("admin").header("If-Match", etag).body("{\"releasedOn\":\"2023-05-01\"}").put(url + "/2023-Q1")
                .then().statusCode(200).body("status", equalTo("ON_TIME")).body("url", nullValue());
        as("steward-bp2mi").delete(url + "/2023-Q1").then().statusCode(403);
        as("admin").delete(url + "/2023-Q1").then().statusCode(204);
        assertEquals(0, stored(id, "2023-Q1"));
        as("admin").delete(url + "/2023-Q1").then().statusCode(404);

        String again = release("2023-Q1", "2023-07-01");
        assertNotEquals(etag, again, "a release recorded again is another row, with another tag");
        as("admin").header("If-Match", etag).body("{\"releasedOn\":\"2023-05-01\"}").put(url + "/2023-Q1")
                .then().statusCode(412);
        assertEquals("LATE", report("2023", "2023", "2024-12-31").getString("periods[0].status"), "unchanged");
    }

    @Test
    void badReleasesAreRefusedAndNothingIsWritten() {
        as("admin").body("{\"releasedOn\":\"2023-05-01\"}").put(url + "/2023").then().statusCode(400)
                .body("errors.field", contains("period")).body("detail", containsString("a quarter such as 2024-Q1"));
        as("admin").body("{\"releasedOn\":\"2023-05-01\"}").put(url + "/2023-Q5").then().statusCode(400);
        as("admin").body("{\"releasedOn\":\"2023-03-01\"}").put(url + "/2023-Q1").then().statusCode(422)
                .body("errors.field", contains("releasedOn")).body("detail", containsString("ends 2023-03-31"));
        as("admin").body("{\"releasedOn\":\"" + LocalDate.now().plusDays(3) + "\"}").put(url + "/2023-Q1")
                .then().statusCode(422).body("detail", containsString("future"));
        as("admin").body("{\"releasedOn\":\"soon\"}").put(url + "/2023-Q1").then().statusCode(400)
                .body("errors.field", contains("releasedOn"));
        as("admin").body("{\"releasedOn\":\"2023-05-01\",\"url\":\"ftp://x\"}").put(url + "/2023-Q1").then().statusCode(400)
                .body("errors.field", contains("url"));
        as("steward-bp2mi").body("{\"releasedOn\":\"2023-05-01\"}").put(url + "/2023-Q1").then().statusCode(403);
        as("viewer").body("{\"releasedOn\":\"2023-05-01\"}").put(url + "/2023-Q1").then().statusCode(403);
        assertEquals(0, stored(id, "2023-Q1"));

        DatasetWorkflowTest.ensureProducers();
        String draft = as("steward-bps").body(quarterly("BPS")).post("/api/v1/datasets").then().statusCode(201)
                .extract().path("id");
        as("steward-bps").body("{\"releasedOn\":\"2023-05-01\"}").put("/api/v1/datasets/" + draft + "/releases/2023-Q1")
                .then().statusCode(409).body("detail", containsString("published"));
        assertEquals(0, stored(draft, "2023-Q1"));

        as("viewer").queryParam("from", 2024).queryParam("to", 2023).get(url).then().statusCode(400)
                .body("errors.field", contains("from"));
        as("viewer").queryParam("producer", "NOPE").get("/api/v1/releases/timeliness").then().statusCode(400)
                .body("errors.field", contains("producer"));
    }
}
