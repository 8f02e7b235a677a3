package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static id.sdmi.e2e.Platform.count;
import static id.sdmi.e2e.Platform.framework;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.testing.KafkaTopics;
import id.sdmi.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
        // delivered once: each event is on the topic once (the relay's idempotent producer, acks=all), not merely
        // stored once by a consumer whose inbox would hide a duplicate
        Map<String, Long> deliveries = KafkaTopics.all("sdmi.indicator.catalog.v1",
                        record -> record.key() != null && record.key().startsWith(batch + "-"))
                .stream().collect(Collectors.groupingBy(KafkaOutageTest::eventId, Collectors.counting()));
        assertEquals(FRAMEWORKS, deliveries.size(), "every event on the topic");
        assertEquals(Map.of(), deliveries.entrySet().stream().filter(delivered -> delivered.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "events on the topic more than once");
        for (int port : Platform.SERVICE_PORTS) {
            Platform.awaitReady(port, Duration.ofSeconds(60)); // readiness follows Kafka back up
        }
    }

    private static String eventId(ConsumerRecord<String, String> record) {
        try {
            return new ObjectMapper().readTree(record.value()).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
