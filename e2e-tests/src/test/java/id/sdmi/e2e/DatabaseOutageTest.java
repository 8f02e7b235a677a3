package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.sdmi.testing.Tokens;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A dependency away is "try again later", not a bug: PostgreSQL stopped answers 503 with Retry-After, then recovers. */
class DatabaseOutageTest {

    @Test
    void whilePostgresqlIsDownACallGets503WithRetryAfterAndItAnswersAgainOnceBack() {
        String token = Tokens.bearer("viewer");
        Platform.stack("down", "postgres");
        try {
            given().header("Authorization", token).get(GATEWAY + "/api/v1/frameworks/MGI-NATIONAL")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo("https://sdmi.id/problems/temporarily-unavailable"))
                    .body("detail", containsString("cannot reach its database"));
        } finally {
            Platform.stack("up", "postgres");
        }
        Platform.await("indicator-service to answer from its database again", Duration.ofSeconds(60),
                () -> given().header("Authorization", token).get(GATEWAY + "/api/v1/frameworks/MGI-NATIONAL")
                        .statusCode() == 200);
        for (int port : Platform.SERVICE_PORTS) {
            Platform.awaitReady(port, Duration.ofSeconds(60));
        }
    }
}
