package id.sdmi.assessment.assessment;

import static id.sdmi.assessment.assessment.AssessmentTest.as;
import static id.sdmi.assessment.catalog.IndicatorCatalogConsumerTest.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.assessment.catalog.CatalogReplicaTest;
import id.sdmi.assessment.catalog.CatalogVersion;
import id.sdmi.assessment.catalog.IndicatorCatalogConsumerTest;
import id.sdmi.assessment.catalog.KnownDataset;
import id.sdmi.events.CloudEventCodec;
import id.sdmi.web.Label;
import id.sdmi.events.Topics;
import id.sdmi.events.catalog.DatasetEvents;
import id.sdmi.events.catalog.DatasetSummary;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.events.indicator.IndicatorCatalogEvents;
import id.sdmi.testing.KafkaTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The whole story of one assessment, from a published catalog to its publication, through the real database and Kafka. */
@QuarkusTest
class AssessmentStoryTest {

    @Inject
    CloudEventCodec codec;

    @Inject
    EntityManager em;

    private String url;

    static String answer(String value, String evidence) {
        return "{\"value\":\"" + value + "\",\"justification\":\"Diatur dalam peraturan daerah.\",\"evidence\":[" + evidence + "]}";
    }

    static String regulation() {
        return "{\"type\":\"REGULATION\",\"reference\":\"Perda Jawa Tengah No. 2 Tahun 2019\"}";
    }

    static String dataset(String id) {
        return "{\"type\":\"DATASET\",\"datasetId\":\"" + id + "\"}";
    }

    static String meeting(String type) {
        return "{\"type\":\"" + type + "\",\"date\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1)
                + "\",\"place\":\"Semarang\",\"participants\":{\"female\":61,\"male\":58},\"orgs\":[\"KEMNAKER\",\"BP2MI\"]}";
    }

    /** What getNextMove reports before the move is tried is what the refused move lists, and the move changes nothing. */
    private void moveRefused(String to, String... unmet) {
        String status = as("viewer").get(url).then().statusCode(200).extract().path("status");
        as("viewer").get(url + "/next-move").then().statusCode(200).body("status", equalTo(status))
                .body("to", equalTo(to)).body("unmet", containsInAnyOrder((Object[]) unmet));
        as("coordinator").body("{\"to\":\"" + to + "\"}").post(url + "/transitions").then().statusCode(409)
                .body("type", equalTo("https://sdmi.id/problems/workflow-conditions-unmet"))
                .body("unmet", containsInAnyOrder((Object[]) unmet));
    }

    private void move(String to) {
        as("coordinator").body("{\"to\":\"" + to + "\"}").post(url + "/transitions").then().statusCode(200)
                .body("status", equalTo(to));
    }

