package id.sdmi.catalog.dataset;

import static id.sdmi.catalog.dataset.DatasetWorkflowTest.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
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
}
