package id.sdmi.e2e.fuzz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.testing.Tokens;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The platform fuzzed from its own contract, running: each service through its OpenAPI document, straight (its
 * loopback port, as fast as it answers), and the platform document through the gateway (within its rate limit),
 * with the transport-level abuse (bad escapes, long URIs and headers, 25 MB bodies either framing) at every door.
 * Fails on any 5xx and any 4xx that is not a problem body. The time is bounded (sdmi.fuzz.seconds, 120 by default)
 * and the order is fixed by sdmi.fuzz.seed, so a finding can be sent again.
 */
class PlatformFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GATEWAY = System.getProperty("sdmi.gateway", "http://127.0.0.1:8080");
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("sdmi.fuzz.seconds", 120));
    private static final long SEED = Long.getLong("sdmi.fuzz.seed", 20261207L);
    private static final int THROUGH_GATEWAY = 400;

    @Test
    void everyAnswerToHostileInputIsAProblemAndNoneIsA5xx() throws Exception {
        List<String> report = new ArrayList<>();
        List<Fuzzer.Finding> findings = new ArrayList<>();
        int sent = 0;
        Duration perDoor = BUDGET.dividedBy(4);
        for (int port : new int[] {8081, 8082, 8083}) {
            URI service = URI.create("http://127.0.0.1:" + port);
            JsonNode document = document(service.resolve("/q/openapi?format=json"));
            Fuzzer fuzzer = new Fuzzer(document, () -> Tokens.bearer("admin"));
            List<Fuzzer.Case> cases = new ArrayList<>(fuzzer.transportCases(firstGet(document), firstPost(document)));
            cases.addAll(Fuzzer.shuffled(fuzzer.cases(), SEED));
            sent += record(report, findings, "service :" + port, fuzzer.run(service, cases, perDoor, 4), cases.size());
        }
        JsonNode platform = document(URI.create(GATEWAY + "/openapi/platform.json"));
        Fuzzer fuzzer = new Fuzzer(platform, () -> Tokens.bearer("admin"));
        List<Fuzzer.Case> cases = new ArrayList<>(fuzzer.transportCases(firstGet(platform), firstPost(platform)));
        cases.addAll(Fuzzer.shuffled(fuzzer.cases(), SEED).subList(0, THROUGH_GATEWAY));
        sent += record(report, findings, "gateway", fuzzer.run(URI.create(GATEWAY), cases, perDoor, 2), cases.size());

        System.out.println("Fuzzed " + sent + " requests (seed " + SEED + "):\n  " + String.join("\n  ", report));
        assertTrue(sent > 1000, "the fuzzer sent only " + sent + " requests");
        assertTrue(findings.isEmpty(), findings.size() + " kinds of answer break the promise:\n"
                + findings.stream().map(Fuzzer.Finding::toString).collect(Collectors.joining("\n")));
    }

    private static int record(List<String> report, List<Fuzzer.Finding> findings, String door, Fuzzer.Result result,
            int planned) {
        report.add(door + ": " + result.sent() + " of " + planned + " sent, answers " + result.statuses() + ", "
                + result.findings().size() + " findings");
        result.findings().forEach(finding -> findings.add(new Fuzzer.Finding(door + " " + finding.operation(),
                finding.what(), finding.status(), finding.contentType(), finding.body())));
        return result.sent();
    }

    private static JsonNode document(URI uri) throws IOException {
        return JSON.readTree(given().get(uri).then().statusCode(200).extract().asString());
    }

    private static String firstGet(JsonNode document) {
        return firstWith(document, "get");
    }

    private static String firstPost(JsonNode document) {
        return firstWith(document, "post");
    }

    private static String firstWith(JsonNode document, String method) {
        var paths = document.path("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            if (path.getValue().has(method) && !path.getKey().contains("{")) {
                return path.getKey();
            }
        }
        throw new IllegalStateException("no " + method + " without parameters in the document");
    }
}
