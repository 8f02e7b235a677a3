package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static id.sdmi.e2e.Platform.ROOT;
import static id.sdmi.e2e.Platform.await;
import static id.sdmi.e2e.Platform.count;
import static id.sdmi.e2e.Platform.framework;
import static id.sdmi.e2e.Platform.kill9;
import static id.sdmi.e2e.Platform.stack;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.testing.KafkaTopics;
import id.sdmi.testing.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Fault drills on the running local stack, each under a steady write load through the gateway ({@link WriteLoad}):
 * Kafka killed (SIGKILL) for 30 s, a service killed, PostgreSQL restarted, Keycloak stopped. Each prints what was
 * acknowledged, lost and duplicated, and how long until the platform was whole again, and fails on any loss or
 * duplicate. Run alone: {@code ./mvnw -pl e2e-tests verify -DskipE2e=false -Dtest=FaultDrillsTest}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultDrillsTest {

    private static final int PACE = 4; // writes per second: within one user's rate limit (600 a minute)
    private static final Duration BEFORE = Duration.ofSeconds(3);

    /** Kafka dies without warning for 30 s: writes go on (outbox), nothing is lost or delivered twice downstream. */
    @Test
    @Order(1)
    void kafkaKilledForThirtySeconds() throws Exception {
        String batch = "DRILL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Instant killed;
        Instant back;
        WriteLoad load = new WriteLoad(URI.create(GATEWAY + "/api/v1/frameworks"), () -> Tokens.bearer("admin"),
                n -> new WriteLoad.Write(batch + "-" + n, framework(batch + "-" + n)), PACE);
        try (load) {
            pause(BEFORE);
            killed = Instant.now();
            kill9("kafka");
            pause(Duration.ofSeconds(30));
            long waiting = count("sdmi_indicator", "SELECT count(*) FROM outbox_event WHERE aggregate_id LIKE ? "
                    + "AND sent_at IS NULL", batch + "-%");
            assertTrue(waiting > 0, "while Kafka is away the events wait in the outbox");
            stack("up", "kafka");
            back = Instant.now();
            pause(BEFORE);
        }
        Set<String> acknowledged = load.acknowledged();
        await("every acknowledged framework in assessment-service", Duration.ofMinutes(3),
                () -> count("sdmi_assessment", "SELECT count(*) FROM catalog_framework WHERE code LIKE ?", batch + "-%")
                        >= acknowledged.size());
        Instant whole = Instant.now();
        long lost = acknowledged.size() - count("sdmi_indicator", "SELECT count(*) FROM framework WHERE code = ANY(?)",
                (Object) acknowledged.toArray(String[]::new));
        long lostDownstream = acknowledged.size() - count("sdmi_assessment",
                "SELECT count(*) FROM catalog_framework WHERE code = ANY(?)", (Object) acknowledged.toArray(String[]::new));
        // at least once: a record Kafka wrote but whose acknowledgement died with it is sent again; the consumer's
        // inbox takes each event once, so the duplicates that matter are events processed twice
        Map<String, Long> deliveries = KafkaTopics.all("sdmi.indicator.catalog.v1",
                record -> record.key() != null && record.key().startsWith(batch + "-")).stream()
                .collect(Collectors.groupingBy(record -> eventId(record.value()), Collectors.counting()));
        long redelivered = deliveries.values().stream().mapToLong(times -> times - 1).sum();
        long processed = count("sdmi_assessment", "SELECT count(*) FROM inbox_event "
                        + "WHERE consumer LIKE 'assessment-service.indicator-catalog%' AND event_id = ANY(?)",
                (Object) deliveries.keySet().toArray(String[]::new));
        long duplicates = processed - deliveries.size();
        report("Kafka killed (SIGKILL) for 30 s", load, lost + lostDownstream, duplicates,
                Duration.between(back, whole), "after Kafka's restart until assessment-service had every event; "
                        + redelivered + " records sent again, each taken once");
        assertEquals(0, load.failedAttempts(), "the writes never noticed Kafka was away");
        for (int port : Platform.SERVICE_PORTS) {
            Platform.awaitReady(port, Duration.ofMinutes(1));
        }
    }

    /** data-catalog-service dies under load: the gateway answers for it, retried writes land once after its restart. */
    @Test
    @Order(2)
    void aServiceKilledUnderLoad() throws Exception {
        drillReviews("data-catalog-service killed (SIGKILL), then started", () -> {
            kill9("data-catalog-service");
            stack("up", "data-catalog-service");
        });
    }

    /** PostgreSQL restarts under load: 503s with Retry-After meanwhile, every acknowledged write kept, none twice. */
    @Test
    @Order(3)
    void postgresRestartedUnderLoad() throws Exception {
        drillReviews("PostgreSQL restarted", () -> {
            stack("down", "postgres");
            pause(Duration.ofSeconds(5));
            stack("up", "postgres");
        });
    }

    /** Keycloak away: tokens already issued keep working (verified with the realm's keys the platform holds). */
    @Test
    @Order(4)
    void keycloakStoppedIssuedTokensKeepWorking() throws Exception {
        String batch = "DRILL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String token = freshToken();
        WriteLoad load = new WriteLoad(URI.create(GATEWAY + "/api/v1/frameworks"), () -> token,
                n -> new WriteLoad.Write(batch + "-" + n, framework(batch + "-" + n)), PACE);
        Instant stopped;
        try (load) {
            pause(BEFORE);
            stopped = Instant.now();
            stack("down", "keycloak");
            pause(Duration.ofSeconds(20));
        } finally {
            stack("up", "keycloak");
        }
        Set<String> acknowledged = load.acknowledged();
        long lost = acknowledged.size() - count("sdmi_indicator", "SELECT count(*) FROM framework WHERE code = ANY(?)",
                (Object) acknowledged.toArray(String[]::new));
        report("Keycloak stopped for 20 s", load, lost, 0, Duration.ZERO, "no write failed: nothing to recover");
        assertEquals(0, load.failedAttempts(), "issued tokens kept working while Keycloak was away");
        assertNotNull(load.firstAcknowledgedAfter(stopped.plusSeconds(10)), "writes went on while Keycloak was away");
    }

    /** Reviews of a published demo dataset, each with a marker in its summary, while the fault happens. */
    private static void drillReviews(String name, Fault fault) throws Exception {
        String dataset = publishedDataset();
        String batch = "drill-" + UUID.randomUUID();
        Instant faulted;
        WriteLoad load = new WriteLoad(URI.create(GATEWAY + "/api/v1/reviews"), () -> Tokens.bearer("editor"),
                n -> new WriteLoad.Write(batch + "-" + n, review(dataset, batch + "-" + n)), PACE);
        try (load) {
            pause(BEFORE);
            faulted = Instant.now();
            fault.happen();
            await("writes acknowledged again", Duration.ofMinutes(2), () -> load.firstAcknowledgedAfter(
                    load.lastFailure() == null ? faulted : load.lastFailure()) != null);
            pause(BEFORE);
        }
        Instant recovered = load.firstAcknowledgedAfter(faulted);
        Set<String> acknowledged = load.acknowledged();
        Map<String, Long> stored = reviewsBySummary(batch);
        long lost = acknowledged.stream().filter(marker -> !stored.containsKey(marker)).count();
        long duplicates = stored.values().stream().filter(times -> times > 1).count();
        Instant lastFailure = load.lastFailure();
        report(name, load, lost, duplicates, lastFailure == null ? Duration.ZERO
                : Duration.between(faulted, recovered.isAfter(lastFailure) ? recovered
                        : load.firstAcknowledgedAfter(lastFailure)), "from the fault to the first write acknowledged after "
                + "the last failed one");
        assertEquals(0, lost, "acknowledged reviews lost");
        assertEquals(0, duplicates, "reviews stored twice");
        assertEquals(0, load.refused().size(), "writes refused for good: " + load.refused());
        assertEquals(List.of(), load.answerLost().stream().filter(marker -> !stored.containsKey(marker)).toList(),
                "writes the service said took effect (answer lost) but that are not stored");
    }

    /** A dataset of the drill's own, published (the steward drafts and submits, the walidata verifies and publishes). */
    private static String publishedDataset() throws IOException {
        String body = Files.readString(ROOT.resolve("deploy/demo/datasets/bps-sakernas.json"))
                .replace("\"bps-sakernas\"", "\"bps-drill-" + UUID.randomUUID().toString().substring(0, 8) + "\"");
        String id = given().header("Authorization", Tokens.bearer("steward-bps")).contentType("application/json")
                .body(body).post(GATEWAY + "/api/v1/datasets").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer("steward-bps")).contentType("application/json")
                .post(GATEWAY + "/api/v1/datasets/" + id + "/submit").then().statusCode(200);
        for (String step : new String[] {"verify", "publish"}) {
            given().header("Authorization", Tokens.bearer("walidata")).contentType("application/json")
                    .post(GATEWAY + "/api/v1/datasets/" + id + "/" + step).then().statusCode(200);
        }
        return id;
    }

    @FunctionalInterface
    interface Fault {
        void happen() throws Exception;
    }

    private static void report(String drill, WriteLoad load, long lost, long duplicates, Duration recovery, String how) {
        String line = String.format("DRILL %-55s acknowledged %4d  lost %d  duplicates %d  failed attempts %4d  "
                        + "refused %d  answer lost %d  recovery %5.1f s (%s)", drill, load.acknowledged().size(), lost,
                duplicates, load.failedAttempts(), load.refused().size(), load.answerLost().size(), recovery.toMillis() / 1000.0, how);
        System.out.println(line);
        try {
            Path figures = ROOT.resolve("e2e-tests/target/drills.txt");
            Files.createDirectories(figures.getParent());
            Files.writeString(figures, line + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(0, lost, drill + ": acknowledged writes lost");
        assertEquals(0, duplicates, drill + ": duplicates");
        assertEquals(0, load.refused().size(), drill + ": refused " + load.refused());
    }

    private static Map<String, Long> reviewsBySummary(String batch) {
        Map<String, Long> stored = new HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/sdmi_catalog", "sdmi_catalog",
                "sdmi_catalog"); PreparedStatement query = db.prepareStatement(
                "SELECT summary, count(*) FROM dataset_review WHERE summary LIKE ? GROUP BY summary")) {
            query.setString(1, batch + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return stored;
    }

    private static String review(String dataset, String marker) {
        return """
                {"datasetId":"%s","reviewedOn":"2024-08-15",\
                "relevance":{"gcmObjectives":[6],"mgiDomains":["D4"],"note":"Relevant"},\
                "quality":{"timeliness":"GOOD","coverage":"FAIR","disaggregation":"POOR","accessibility":"GOOD"},\
                "gaps":[],"recommendations":[],"summary":"%s"}""".formatted(dataset, marker);
    }

    private static String eventId(String envelope) {
        try {
            return new ObjectMapper().readTree(envelope).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token issued now, so it outlives the drill (the realm's tokens live 5 minutes). */
    private static String freshToken() {
        return "Bearer " + given().formParam("grant_type", "password").formParam("client_id", "sdmi-gateway")
                .formParam("client_secret", "sdmi-gateway-local-secret").formParam("username", "admin")
                .formParam("password", "sdmi-demo")
                .post("http://127.0.0.1:8180/realms/sdmi/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
