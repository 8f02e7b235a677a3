package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.testing.Tokens;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gateway as integrators meet it: one OpenAPI, Swagger UI, and problem answers while a service is away. */
class GatewayDoorTest {

    @Test
    void theMergedOpenApiHoldsEveryPathOfTheThreeServicesAndSwaggerUiLoads() {
        JsonPath platform = given().get(GATEWAY + "/openapi/platform.json").then().statusCode(200).extract().jsonPath();
        Set<String> merged = platform.<String, Object>getMap("paths").keySet();
        Set<String> expected = new HashSet<>();
        for (int port : new int[] {8081, 8082, 8083}) {
            Map<String, Object> paths = given().queryParam("format", "json").get("http://127.0.0.1:" + port + "/q/openapi")
                    .then().statusCode(200).extract().jsonPath().<String, Object>getMap("paths");
            assertTrue(paths.size() > 3, "service on " + port + " describes its paths");
            expected.addAll(paths.keySet());
        }
        assertTrue(merged.containsAll(expected), "missing: " + expected.stream().filter(p -> !merged.contains(p)).toList());
        assertEquals("oauth2", platform.getString("components.securitySchemes.SecurityScheme.type"));
        assertTrue(platform.getString("components.securitySchemes.SecurityScheme.flows.authorizationCode.authorizationUrl")
                .endsWith("/realms/sdmi/protocol/openid-connect/auth"));
        given().get(GATEWAY + "/q/swagger-ui/").then().statusCode(200)
                .body(containsString("/openapi/platform.json")).body(containsString("sdmi-dashboard"));
    }

    @Test
    void aStoppedServiceGets503AndComesBack() {
        try {
            Platform.stack("down", "assessment-service");
            given().header("Authorization", Tokens.bearer("viewer")).get(GATEWAY + "/api/v1/assessments")
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("detail", equalTo("assessment is not reachable; try again shortly"));
        } finally {
            Platform.stack("up", "assessment-service");
        }
        Platform.awaitReady(8082, Duration.ofSeconds(90));
        given().header("Authorization", Tokens.bearer("viewer")).get(GATEWAY + "/api/v1/assessments")
                .then().statusCode(200);
    }
}
