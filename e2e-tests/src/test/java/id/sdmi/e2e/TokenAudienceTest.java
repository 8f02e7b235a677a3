package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A token of the realm is not enough: it must be issued for the SDMI API (audience sdmi-api). Another application's
 * client of the same realm gets a valid, signed token that the gateway and every service refuse.
 */
class TokenAudienceTest {

    private static JsonNode claims(String token) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    @Test
    void aTokenForAnotherApplicationIsRefusedEverywhere() throws Exception {
        String other = Platform.clientToken("sdmi-test-other-app", "sdmi-test-other-app-secret");
        assertEquals("sdmi-test-other-app", claims(other).path("azp").asText(), "a genuine token of the realm");
        given().header("Authorization", "Bearer " + other).when().get(GATEWAY + "/api/v1/frameworks")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("audience sdmi-api"));
        for (String service : new String[] {"8081/api/v1/frameworks", "8082/api/v1/assessments", "8083/api/v1/datasets"}) {
            // behind the gateway too: each service checks the audience itself
            given().header("Authorization", "Bearer " + other).when().get("http://127.0.0.1:" + service)
                    .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        }
    }

    @Test
    void thePlatformsClientsGetTokensForTheApi() throws Exception {
        String pipeline = Platform.pipelineToken();
        assertEquals("sdmi-api", claims(pipeline).path("aud").asText());
        given().header("Authorization", "Bearer " + pipeline).when().get(GATEWAY + "/api/v1/datasets?size=1")
                .then().statusCode(200);
    }
}
