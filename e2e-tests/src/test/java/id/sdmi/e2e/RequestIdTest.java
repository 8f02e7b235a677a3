package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.testing.Tokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One call's request id in the access logs of the gateway and of the service behind it. */
class RequestIdTest {

    static boolean logged(String component, String id) throws Exception {
        Path log = Platform.ROOT.resolve(".run/logs/" + component + ".log");
        return Files.readString(log, StandardCharsets.UTF_8).contains("rid=" + id);
    }

    @Test
    void theGatewayAndTheServiceLogTheSameRequestId() throws Exception {
        String id = "e2e-" + UUID.randomUUID();
        given().header("Authorization", Tokens.bearer("viewer")).header("X-Request-Id", id)
                .get(GATEWAY + "/api/v1/frameworks").then().statusCode(200).header("X-Request-Id", id);
        Instant end = Instant.now().plus(Duration.ofSeconds(10));
        while (!(logged("gateway", id) && logged("indicator-service", id))) {
            assertTrue(Instant.now().isBefore(end), "request id " + id + " not in both logs");
            Thread.sleep(200);
        }
    }
}
