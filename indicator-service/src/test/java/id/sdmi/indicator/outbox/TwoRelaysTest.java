package id.sdmi.indicator.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.web.Label;
import id.sdmi.events.Topics;
import id.sdmi.events.indicator.FrameworkCreated;
import id.sdmi.events.indicator.IndicatorCatalogEvents;
import id.sdmi.events.outbox.Outbox;
import id.sdmi.events.outbox.OutboxConfig;
import id.sdmi.events.outbox.OutboxRelay;
import id.sdmi.events.outbox.OutboxSender;
import id.sdmi.testing.KafkaTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.Test;

/**
 * Two relays over one outbox, as two instances of a service would run them: while writers record events, both
 * relays and this instance's own publish side by side; every event reaches Kafka once, each aggregate's in order.
 */
@QuarkusTest
class TwoRelaysTest {

    static final int AGGREGATES = 8;
    static final int EVENTS_EACH = 25;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    OutboxSender sender;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    ManagedExecutor managedExecutor;

    @Test
    void twoRelaysPublishEveryEventOnceAndInOrderPerAggregate() throws Exception {
        OutboxRelay second = new OutboxRelay(em, sender, config, registry, managedExecutor);
        OutboxRelay third = new OutboxRelay(em, sender, config, registry, managedExecutor);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> aggregates = new ArrayList<>();
        for (int a = 0; a < AGGREGATES; a++) {
            aggregates.add("T-" + run + "-" + a);
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            // two writers, each recording the events of half the aggregates, one transaction per event
            for (int w = 0; w < 2; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    for (int i = 1; i <= EVENTS_EACH; i++) {
                        for (int a = writer; a < AGGREGATES; a += 2) {
                            String aggregate = aggregates.get(a);
                            int n = i;
                            QuarkusTransaction.requiringNew().run(() -> outbox.record(
                                    IndicatorCatalogEvents.FRAMEWORK_CREATED, aggregate,
                                    new FrameworkCreated(aggregate, "NATIONAL", new Label(String.valueOf(n), null), null)));
                        }
                    }
                }));
            }
            // two more relays polling all the while
            for (OutboxRelay relay : List.of(second, third)) {
                work.add(pool.submit(() -> {
                    for (int round = 0; round < 40; round++) {
                        relay.poll();
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        int total = AGGREGATES * EVENTS_EACH;
        Set<String> keys = new HashSet<>(aggregates);
        List<ConsumerRecord<String, String>> records = KafkaTopics.await(Topics.INDICATOR_CATALOG,
                r -> keys.contains(r.key()), total, Duration.ofSeconds(60));
        ObjectMapper mapper = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        Map<String, List<Integer>> order = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = mapper.readTree(record.value());
            ids.add(event.get("id").asText());
            order.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.at("/data/name/id").asInt());
        }
        assertEquals(total, records.size(), "every event published");
        assertEquals(total, ids.size(), "none twice");
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= EVENTS_EACH; i++) {
            expected.add(i);
        }
        aggregates.forEach(a -> assertEquals(expected, order.get(a), "the order of " + a));
        long unsent = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE aggregate_id LIKE ?1 AND sent_at IS NULL")
                .setParameter(1, "T-" + run + "-%").getSingleResult()).longValue());
        assertEquals(0, unsent);
    }
}