    private long answers(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM assessment_answer_history WHERE assessment_id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult()).longValue());
    }

    @Test
    void fromAPublishedCatalogToAPublishedAssessment() throws Exception {
        // a catalog is published in indicator-service: domain D1 with six indicators, D2 with three
        String framework = IndicatorCatalogConsumerTest.newCode();
        List<CatalogPublished.Indicator> indicators = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            indicators.add(new CatalogPublished.Indicator("1." + i, "D1", i, new Label("Indikator 1." + i, null), List.of(1), List.of()));
        }
        for (int i = 1; i <= 3; i++) {
            indicators.add(new CatalogPublished.Indicator("2." + i, "D2", i, new Label("Indikator 2." + i, null), List.of(6), List.of()));
        }
        CatalogPublished catalog = new CatalogPublished(framework, "PROVINCE", "2023", OffsetDateTime.now(ZoneOffset.UTC),
                List.of(new CatalogPublished.Domain("D1", 1, new Label("Hak-hak migran", null)),
                        new CatalogPublished.Domain("D2", 2, new Label("Pemerintahan", null))), indicators);
        CatalogReplicaTest.send(codec, IndicatorCatalogEvents.CATALOG_PUBLISHED,
                IndicatorCatalogEvents.versionSubject(framework, "2023"), catalog);
        // and two datasets in the NSDR, one of them since retired
        String sakernas = UUID.randomUUID().toString();
        String retired = UUID.randomUUID().toString();
        CatalogReplicaTest.send(codec, DatasetEvents.PUBLISHED, sakernas, new DatasetSummary(sakernas, "PUBLISHED", "BPS",
                new Label("Sakernas", null), "SURVEY", "SEMIANNUAL", List.of(1), List.of("D4"), List.of("SEX"), "OPEN"));
        CatalogReplicaTest.send(codec, DatasetEvents.RETIRED, retired, new DatasetSummary(retired, "RETIRED", "BPS",
                new Label("Lama", null), "SURVEY", "ANNUAL", List.of(1), List.of("D4"), List.of(), "OPEN"));
        await("the catalog and the datasets", () -> QuarkusTransaction.requiringNew().call(() ->
                CatalogVersion.find(framework, "2023").isPresent() && KnownDataset.findById(UUID.fromString(sakernas)) != null
                        && KnownDataset.findById(UUID.fromString(retired)) != null));

        // an assessment is planned on it
        String id = as("coordinator").body(AssessmentTest.assessment(framework, "PROVINCE", "33", "MGI Jateng " + framework))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        url = "/api/v1/assessments/" + id;
        moveRefused("DATA_COLLECTION", "no participant has indicators assigned");
        as("coordinator").body("{\"to\":\"CONSULTATION\"}").post(url + "/transitions").then().statusCode(409)
                .body("detail", containsString("the next step is DATA_COLLECTION"));

        // participants: each agency its domain
        as("coordinator").body("{\"org\":\"KEMNAKER\",\"indicators\":[\"1.1\",\"9.9\"]}").post(url + "/participants")
                .then().statusCode(422).body("detail", containsString("9.9"));
        as("coordinator").body("{\"org\":\"KEMNAKER\",\"indicators\":[\"1.1\",\"1.2\",\"1.3\",\"1.4\",\"1.5\",\"1.6\"]}")
                .post(url + "/participants").then().statusCode(201);
        as("coordinator").body("{\"org\":\"BP2MI\",\"indicators\":[\"2.1\",\"2.2\",\"2.3\"]}")
                .post(url + "/participants").then().statusCode(201);
        as("viewer").get(url + "/participants").then().statusCode(200).body("org", contains("BP2MI", "KEMNAKER"));
        move("DATA_COLLECTION");

        // two agencies answer; one is refused on the other's indicator
        String etag = as("assessor-kemnaker").body(answer("PARTIAL", regulation() + "," + dataset(sakernas)))
                .put(url + "/answers/1.1").then().statusCode(200).body("org", equalTo("KEMNAKER"))
                .body("evidence.type", contains("REGULATION", "DATASET")).extract().header("ETag");
        as("assessor-kemnaker").body(answer("YES", regulation())).put(url + "/answers/2.1").then().statusCode(403);
        as("assessor-bp2mi").body(answer("YES", regulation())).put(url + "/answers/2.1").then().statusCode(200)
                .body("org", equalTo("BP2MI"));
        // bad answers: nothing written
        long before = answers(id);
        as("assessor-kemnaker").body(answer("MAYBE", regulation())).put(url + "/answers/1.2").then().statusCode(400);
        as("coordinator").body(answer("YES", regulation())).put(url + "/answers/9.9").then().statusCode(404);
        as("assessor-kemnaker").body(answer("YES", dataset(retired))).put(url + "/answers/1.2").then().statusCode(422)
                .body("errors.field", contains("evidence[0].datasetId")).body("detail", containsString("retired"));
        as("assessor-kemnaker").body(answer("YES", dataset(UUID.randomUUID().toString()))).put(url + "/answers/1.2")
                .then().statusCode(422).body("detail", containsString("no dataset"));
        as("assessor-kemnaker").body(answer("YES", "{\"type\":\"PROGRAMME\"}")).put(url + "/answers/1.2")
                .then().statusCode(422).body("errors.field", contains("evidence[0].reference"));
        as("assessor-kemnaker").header("If-Match", "\"0-7\"").body(answer("YES", regulation())).put(url + "/answers/1.1")
                .then().statusCode(412);
        assertEquals(before, answers(id));
        as("assessor-kemnaker").header("If-Match", etag).body(answer("YES", regulation() + "," + dataset(sakernas)))
                .put(url + "/answers/1.1").then().statusCode(200).body("value", equalTo("YES"));
        assertEquals(1, KafkaTopics.await(Topics.ASSESSMENT, r -> r.key().equals(id)
                && r.value().contains("\"type\":\"sdmi.assessment.answer-recorded.v1\"")
                && r.value().contains("\"value\":\"PARTIAL\"") && r.value().contains("\"org\":\"KEMNAKER\"")
                && r.value().contains(sakernas), 1, Duration.ofSeconds(20)).size(), "the answer is announced");
        as("viewer").get(url + "/answers/1.1/history").then().statusCode(200).body("value", contains("PARTIAL", "YES"))
                .body("answeredBy", contains("assessor-kemnaker", "assessor-kemnaker"));

        // consultation needs an FGD held
        moveRefused("CONSULTATION", "no FGD has been held");
        as("coordinator").body(meeting("FGD")).post(url + "/meetings").then().statusCode(201).body("held", equalTo(true));
        move("CONSULTATION");
        moveRefused("VALIDATION", "7 indicators are not answered");
        for (String code : List.of("1.2", "1.3", "1.4", "1.5", "1.6")) {
            as("assessor-kemnaker").body(answer("NO", regulation())).put(url + "/answers/" + code).then().statusCode(200);
        }
        as("assessor-bp2mi").body(answer("PARTIAL", regulation())).put(url + "/answers/2.2").then().statusCode(200);
        as("coordinator").body(answer("YES", regulation())).put(url + "/answers/2.3").then().statusCode(200);
        move("VALIDATION");

        // validated needs a validation meeting and 3-5 highlights in every domain
        moveRefused("VALIDATED", "no VALIDATION meeting has been held", "domain D1 has 0 highlights, needs 3-5",
                "domain D2 has 0 highlights, needs 3-5");
        for (String code : List.of("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3")) {
            as("coordinator").put(url + "/highlights/" + code).then().statusCode(204);
        }
        as("coordinator").put(url + "/highlights/1.6").then().statusCode(409).body("detail", containsString("5 highlights"));
        as("coordinator").delete(url + "/highlights/1.5").then().statusCode(204);
        as("viewer").get(url + "/highlights").then().body("size()", equalTo(7)).body("$", hasItem("2.3"));
        as("coordinator").body(meeting("VALIDATION")).post(url + "/meetings").then().statusCode(201);
        as("viewer").get(url + "/next-move").then().statusCode(200).body("to", equalTo("VALIDATED"))
                .body("unmet", empty());
        move("VALIDATED");
        move("PUBLISHED");
        as("viewer").get(url + "/next-move").then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("to", equalTo(null)).body("unmet", empty());

        // published: locked, announced with the datasets its evidence cites
        as("coordinator").body(answer("NO", regulation())).put(url + "/answers/1.1").then().statusCode(409);
        as("coordinator").body("{\"org\":\"KEMLU\",\"indicators\":[\"1.1\"]}").post(url + "/participants").then().statusCode(409);
        as("coordinator").body(meeting("FGD")).post(url + "/meetings").then().statusCode(409);
        as("coordinator").delete(url + "/highlights/1.1").then().statusCode(409);
        as("coordinator").body("{\"to\":\"PUBLISHED\"}").post(url + "/transitions").then().statusCode(409);
        as("viewer").get(url + "/transitions").then().statusCode(200).body("to", contains("PLANNED", "DATA_COLLECTION",
                "CONSULTATION", "VALIDATION", "VALIDATED", "PUBLISHED")).body("actor", hasItem("coordinator"));
        // the summary, the report, the answers as CSV
        as("viewer").get(url + "/summary").then().statusCode(200)
                .body("indicators", equalTo(9)).body("answered", equalTo(9)).body("completion", equalTo(1.0f))
                .body("domains.code", contains("D1", "D2"))
                .body("domains[0].yes", equalTo(1)).body("domains[0].no", equalTo(5))
                .body("domains[0].wellDeveloped", contains("1.1"))
                .body("domains[1].yes", equalTo(2)).body("domains[1].partial", equalTo(1))
                .body("domains[1].forDevelopment", contains("2.2"))
                .body("attendance.all.meetings", equalTo(2)).body("attendance.all.female", equalTo(122))
                .body("attendance.byType.FGD.male", equalTo(58));
        String markdown = as("viewer").accept("text/markdown").get(url + "/report").then().statusCode(200)
                .contentType(containsString("text/markdown")).extract().asString();
        assertTrue(markdown.contains("### 1.1 Indikator 1.1"), markdown);
        assertTrue(markdown.contains("**YES** — Diatur dalam peraturan daerah."), markdown);
        assertTrue(markdown.contains("- DATASET: Sakernas (BPS, " + sakernas + ")"), markdown);
        assertTrue(markdown.contains("### 2.3 Indikator 2.3"), markdown);
        assertFalse(markdown.contains("### 1.5 "), "a dropped highlight is not in the report");
        assertTrue(markdown.contains("| FGD | "), markdown);
        assertTrue(markdown.contains("| KEMNAKER | 6 |"), markdown);
        String html = as("viewer").accept("text/html").get(url + "/report").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(html.contains("<h3>1.1 Indikator 1.1</h3>") && html.contains("<table>"), html);
        // printable, with the per-domain figure drawn inline: a bar segment per non-zero count of each domain
        assertTrue(html.contains("@media print") && html.contains("<svg"), html);
        List<Map<String, Integer>> domains = as("viewer").get(url + "/summary").then().statusCode(200)
                .extract().path("domains");
        long segments = domains.stream().mapToLong(d -> Stream.of(d.get("yes"), d.get("partial"),
                d.get("no"), d.get("indicators") - d.get("answered")).filter(n -> n > 0).count()).sum();
        assertEquals(segments, html.split("<rect x=\"\\d+\" y=\"\\d+\" width=\"\\d+\" height=\"20\"", -1).length - 1, html);
        String csv = as("viewer").queryParam("format", "csv").get(url + "/answers").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(10, lines.size(), csv);
        assertTrue(lines.get(1).startsWith("1.1,D1,Indikator 1.1,YES,") && lines.get(1).contains("DATASET:Sakernas"), csv);
        // the results as SDMX-CSV 2.0.0: one observation per answered indicator, as the answers say
        String sdmx = as("viewer").accept("application/vnd.sdmx.data+csv;version=2.0.0").get(url + "/answers").then()
                .statusCode(200).contentType(containsString("application/vnd.sdmx.data+csv")).extract().asString();
        List<Map<String, String>> answered = as("viewer").get(url + "/answers").then().statusCode(200).extract()
                .path("collect { [indicator: it.indicator, value: it.value] }");
        List<String> highlighted = as("viewer").get(url + "/highlights").then().extract().path("$");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(sdmx))) {
            assertEquals(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "FRAMEWORK", "FRAMEWORK_VERSION", "REF_AREA",
                    "DOMAIN", "INDICATOR", "TIME_PERIOD", "OBS_VALUE", "HIGHLIGHT", "ASSESSMENT_STATUS", "ASSESSMENT_ID"),
                    parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(answered.size(), rows.size(), sdmx);
            for (CSVRecord row : rows) {
                String code = row.get("INDICATOR").replace('_', '.');
                assertEquals("SDMI:DF_MGI_RESULTS(1.0.0)", row.get("STRUCTURE_ID"));
                assertEquals(framework + "|2023|33|PUBLISHED|" + id, row.get("FRAMEWORK") + "|" + row.get("FRAMEWORK_VERSION")
                        + "|" + row.get("REF_AREA") + "|" + row.get("ASSESSMENT_STATUS") + "|" + row.get("ASSESSMENT_ID"));
                assertEquals(answered.stream().filter(x -> x.get("indicator").equals(code)).findFirst().orElseThrow()
                        .get("value"), row.get("OBS_VALUE"), code);
                assertEquals(highlighted.contains(code) ? "Y" : "N", row.get("HIGHLIGHT"), code);
                assertEquals(code.substring(0, code.indexOf('.')), row.get("DOMAIN").substring(1));
            }
        }
        // compared with a new assessment of the same framework: every indicator changed
        String other = as("coordinator").body(AssessmentTest.assessment(framework, "REGENCY", "3374", "Semarang " + framework))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        as("viewer").queryParam("a", id).queryParam("b", other).get("/api/v1/assessments/compare").then().statusCode(200)
                .body("by", equalTo("INDICATOR")).body("indicators.size()", equalTo(9))
                .body("indicators[0].a", equalTo("YES")).body("indicators[0].b", equalTo(null))
                .body("indicators.changed.unique()", contains(true));
        as("viewer").queryParam("a", id).queryParam("b", "nope").get("/api/v1/assessments/compare").then().statusCode(400)
                .body("errors.field", contains("b"));
        assertEquals(1, KafkaTopics.await(Topics.ASSESSMENT, r -> r.key().equals(id)
                && r.value().contains("\"type\":\"sdmi.assessment.published.v1\"")
                && r.value().contains("\"citedDatasets\":[\"" + sakernas + "\"]"), 1, Duration.ofSeconds(20)).size());
    }
}
