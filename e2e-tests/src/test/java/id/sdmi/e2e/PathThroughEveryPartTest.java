package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static id.sdmi.e2e.Platform.count;
import static id.sdmi.e2e.Platform.framework;
import static id.sdmi.e2e.Platform.newCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sdmi.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A catalog editor's token → gateway → indicator-service (database + outbox) → Kafka → assessment-service. */
class PathThroughEveryPartTest {

    static long frameworksInIndicatorService(String code) {
        return count("sdmi_indicator", "SELECT count(*) FROM framework WHERE code = ?", code);
    }

    static long frameworksKnownToAssessmentService(String code) {
        return count("sdmi_assessment", "SELECT count(*) FROM catalog_framework WHERE code = ?", code);
    }

    @Test
    void noTokenGets401WithAProblemBody() {
        given().contentType(ContentType.JSON).body(framework(newCode("E2E")))
                .when().post(GATEWAY + "/api/v1/frameworks")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("A valid bearer token is required"));
    }

    @Test
    void aViewerCannotCreateAFramework() {
        String code = newCode("E2E");
        given().header("Authorization", Tokens.bearer("viewer")).contentType(ContentType.JSON).body(framework(code))
                .when().post(GATEWAY + "/api/v1/frameworks")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("catalog-editor"));
        assertEquals(0, frameworksInIndicatorService(code));
    }

    @Test
    void anEditorCreatesAFrameworkAndAssessmentServiceLearnsIt() {
        String code = newCode("E2E");
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON).body(framework(code))
                .when().post(GATEWAY + "/api/v1/frameworks")
                .then().statusCode(201)
                .header("Location", equalTo(GATEWAY + "/api/v1/frameworks/" + code))
                .body("code", equalTo(code))
                .body("name.en", equalTo("End-to-end test indicators"));
        assertEquals(1, frameworksInIndicatorService(code));

        Platform.await("assessment-service to learn " + code, Duration.ofSeconds(10),
                () -> frameworksKnownToAssessmentService(code) == 1);

        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get(GATEWAY + "/api/v1/frameworks/" + code)
                .then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void aPipelineCallsWithAClientCredentialsToken() {
        String token = Platform.pipelineToken();
        given().header("Authorization", "Bearer " + token)
                .when().get(GATEWAY + "/api/v1/frameworks?size=1")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON | {\"code\":\"@CODE@\",\"level\":\"NATIONAL\",\"name\":{\"id\":\"x\"} | ",
            "wrong type     | {\"code\":\"@CODE@\",\"level\":\"NATIONAL\",\"name\":\"not an object\"} | name",
            "unknown level  | {\"code\":\"@CODE@\",\"level\":\"GLOBAL\",\"name\":{\"id\":\"x\"}} | level",
            "missing name   | {\"code\":\"@CODE@\",\"level\":\"NATIONAL\"} | name"})
    void badInputGets400NamingTheFieldAndWritesNothing(String what, String body, String field) {
        String code = newCode("E2E");
        var response = given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON)
                .body(body.replace("@CODE@", code))
                .when().post(GATEWAY + "/api/v1/frameworks")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        if (field == null) {
            response.body("type", equalTo("https://sdmi.id/problems/malformed-request"));
        } else {
            response.body("errors.field", containsInAnyOrder(field));
        }
        assertEquals(0, frameworksInIndicatorService(code));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {8081, 8082, 8083})
    void everyServiceReportsReadinessOfItsDatabaseAndKafkaMetricsAndOpenApi(int port) {
        String service = "http://127.0.0.1:" + port;
        Platform.awaitReady(port, Duration.ofSeconds(60));
        given().get(service + "/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
        given().get(service + "/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().get(service + "/q/openapi?format=json").then().statusCode(200).body("openapi", containsString("3."));
    }
}
