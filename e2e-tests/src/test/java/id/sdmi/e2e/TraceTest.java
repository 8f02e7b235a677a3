package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.testing.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One write followed across the platform by its W3C trace id: the caller's traceparent is continued by the gateway,
 * the service that writes, its outbox relay publishing the event, and the consumer in another service applying it —
 * each of their log lines about it carries {@code trace=<the id>}.
 */
class TraceTest {

    static final Path LOGS = Path.of(System.getProperty("sdmi.run", Platform.ROOT.resolve(".run").toString()), "logs");

    @Test
    void aPublishedDatasetsTraceRunsFromTheGatewayThroughTheCatalogAndKafkaToAssessmentService() throws Exception {
        String body = Files.readString(Platform.ROOT.resolve("deploy/demo/datasets/bps-sakernas.json"))
                .replace("\"bps-sakernas\"", "\"bps-trace-" + UUID.randomUUID().toString().substring(0, 8) + "\"");
        String id = given().header("Authorization", Tokens.bearer("steward-bps")).contentType("application/json")
                .body(body).post(GATEWAY + "/api/v1/datasets").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer("steward-bps")).contentType("application/json")
                .post(GATEWAY + "/api/v1/datasets/" + id + "/submit").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("walidata")).contentType("application/json")
                .post(GATEWAY + "/api/v1/datasets/" + id + "/verify").then().statusCode(200);

        SecureRandom random = new SecureRandom();
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        random.nextBytes(trace);
        random.nextBytes(span);
        String traceId = HexFormat.of().formatHex(trace);
        given().header("Authorization", Tokens.bearer("walidata")).contentType("application/json")
                .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(span) + "-01")
                .post(GATEWAY + "/api/v1/datasets/" + id + "/publish").then().statusCode(200);

        String mark = "trace=" + traceId;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && lines("assessment-service", mark).isEmpty()) {
            Thread.sleep(250);
        }
        List<String> gateway = lines("gateway", mark);
        List<String> catalog = lines("data-catalog-service", mark);
        List<String> assessment = lines("assessment-service", mark);
        String publish = "POST /api/v1/datasets/" + id + "/publish -> catalog 200";
        assertTrue(gateway.stream().anyMatch(l -> l.contains(publish)), "the gateway's line: " + gateway);
        assertTrue(catalog.stream().anyMatch(l -> l.contains("Publishing sdmi.catalog.dataset.published")
                && l.contains(id)), "the producer's relay line: " + catalog);
        assertTrue(assessment.stream().anyMatch(l -> l.contains("applying sdmi.catalog.dataset.published")
                && l.contains(id)), "the consumer's line: " + assessment);
    }

    private static List<String> lines(String component, String mark) throws IOException {
        Path log = LOGS.resolve(component + ".log");
        if (!Files.exists(log)) {
            return List.of();
        }
        try (var all = Files.lines(log)) {
            return all.filter(l -> l.contains(mark)).toList();
        }
    }
}
