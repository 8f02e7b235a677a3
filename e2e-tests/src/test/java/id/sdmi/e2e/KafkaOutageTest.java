package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static id.sdmi.e2e.Platform.count;
import static id.sdmi.e2e.Platform.framework;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sdmi.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Nothing is lost: events written while Kafka is away arrive, each exactly once, when it returns. */
class KafkaOutageTest {

    static final int FRAMEWORKS = 100;
    static final Duration OUTAGE = Duration.ofSeconds(30);

    @Test
    void frameworksCreatedWhileKafkaIsStoppedReachAssessmentServiceExactlyOnceAfterItReturns() {
        String batch = "OUT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String token = Tokens.bearer("editor");
        Instant stopped = Instant.now();
        Platform.stack("down", "kafka");
        try {
            for (int i = 0; i < FRAMEWORKS; i++) {
                given().header("Authorization", token).contentType(ContentType.JSON)
                        .body(framework(batch + "-" + i))
                        .when().post(GATEWAY + "/api/v1/frameworks")
                        .then().statusCode(201);
            }
            assertEquals(FRAMEWORKS, count("sdmi_indicator",
                    "SELECT count(*) FROM outbox_event WHERE aggregate_id LIKE ? AND sent_at IS NULL", batch + "-%"),
                    "while Kafka is away the events wait in the outbox");
            long left = OUTAGE.minus(Duration.between(stopped, Instant.now())).toMillis();
            if (left > 0) {
                Thread.sleep(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Platform.stack("up", "kafka");
        }

        Platform.await("all " + FRAMEWORKS + " frameworks in assessment-service", Duration.ofSeconds(120),
                () -> count("sdmi_assessment", "SELECT count(*) FROM catalog_framework WHERE code LIKE ?",
                        batch + "-%") == FRAMEWORKS);
        assertEquals(0, count("sdmi_indicator",
                "SELECT count(*) FROM outbox_event WHERE aggregate_id LIKE ? AND sent_at IS NULL", batch + "-%"));
        assertEquals(FRAMEWORKS, count("sdmi_assessment",
                "SELECT count(*) FROM inbox_event WHERE consumer = 'assessment-service.indicator-catalog.2' AND event_id IN "
                        + "(SELECT event_id FROM catalog_framework WHERE code LIKE ?)", batch + "-%"),
                "each event processed once");
        assertEquals(FRAMEWORKS, count("sdmi_assessment",
                "SELECT count(DISTINCT event_id) FROM catalog_framework WHERE code LIKE ?", batch + "-%"));
        for (int port : Platform.SERVICE_PORTS) {
            Platform.awaitReady(port, Duration.ofSeconds(60)); // readiness follows Kafka back up
        }
    }
}
