package id.sdmi.catalog.dataset;

import static id.sdmi.catalog.dataset.DatasetWorkflowTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoverageTest {

    static JsonPath coverage() {
        return as("viewer").get("/api/v1/coverage").then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> cover(JsonPath coverage, String list, String code) {
        return coverage.getMap(list + ".find { it.code == '" + code + "' }");
    }

    static long count(JsonPath coverage, String list, String code, String what) {
        return ((Number) cover(coverage, list, code).get(what)).longValue();
    }

    static void publish(String body) {
        String id = as("steward-bps").body(body).post("/api/v1/datasets").then().statusCode(201).extract().path("id");
        as("steward-bps").post("/api/v1/datasets/" + id + "/submit").then().statusCode(200);
        as("walidata").post("/api/v1/datasets/" + id + "/verify").then().statusCode(200);
        as("walidata").post("/api/v1/datasets/" + id + "/publish").then().statusCode(200);
    }

    @Test
    void publishedDatasetsCountPerObjectiveAndDomainWithThoseDisaggregatedBySex() {
        DatasetWorkflowTest.ensureProducers();
        JsonPath before = coverage();
        String bySex = DatasetWorkflowTest.dataset(DatasetWorkflowTest.newTitle(), "BPS")
                .replace("[6,1]", "[8,21]").replace("[\"D4\"]", "[\"D5\"]");
        String notBySex = DatasetWorkflowTest.dataset(DatasetWorkflowTest.newTitle(), "BPS")
                .replace("[6,1]", "[8]").replace("[\"D4\"]", "[\"D5\",\"D6\"]").replace("[\"SEX\",\"AGE\"]", "[\"AGE\"]");
        publish(bySex);
        publish(notBySex);
        // a draft counts for nothing
        as("steward-bps").body(DatasetWorkflowTest.dataset(DatasetWorkflowTest.newTitle(), "BPS").replace("[6,1]", "[8]"))
                .post("/api/v1/datasets").then().statusCode(201);
        JsonPath after = coverage();

        assertEquals(count(before, "gcmObjectives", "8", "datasets") + 2, count(after, "gcmObjectives", "8", "datasets"));
        assertEquals(count(before, "gcmObjectives", "8", "sexDisaggregated") + 1,
                count(after, "gcmObjectives", "8", "sexDisaggregated"));
        assertEquals(count(before, "gcmObjectives", "21", "datasets") + 1, count(after, "gcmObjectives", "21", "datasets"));
        assertEquals(count(before, "mgiDomains", "D5", "datasets") + 2, count(after, "mgiDomains", "D5", "datasets"));
        assertEquals(count(before, "mgiDomains", "D6", "sexDisaggregated"), count(after, "mgiDomains", "D6", "sexDisaggregated"));
        assertEquals(before.getLong("publishedDatasets") + 2, after.getLong("publishedDatasets"));
        assertEquals(23, after.getList("gcmObjectives").size());
        assertEquals(6, after.getList("mgiDomains").size());
        List<String> gaps = after.getList("gcmObjectiveGaps");
        for (int o = 1; o <= 23; o++) {
            boolean none = count(after, "gcmObjectives", String.valueOf(o), "datasets") == 0;
            assertEquals(none, gaps.contains(String.valueOf(o)), "objective " + o + " is a gap exactly when no dataset covers it");
        }
    }

    @Test
    void theSameFiguresAsSdmxCsvTwoPointZero() throws Exception {
        JsonPath json = coverage();
        String body = as("viewer").queryParam("format", "sdmx-csv").get("/api/v1/coverage").then().statusCode(200)
                .contentType(containsString("application/vnd.sdmx.data+csv")).contentType(containsString("version=2.0.0"))
                .extract().asString();
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body))) {
            assertEquals(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA", "THEME", "STATISTIC", "TIME_PERIOD",
                    "OBS_VALUE", "UNIT_MEASURE"), parser.getHeaderNames());
            rows = parser.getRecords();
        }
        assertEquals(2 * (23 + 6), rows.size(), body);
        for (CSVRecord row : rows) {
            assertEquals("dataflow", row.get("STRUCTURE"));
            assertEquals("SDMI:DF_NSDR_COVERAGE(1.0.0)", row.get("STRUCTURE_ID"));
            assertEquals("I", row.get("ACTION"));
            assertEquals("IDN", row.get("REF_AREA"));
            assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), row.get("TIME_PERIOD"));
            String theme = row.get("THEME");
            boolean objective = theme.startsWith("GCM");
            String code = objective ? String.valueOf(Integer.parseInt(theme.substring(3))) : theme.substring(4);
            String what = "DS".equals(row.get("STATISTIC")) ? "datasets" : "sexDisaggregated";
            assertEquals(count(json, objective ? "gcmObjectives" : "mgiDomains", code, what),
                    Long.parseLong(row.get("OBS_VALUE")), theme + " " + row.get("STATISTIC"));
        }
        // asked for by Accept, in its version; another version is not served, an unknown format is refused
        as("viewer").accept("application/vnd.sdmx.data+csv;version=2.0.0").get("/api/v1/coverage").then().statusCode(200)
                .body(startsWith("STRUCTURE,STRUCTURE_ID,ACTION,"));
        as("viewer").accept("application/vnd.sdmx.data+csv;version=1.0.0").get("/api/v1/coverage").then().statusCode(406)
                .contentType("application/problem+json");
        as("viewer").queryParam("format", "xml").get("/api/v1/coverage").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        as("viewer").get("/api/v1/coverage").then().statusCode(200).contentType(containsString("application/json"));
    }
}
