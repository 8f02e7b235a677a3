package id.sdmi.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import id.sdmi.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EchoService.class)
class GatewayRoutingTest {

    @Test
    void noTokenGets401WithAProblemBody() {
        given().when().get("/api/v1/frameworks")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://sdmi.id/problems/unauthenticated"));
    }

    @Test
    void aTokenWithABadSignatureGets401() {
        String token = Tokens.of("editor");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().header("Authorization", "Bearer " + forged)
                .when().get("/api/v1/frameworks")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void aViewerReadsThroughTheGatewayWithItsTokenPassedOn() {
        given().header("Authorization", Tokens.bearer("viewer")).header("Host", "sdmi.example:8080")
                .when().get("/api/v1/frameworks/MGI-NATIONAL/versions?page=1&size=5")
                .then().statusCode(200)
                .header("X-Echo", "yes")
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/v1/frameworks/MGI-NATIONAL/versions"))
                .body("query", equalTo("page=1&size=5"))
                .body("authorization", equalTo(Tokens.bearer("viewer")))
                .body("forwardedHost", equalTo("sdmi.example:8080"));
    }

    @Test
    void everyRequestHasAnIdWhichTheServiceReceives() {
        given().header("Authorization", Tokens.bearer("viewer")).header("X-Request-Id", "bps-pipeline-run-42")
                .when().get("/api/v1/frameworks")
                .then().statusCode(200).header("X-Request-Id", "bps-pipeline-run-42")
                .body("requestId", equalTo("bps-pipeline-run-42"));
        String made = given().header("Authorization", Tokens.bearer("viewer")).header("X-Request-Id", "bad id <script>")
                .when().get("/api/v1/frameworks").then().statusCode(200).extract().header("X-Request-Id");
        org.junit.jupiter.api.Assertions.assertTrue(made.matches("[0-9a-f-]{36}"), made);
        given().when().get("/api/v1/frameworks").then().statusCode(401).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aViewerCannotWriteButAnEditorCanAndTheBodyPassesUnchanged() {
        String body = "{\"code\":\"MGI-X\",\"name\":{\"id\":\"Uji ✓\"}}";
        given().header("Authorization", Tokens.bearer("viewer")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/frameworks")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("catalog-editor"));
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/frameworks")
                .then().statusCode(201)
                .body("method", equalTo("POST"))
                .body("body", equalTo(body));
    }

    @Test
    void writeRolesAreChosenPerRoute() {
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/assessments")
                .then().statusCode(403);
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/assessments")
                .then().statusCode(201);
    }

    @Test
    void aServiceThatIsDownGets503WithAProblemBody() {
        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get("/api/v1/datasets")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", equalTo("catalog is not reachable; try again shortly"));
    }

    @Test
    void aPublicPathIsReadWithoutATokenButNotWritten() {
        // past the guard without a token: the (stopped) catalog service answers 503, not the guard 401
        given().when().get("/api/v1/catalog.jsonld").then().statusCode(503);
        given().when().get("/api/v1/datasets").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/catalog.jsonld").then().statusCode(401);
    }

    @Test
    void aSlowServiceGets504() {
        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get("/api/v1/assessments/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("detail", equalTo("assessment did not answer in time"));
    }

    @Test
    void anUnroutedApiPathGets404AndHealthIsOpen() {
        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
