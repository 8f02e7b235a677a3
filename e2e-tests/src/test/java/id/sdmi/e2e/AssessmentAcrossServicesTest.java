package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An assessment of the demo MGI-LOCAL 2023 catalog (which assessment-service learned from indicator-service's
 * events) citing a demo NSDR dataset (learned from data-catalog-service's), published through the gateway: the
 * dataset's citation count in data-catalog-service rises.
 */
class AssessmentAcrossServicesTest {

    static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON);
    }

    static long citations(String dataset) {
        return ((Number) as("viewer").get(GATEWAY + "/api/v1/datasets/" + dataset).then().statusCode(200).extract()
                .path("citations")).longValue();
    }

    static void move(String url, String to) {
        as("coordinator").body("{\"to\":\"" + to + "\"}").post(url + "/transitions").then().statusCode(200)
                .body("status", equalTo(to));
    }

    static String meeting(String type) {
        return "{\"type\":\"" + type + "\",\"date\":\"" + LocalDate.now().minusDays(1) + "\",\"place\":\"Semarang\","
                + "\"participants\":{\"female\":61,\"male\":58},\"orgs\":[\"DISNAKERTRANS-33\"]}";
    }

    @Test
    void aPublishedAssessmentRaisesTheCitationsOfTheDatasetsItCites() throws Exception {
        String sakernas = as("viewer").queryParam("identifier", "bps-sakernas").get(GATEWAY + "/api/v1/datasets")
                .then().statusCode(200).extract().path("items[0].id");
        long before = citations(sakernas);
        JsonPath catalog = as("viewer").queryParam("size", 500)
                .get(GATEWAY + "/api/v1/frameworks/MGI-LOCAL/versions/2023/indicators").then().statusCode(200)
                .extract().jsonPath();
        List<String> codes = catalog.getList("items.code");
        List<String> domains = catalog.getList("items.domain");

        String id = as("coordinator").body("""
                {"framework":"MGI-LOCAL","version":"2023","scope":{"level":"PROVINCE","regionCode":"33"},\
                "title":"MGI Lokal Jawa Tengah (e2e)"}""").post(GATEWAY + "/api/v1/assessments").then().statusCode(201)
                .extract().path("id");
        String url = GATEWAY + "/api/v1/assessments/" + id;
        as("coordinator").body(Map.of("org", "DISNAKERTRANS-33", "indicators", codes)).post(url + "/participants")
                .then().statusCode(201);
        move(url, "DATA_COLLECTION");
        as("coordinator").body(meeting("FGD")).post(url + "/meetings").then().statusCode(201);
        move(url, "CONSULTATION");
        Map<String, Integer> highlighted = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            String evidence = i == 0 ? "{\"type\":\"DATASET\",\"datasetId\":\"" + sakernas + "\"}"
                    : "{\"type\":\"PRACTICE\",\"reference\":\"Laporan dinas 2023\"}";
            as("coordinator").body("{\"value\":\"PARTIAL\",\"justification\":\"Sebagian.\",\"evidence\":[" + evidence + "]}")
                    .put(url + "/answers/" + codes.get(i)).then().statusCode(200);
            if (highlighted.merge(domains.get(i), 1, Integer::sum) <= 3) {
                as("coordinator").put(url + "/highlights/" + codes.get(i)).then().statusCode(204);
            }
        }
        move(url, "VALIDATION");
        as("coordinator").body(meeting("VALIDATION")).post(url + "/meetings").then().statusCode(201);
        move(url, "VALIDATED");
        move(url, "PUBLISHED");

        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        // at least this assessment's citation (the demo loader may publish others meanwhile); which one: below
        while (citations(sakernas) < before + 1) {
            assertTrue(Instant.now().isBefore(end), "data-catalog-service did not count the citation");
            Thread.sleep(200);
        }
        as("viewer").get(GATEWAY + "/api/v1/datasets/" + sakernas + "/citations").then().statusCode(200)
                .body("find { it.assessmentId == '" + id + "' }.framework", equalTo("MGI-LOCAL"));
    }
}
