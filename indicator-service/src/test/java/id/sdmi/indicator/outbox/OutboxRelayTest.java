package id.sdmi.indicator.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.web.Label;
import id.sdmi.events.Topics;
import id.sdmi.events.indicator.FrameworkCreated;
import id.sdmi.events.indicator.IndicatorCatalogEvents;
import id.sdmi.events.outbox.Outbox;
import id.sdmi.testing.KafkaTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The outbox relay against the real database and broker. */
@QuarkusTest
class OutboxRelayTest {

    private static final Pattern PARKED_METRIC = Pattern.compile("(?m)^sdmi_outbox_parked_total(\\{[^}]*})? ([0-9.E]+)$");

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    static String newAggregate() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    void record(String aggregate, String nameId) {
        QuarkusTransaction.requiringNew().run(() -> outbox.record(IndicatorCatalogEvents.FRAMEWORK_CREATED, aggregate,
                new FrameworkCreated(aggregate, "NATIONAL", new Label(nameId, null), null)));
    }

    Object[] row(String aggregate) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT sent_at, parked_at, last_error FROM outbox_event WHERE aggregate_id = ?1")
                .setParameter(1, aggregate).getSingleResult());
    }

    double parkedTotal() {
        Matcher m = PARKED_METRIC.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return m.find() ? Double.parseDouble(m.group(2)) : 0;
    }

    @Test
    void eventsOfOneAggregateReachKafkaInTheOrderTheyWereRecorded() {
        String aggregate = newAggregate();
        IntStream.rangeClosed(1, 25).forEach(i -> record(aggregate, "event " + i));

        List<ConsumerRecord<String, String>> records = KafkaTopics.await(Topics.INDICATOR_CATALOG,
                r -> aggregate.equals(r.key()), 25, Duration.ofSeconds(30));
        List<String> names = records.stream().map(r -> {
            try {
                return mapper.readTree(r.value()).at("/data/name/id").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertEquals(IntStream.rangeClosed(1, 25).mapToObj(i -> "event " + i).toList(), names);
        assertEquals(1, records.stream().map(ConsumerRecord::partition).distinct().count(), "one key, one partition");
    }

    @Test
    void anEventKafkaRefusesIsParkedCountedAndTheRestGoOn() throws Exception {
        double parkedBefore = parkedTotal();
        String tooLarge = newAggregate();
        record(tooLarge, "x".repeat(1_200_000)); // over the broker's and producer's 1 MB record limit
        String after = newAggregate();
        record(after, "recorded after the refused one");

        Instant end = Instant.now().plusSeconds(30);
        while (row(tooLarge)[1] == null || row(after)[0] == null) {
            assertTrue(Instant.now().isBefore(end), "the large event is parked and the next one sent");
            Thread.sleep(100);
        }
        Object[] parked = row(tooLarge);
        assertNull(parked[0], "a parked event is not marked sent");
        assertTrue(String.valueOf(parked[2]).contains("RecordTooLarge"), "the reason is kept: " + parked[2]);
        assertEquals(parkedBefore + 1, parkedTotal(), 0.0001);
        assertNotNull(row(after)[0]);
        assertEquals(1, KafkaTopics.await(Topics.INDICATOR_CATALOG, r -> after.equals(r.key()), 1,
                Duration.ofSeconds(20)).size());
    }
}
