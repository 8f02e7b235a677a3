package id.sdmi.catalog.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;

import id.sdmi.testing.Listing;
import id.sdmi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assertions;

@QuarkusTest
class OrganizationResourceTest {

    static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON);
    }

    static String newCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String organization(String code, String type, String region) {
        return """
                {"code":"%s","name":{"id":"Dinas Uji","en":"Test Office"},"type":"%s","sdiRole":"PRODUSEN_DATA",\
                "regionCode":%s}""".formatted(code, type, region == null ? "null" : "\"" + region + "\"");
    }

    static long stored(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.count("code", code));
    }

    @Test
    void aWalidataRegistersAProvincialOfficeThatViewersSee() {
        String code = newCode();
        as("walidata").body(organization(code, "PROVINCIAL_OFFICE", "33")).post("/api/v1/organizations")
                .then().statusCode(201)
                .body("regionName", equalTo("Jawa Tengah"))
                .body("sdiRole", equalTo("PRODUSEN_DATA"));
        as("viewer").get("/api/v1/organizations/" + code).then().statusCode(200)
                .body("name.en", equalTo("Test Office")).body("type", equalTo("PROVINCIAL_OFFICE"));
        Assertions.assertTrue(Listing.lists(() -> as("viewer"), "/api/v1/organizations", "code", code), "listed");
    }

    @Test
    void regionCodesMustBeBpsCodesOfTheOfficesLevel() {
        String code = newCode();
        as("admin").body(organization(code, "PROVINCIAL_OFFICE", "93")).post("/api/v1/organizations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("regionCode"))
                .body("errors[0].message", equalTo("is not a BPS province code"));
        as("admin").body(organization(code, "REGENCY_OFFICE", "3399")).post("/api/v1/organizations")
                .then().statusCode(422).body("errors[0].message", equalTo("is not a regency or city of Central Java"));
        as("admin").body(organization(code, "REGENCY_OFFICE", "33")).post("/api/v1/organizations")
                .then().statusCode(422).body("errors[0].message", containsString("4 digits"));
        as("admin").body(organization(code, "PROVINCIAL_OFFICE", null)).post("/api/v1/organizations")
                .then().statusCode(422).body("errors[0].message", equalTo("is required for a PROVINCIAL_OFFICE"));
        as("admin").body(organization(code, "REGENCY_OFFICE", "9X")).post("/api/v1/organizations")
                .then().statusCode(422);
        as("admin").body(organization(code, "REGENCY_OFFICE", "9901")).post("/api/v1/organizations")
                .then().statusCode(422).body("errors[0].message", containsString("99, which is not a BPS province code"));
        as("admin").body(organization(code, "REGENCY_OFFICE", "3500")).post("/api/v1/organizations")
                .then().statusCode(422).body("errors[0].message", containsString("01 to 99"));
        Assertions.assertEquals(0, stored(code));
        // BPS 94 is Papua (Kemendagri 91): the BPS code is the one taken
        as("admin").body(organization(code, "REGENCY_OFFICE", "3374")).post("/api/v1/organizations")
                .then().statusCode(201).body("regionName", equalTo("Semarang"));
        as("admin").body(organization(newCode(), "PROVINCIAL_OFFICE", "94")).post("/api/v1/organizations")
                .then().statusCode(201).body("regionName", equalTo("Papua"));
        // a city of East Java: its province is checked, its name is not listed yet
        as("admin").body(organization(newCode(), "REGENCY_OFFICE", "3578")).post("/api/v1/organizations")
                .then().statusCode(201).body("regionCode", equalTo("3578")).body("regionName", nullValue());
    }

    @Test
    void concurrentChangesOfOneOrganisationEachGetAnAnswerNoneA500() throws Exception {
        String code = newCode();
        as("admin").body(organization(code, "MINISTRY", null)).post("/api/v1/organizations").then().statusCode(201);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String type = i % 2 == 0 ? "AGENCY" : "CIVIL_SOCIETY";
                answers.add(pool.submit(() -> as("admin").body(organization(code, type, null))
                        .put("/api/v1/organizations/" + code).then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            Assertions.assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
            Assertions.assertTrue(statuses.contains(200), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        as("viewer").get("/api/v1/organizations/" + code).then().statusCode(200)
                .body("type", org.hamcrest.Matchers.oneOf("AGENCY", "CIVIL_SOCIETY"));
    }

    @Test
    void aKeyGivenTwiceIsA400AndNothingIsWritten() {
        String code = newCode();
        as("admin").body("""
                {"code":"%s","name":{"id":"Dinas Uji"},"type":"MINISTRY","sdiRole":"PRODUSEN_DATA","code":"%s-2"}"""
                .formatted(code, code)).post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("the field 'code' is given twice"))
                .body("detail", org.hamcrest.Matchers.not(containsString("Source")));
        Assertions.assertEquals(0, stored(code));
        Assertions.assertEquals(0, stored(code + "-2"));
    }

    @Test
    void theNulCharacterInTextOrInTheUriIsA400() {
        String code = newCode();
        as("admin").body("""
                {"code":"%s","name":{"id":"Dinas\\u0000Uji"},"type":"MINISTRY","sdiRole":"PRODUSEN_DATA"}"""
                .formatted(code)).post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name.id"))
                .body("errors[0].message", equalTo("must not contain the NUL character (U+0000)"));
        Assertions.assertEquals(0, stored(code));
        as("viewer").urlEncodingEnabled(false).get("/api/v1/organizations/x%00y")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("path"));
        as("viewer").urlEncodingEnabled(false).get("/api/v1/organizations?page=0%00")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
    }

    @Test
    void onlyAdminsAndWalidataRegisterAndAStaleIfMatchChangesNothing() {
        String code = newCode();
        as("steward-bps").body(organization(code, "MINISTRY", null)).post("/api/v1/organizations").then().statusCode(403);
        as("viewer").body(organization(code, "MINISTRY", null)).post("/api/v1/organizations").then().statusCode(403);
        given().contentType(ContentType.JSON).body(organization(code, "MINISTRY", null)).post("/api/v1/organizations")
                .then().statusCode(401).contentType("application/problem+json");
        Assertions.assertEquals(0, stored(code));

        String etag = as("admin").body(organization(code, "MINISTRY", null)).post("/api/v1/organizations")
                .then().statusCode(201).extract().header("ETag");
        as("admin").body(organization(code, "MINISTRY", null)).post("/api/v1/organizations").then().statusCode(409);
        as("admin").header("If-Match", etag).body(organization(code, "AGENCY", null)).put("/api/v1/organizations/" + code)
                .then().statusCode(200).body("type", equalTo("AGENCY"));
        as("admin").header("If-Match", etag).body(organization(code, "CIVIL_SOCIETY", null))
                .put("/api/v1/organizations/" + code)
                .then().statusCode(412);
        as("viewer").get("/api/v1/organizations/" + code).then().body("type", equalTo("AGENCY"));
    }

    @Test
    void noTokenGets401AndAnOversizedPage400() {
        given().when().get("/api/v1/organizations")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().header("Authorization", Tokens.bearer("viewer")).queryParam("size", 10_000)
                .when().get("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"));
    }
}
