package id.sdmi.assessment.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.events.CloudEvent;
import id.sdmi.events.Topics;
import id.sdmi.testing.KafkaTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class IndicatorCatalogConsumerTest {

    @Inject
    EntityManager em;

    static String frameworkCreated(String eventId, String code, String nameId) {
        return """
                {"specversion":"1.0","id":"%s","source":"/sdmi/indicator-service","type":"sdmi.indicator.framework.created.v1",
                 "subject":"%s","time":"2026-11-23T10:00:00Z","datacontenttype":"application/json",
                 "data":{"code":"%s","level":"PROVINCE","name":{"id":"%s","en":"Local MGI"},"futureField":42}}"""
                .formatted(eventId, code, code, nameId);
    }

    static void publish(String key, String value) {
        KafkaTopics.send(Topics.INDICATOR_CATALOG, key, value, CloudEvent.STRUCTURED_CONTENT_TYPE);
    }

    CatalogFramework framework(String code) {
        return QuarkusTransaction.requiringNew().call(() -> CatalogFramework.<CatalogFramework>findByIdOptional(code)
                .orElse(null));
    }

    long inboxRows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM inbox_event WHERE event_id = ?1").setParameter(1, eventId).getSingleResult())
                .longValue());
    }

    public static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(end), "timed out waiting for " + what);
            Thread.sleep(100);
        }
    }

    public static String newCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void aFrameworkEventIsLearnedOnceEvenWhenDeliveredTwice() throws Exception {
        String code = newCode();
        String eventId = UUID.randomUUID().toString();
        publish(code, frameworkCreated(eventId, code, "MGI Lokal"));
        // the same event again, as a redelivery would bring it, though with other data: it must change nothing
        publish(code, frameworkCreated(eventId, code, "CHANGED BY A DUPLICATE"));
        // a later event of the same aggregate (same key, same partition) tells us the duplicate was consumed
        String marker = newCode();
        publish(code, frameworkCreated(UUID.randomUUID().toString(), marker, "marker"));

        await("the marker event", () -> framework(marker) != null);
        CatalogFramework learned = framework(code);
        assertEquals("MGI Lokal", learned.nameId);
        assertEquals("Local MGI", learned.nameEn);
        assertEquals("PROVINCE", learned.level);
        assertEquals(eventId, learned.eventId);
        assertEquals(1, inboxRows(eventId));
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndTheRestGoOn() throws Exception {
        String key = newCode();
        String garbage = "not a cloud event " + key;
        publish(key, garbage);
        String code = newCode();
        publish(key, frameworkCreated(UUID.randomUUID().toString(), code, "after the garbage"));

        await("the event after the unreadable one", () -> framework(code) != null);
        assertEquals(1, KafkaTopics.await("sdmi.dlq.assessment-service-test", r -> garbage.equals(r.value()), 1,
                Duration.ofSeconds(20)).size());
    }
}
