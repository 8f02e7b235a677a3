package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static id.sdmi.e2e.Platform.count;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Retry-safe writes: a BPS pipeline that retries a POST after a timeout, with the same Idempotency-Key, creates
 * nothing twice, in every service, through the gateway.
 */
class IdempotencyKeyTest {

    private static String pipeline() {
        return "Bearer " + Platform.pipelineToken();
    }

    private static String dataset(String identifier) throws IOException {
        return Files.readString(Platform.ROOT.resolve("deploy/demo/datasets/bps-sakernas.json"))
                .replace("\"bps-sakernas\"", "\"" + identifier + "\"");
    }

    private static Response post(String token, String key, String path, String body) {
        return given().header("Authorization", token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post(GATEWAY + path);
    }

    @Test
    void aRetriedPostGetsTheFirstAnswerAndCreatesNothingTwice() throws IOException {
        String token = pipeline();
        String identifier = "bps-retry-" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        Response first = post(token, key, "/api/v1/datasets", dataset(identifier));
        first.then().statusCode(201);
        Response retry = post(token, "\"" + key + "\"", "/api/v1/datasets", dataset(identifier));
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).header("ETag", first.header("ETag"))
                .contentType(ContentType.JSON)
                .body("id", equalTo(first.path("id")));
        assertEquals(first.asString(), retry.asString(), "the kept answer, byte for byte");
        assertEquals(1, count("sdmi_catalog", "SELECT count(*) FROM dataset WHERE identifier = ?", identifier));
        assertEquals(1, count("sdmi_catalog", "SELECT count(*) FROM dataset_history WHERE dataset_id = ?::uuid",
                (Object) first.path("id")), "one history entry: the retry did nothing");

        // the same key with another request: 422, and still nothing new
        post(token, key, "/api/v1/datasets", dataset(identifier + "-other"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://sdmi.id/problems/idempotency-key-reused"))
                .body("detail", containsString(key));
        assertEquals(0, count("sdmi_catalog", "SELECT count(*) FROM dataset WHERE identifier = ?", identifier + "-other"));

        // keys belong to their caller: the steward's equal key is its own request
        String steward = Tokens.bearer("steward-bps");
        post(steward, key, "/api/v1/datasets", dataset(identifier + "-steward")).then().statusCode(201)
                .header("Idempotent-Replayed", (String) null);
    }

    @Test
    void parallelRetriesOfOneKeyRunItOnce() throws Exception {
        String token = Tokens.bearer("editor");
        String code = Platform.newCode("IDEM");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                Callable<Response> call = () -> post(token, key, "/api/v1/frameworks", Platform.framework(code));
                answers.add(pool.submit(call));
            }
            int created = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                if (response.statusCode() == 409) {
                    // still running: told to come back, not a second run
                    response.then().contentType("application/problem+json").header("Retry-After", "1")
                            .body("type", equalTo("https://sdmi.id/problems/idempotency-key-in-flight"));
                } else {
                    response.then().statusCode(201).body("code", equalTo(code));
                    created += response.header("Idempotent-Replayed") == null ? 1 : 0;
                }
            }
            assertEquals(1, created, "exactly one of the parallel requests ran");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("sdmi_indicator", "SELECT count(*) FROM framework WHERE code = ?", code));
        assertEquals(1, count("sdmi_indicator", "SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", code),
                "one event");
    }

    @Test
    void aWriteThatTookEffectIsNeverRunAgainEvenWhenItsAnswerWasLost() {
        String token = Tokens.bearer("editor");
        String code = Platform.newCode("IDEM");
        String key = UUID.randomUUID().toString();
        post(token, key, "/api/v1/frameworks", Platform.framework(code)).then().statusCode(201);
        assertEquals(1, count("sdmi_indicator", "SELECT count(*) FROM idempotency_key WHERE key = ? AND took_effect",
                key), "marked in the write's own transaction");

        // the service died after the write committed and before it kept the answer, and the lease is over
        assertEquals(1, count("sdmi_indicator", """
                WITH lost AS (UPDATE idempotency_key SET status = NULL, headers = NULL, body = NULL,
                    created_at = now() - interval '2 minutes' WHERE key = ? RETURNING 1) SELECT count(*) FROM lost""",
                key));
        post(token, key, "/api/v1/frameworks", Platform.framework(code)).then().statusCode(409)
                .contentType("application/problem+json").header("Retry-After", (String) null)
                .body("type", equalTo("https://sdmi.id/problems/idempotency-key-answer-lost"))
                .body("detail", containsString("took effect"));
        assertEquals(1, count("sdmi_indicator", "SELECT count(*) FROM framework WHERE code = ?", code), "not run again");
        assertEquals(1, count("sdmi_indicator", "SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", code),
                "one event");
    }

    @Test
    void aFailedRequestIsNotKeptAndAMalformedKeyIsRefused() {
        String token = Tokens.bearer("coordinator");
        String key = UUID.randomUUID().toString();
        // 400 is kept: the same broken request gets the same answer, replayed
        post(token, key, "/api/v1/assessments", "{}").then().statusCode(400);
        post(token, key, "/api/v1/assessments", "{}").then().statusCode(400).header("Idempotent-Replayed", "true")
                .contentType("application/problem+json");
        assertTrue(count("sdmi_assessment", "SELECT count(*) FROM idempotency_key WHERE key = ? AND status = 400", key) == 1);
        assertEquals(0, count("sdmi_assessment", "SELECT count(*) FROM idempotency_key WHERE key = ? AND took_effect",
                key), "refused before any write: nothing took effect");
        post(token, "has spaces in it", "/api/v1/assessments", "{}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        post(token, "k".repeat(256), "/api/v1/assessments", "{}").then().statusCode(400);
    }
}
