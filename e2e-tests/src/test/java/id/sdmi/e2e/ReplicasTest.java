package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static id.sdmi.e2e.Platform.await;
import static id.sdmi.e2e.Platform.count;
import static id.sdmi.e2e.Platform.framework;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.testing.KafkaTopics;
import id.sdmi.testing.Tokens;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of every service behind the gateway, on one machine ({@code deploy/local/sdmi up --replicas 2}
 * starts the second ones; here they are started for the test and stopped after it): the gateway spreads the writes
 * over both, both outbox relays publish and each event arrives once, the consumers of one group share the
 * partitions, what one instance writes the other finds at once, and killing one under load loses no acknowledged
 * write while the gateway moves its traffic to the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasTest {

    static final List<String> SECOND = List.of("indicator-service-2", "assessment-service-2", "data-catalog-service-2");

    @BeforeAll
    static void startTheSecondInstances() {
        List<String> up = new ArrayList<>(List.of("up"));
        up.addAll(SECOND);
        Platform.stack(up.toArray(String[]::new));
    }

    @AfterAll
    static void stopTheSecondInstances() {
        List<String> down = new ArrayList<>(List.of("down"));
        down.addAll(SECOND);
        Platform.stack(down.toArray(String[]::new));
    }

    /** How many frameworks an instance of indicator-service has created (its own request metrics). */
    private static long created(int port) {
        String metrics = given().get("http://127.0.0.1:" + port + "/q/metrics").then().statusCode(200).extract()
                .asString();
        return metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{")
                        && l.contains("method=\"POST\"") && l.contains("status=\"201\"")
                        && l.contains("uri=\"/api/v1/frameworks\""))
                // the value follows the labels; an exemplar (# {trace_id=…} …) may follow it
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.indexOf("} ") + 2).split(" ")[0])).sum();
    }

    @Test
    @Order(1)
    void writesSpreadOverBothInstancesBothRelaysPublishAndEachEventArrivesOnce() throws Exception {
        String token = Tokens.bearer("editor");
        String batch = "REPL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long first = created(8081);
        long second = created(8281);
        List<String> codes = new ArrayList<>();
        // the gateway takes the second instance in within its open-for (10 s) of having found it down before
        await("writes on both instances", Duration.ofSeconds(40), () -> {
            String code = batch + "-" + codes.size();
            given().header("Authorization", token).contentType("application/json").body(framework(code))
                    .post(GATEWAY + "/api/v1/frameworks").then().statusCode(201);
            codes.add(code);
            return codes.size() >= 20 && created(8081) > first && created(8281) > second;
        });
        long onFirst = created(8081) - first;
        long onSecond = created(8281) - second;
        assertEquals(codes.size(), onFirst + onSecond, "every write served by one of the two");
        assertTrue(onFirst >= 3 && onSecond >= 3, "in turn: " + onFirst + " and " + onSecond);

        // every event published once, applied once by assessment-service
        await("assessment-service to have every framework", Duration.ofSeconds(60), () -> count("sdmi_assessment",
                "SELECT count(*) FROM catalog_framework WHERE code = ANY(?)", (Object) codes.toArray(String[]::new))
                == codes.size());
        Map<String, Long> records = KafkaTopics.all("sdmi.indicator.catalog.v1",
                record -> record.key() != null && record.key().startsWith(batch + "-")).stream()
                .collect(Collectors.groupingBy(record -> record.key(), Collectors.counting()));
        assertEquals(Set.copyOf(codes), records.keySet(), "each framework's event on the topic");
        assertTrue(records.values().stream().allMatch(n -> n == 1), "each once: " + records);
        // both relays took part: each instance's log names some of this batch's events as published by it
        for (String instance : List.of("indicator-service", "indicator-service-2")) {
            List<String> lines = Files.readAllLines(Platform.ROOT.resolve(".run/logs/" + instance + ".log")).stream()
                    .filter(l -> l.contains("Publishing sdmi.indicator.framework.created") && l.contains(batch))
                    .toList();
            assertTrue(!lines.isEmpty(), instance + "'s relay published some of the batch");
        }
    }

    @Test
    @Order(2)
    void theConsumersOfOneGroupShareThePartitions() throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        try (Admin admin = Admin.create(config)) {
            await("two members of assessment-service-datasets sharing the partitions", Duration.ofSeconds(60), () -> {
                try {
                    ConsumerGroupDescription group = admin.describeConsumerGroups(
                            List.of("assessment-service-datasets")).all().get().get("assessment-service-datasets");
                    List<MemberDescription> sharing = group.members().stream()
                            .filter(m -> m.assignment().topicPartitions().stream()
                                    .anyMatch(p -> p.topic().equals("sdmi.catalog.dataset.v1")))
                            .toList();
                    long partitions = sharing.stream().mapToLong(m -> m.assignment().topicPartitions().stream()
                            .filter(p -> p.topic().equals("sdmi.catalog.dataset.v1")).count()).sum();
                    return sharing.size() >= 2 && partitions == 3;
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }

    @Test
    @Order(3)
    void aDatasetWrittenOnOneInstanceIsFoundOnTheOtherAtOnce() throws Exception {
        String identifier = "bps-replica-" + UUID.randomUUID().toString().substring(0, 8);
        String body = Files.readString(Platform.ROOT.resolve("deploy/demo/datasets/bps-sakernas.json"))
                .replace("\"bps-sakernas\"", "\"" + identifier + "\"");
        String steward = Tokens.bearer("steward-bps");
        given().header("Authorization", steward).contentType("application/json").body(body)
                .post("http://127.0.0.1:8083/api/v1/datasets").then().statusCode(201);
        given().header("Authorization", steward).queryParam("identifier", identifier)
                .get("http://127.0.0.1:8283/api/v1/datasets").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
        given().header("Authorization", steward).queryParam("q", identifier)
                .get("http://127.0.0.1:8283/api/v1/datasets").then().statusCode(200)
                .body("items.identifier", org.hamcrest.Matchers.hasItem(identifier));
    }

    @Test
    @Order(4)
    void killingOneInstanceUnderLoadLosesNoAcknowledgedWrite() throws Exception {
        String batch = "KILL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        WriteLoad load = new WriteLoad(URI.create(GATEWAY + "/api/v1/frameworks"), () -> Tokens.bearer("editor"),
                n -> new WriteLoad.Write(batch + "-" + n, framework(batch + "-" + n)), 20);
        try (load) {
            Thread.sleep(3000);
            Platform.kill9("indicator-service-2");
            Thread.sleep(6000);
        }
        Set<String> acknowledged = load.acknowledged();
        long stored = count("sdmi_indicator", "SELECT count(*) FROM framework WHERE code = ANY(?)",
                (Object) acknowledged.toArray(String[]::new));
        System.out.printf("REPLICAS one of two indicator-service instances killed under 20 writes/s: acknowledged %d, "
                + "stored %d, failed attempts %d (retried), refused %d%n", acknowledged.size(), stored,
                load.failedAttempts(), load.refused().size());
        assertTrue(acknowledged.size() >= 100, "writes went on: " + acknowledged.size());
        assertEquals(acknowledged.size(), stored, "no acknowledged write lost");
        assertEquals(List.of(), load.refused(), "none refused for good");
        assertTrue(load.firstAcknowledgedAfter(java.time.Instant.now().minusSeconds(3)) != null,
                "the other instance took the traffic");
    }
}
