package id.sdmi.indicator.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.events.Topics;
import id.sdmi.testing.Listing;
import id.sdmi.testing.KafkaTopics;
import id.sdmi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FrameworkResourceTest {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    static String newCode() {
        return "T-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36).toUpperCase();
    }

    static String body(String code) {
        return """
                {"code":"%s","level":"NATIONAL","name":{"id":"Indikator Tata Kelola Migrasi","en":"Migration Governance Indicators"}}"""
                .formatted(code);
    }

    long frameworks(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Framework.count("code", code));
    }

    long outboxRows(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE aggregate_id = ?1").setParameter(1, code).getSingleResult()).longValue());
    }

    @Test
    void editorCreatesFrameworkAndItsEventReachesKafka() throws Exception {
        String code = newCode();
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON).body(body(code))
                .when().post("/api/v1/frameworks")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/frameworks/" + code))
                .body("code", equalTo(code))
                .body("level", equalTo("NATIONAL"))
                .body("name.id", equalTo("Indikator Tata Kelola Migrasi"))
                .body("name.en", equalTo("Migration Governance Indicators"));

        assertEquals(1, frameworks(code));
        assertEquals(1, outboxRows(code));

        List<ConsumerRecord<String, String>> records = KafkaTopics.await(Topics.INDICATOR_CATALOG,
                r -> code.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size(), "the framework.created event reaches " + Topics.INDICATOR_CATALOG);
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("application/cloudevents+json; charset=UTF-8",
                new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
        JsonNode event = mapper.readTree(record.value());
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals("sdmi.indicator.framework.created.v1", event.get("type").asText());
        assertEquals("/sdmi/indicator-service", event.get("source").asText());
        assertEquals(code, event.get("subject").asText());
        assertNotNull(event.get("id").asText());
        assertEquals(code, event.at("/data/code").asText());
        assertEquals("NATIONAL", event.at("/data/level").asText());
        assertEquals("Indikator Tata Kelola Migrasi", event.at("/data/name/id").asText());

        Object sentAt = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT sent_at FROM outbox_event WHERE aggregate_id = ?1").setParameter(1, code).getSingleResult());
        assertNotNull(sentAt, "the relay marks the outbox row sent");
    }

    @Test
    void createdFrameworkCanBeReadAndListedByAViewer() {
        String code = newCode();
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON).body(body(code))
                .post("/api/v1/frameworks").then().statusCode(201);

        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get("/api/v1/frameworks/" + code)
                .then().statusCode(200).body("code", equalTo(code)).body("description", nullValue());
        given().header("Authorization", Tokens.bearer("viewer")).queryParam("size", 500)
                .when().get("/api/v1/frameworks")
                .then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(500))
                .body("total", greaterThanOrEqualTo(1));
        assertTrue(Listing.lists(() -> given().header("Authorization", Tokens.bearer("viewer")), "/api/v1/frameworks",
                "code", code), "listed");
    }

    @Test
    void noTokenGets401WithAProblemBody() {
        given().contentType(ContentType.JSON).body(body(newCode()))
                .when().post("/api/v1/frameworks")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("type", equalTo("https://sdmi.id/problems/unauthenticated"))
                .body("detail", containsString("Bearer"));
    }

    @Test
    void forgedTokenGets401() {
        String forged = Tokens.of("editor").substring(0, Tokens.of("editor").lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().header("Authorization", "Bearer " + forged)
                .when().get("/api/v1/frameworks")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void viewerCannotCreateAFrameworkAndNothingIsWritten() {
        String code = newCode();
        given().header("Authorization", Tokens.bearer("viewer")).contentType(ContentType.JSON).body(body(code))
                .when().post("/api/v1/frameworks")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", equalTo("https://sdmi.id/problems/forbidden"));
        assertEquals(0, frameworks(code));
        assertEquals(0, outboxRows(code));
    }

    @Test
    void malformedJsonGets400AndWritesNothing() {
        String code = newCode();
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"level\":\"NATIONAL\",\"name\":{\"id\":\"x\"")
                .when().post("/api/v1/frameworks")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sdmi.id/problems/malformed-request"))
                .body("detail", containsString("line 1"));
        assertEquals(0, frameworks(code));
        assertEquals(0, outboxRows(code));
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON)
                .body("{\"name\":{\"en\":\"only English\"}}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sdmi.id/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("code", "level", "name.id"));
    }

    @Test
    void aWrongTypeIsNamedAndWritesNothing() {
        String code = newCode();
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"level\":\"CONTINENTAL\",\"name\":{\"id\":\"x\"}}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("level"))
                .body("errors[0].message", equalTo("must be one of NATIONAL, PROVINCE, REGENCY"));
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"level\":\"NATIONAL\",\"name\":[1,2]}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must be an object"));
        assertEquals(0, frameworks(code));
    }

    @Test
    void aBadCodeIsRefused() {
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON)
                .body(body("mgi national"))
                .when().post("/api/v1/frameworks")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", containsString("capital letters"));
    }

    @Test
    void aDuplicateCodeGets409AndOnlyOneEvent() {
        String code = newCode();
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON).body(body(code))
                .post("/api/v1/frameworks").then().statusCode(201);
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body(body(code))
                .when().post("/api/v1/frameworks")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("framework " + code + " already exists"));
        assertEquals(1, frameworks(code));
        assertEquals(1, outboxRows(code));
    }

    @Test
    void aPageSizeOverTheLimitGets400() {
        given().header("Authorization", Tokens.bearer("viewer")).queryParam("size", 501)
                .when().get("/api/v1/frameworks")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("must be at most 500"));
    }

    @Test
    void aPageBeyondTheLastThatCanBeAskedForGets400() {
        given().header("Authorization", Tokens.bearer("viewer")).queryParam("page", 2147483647).queryParam("size", 500)
                .when().get("/api/v1/frameworks")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", equalTo("must be at most 1000000"));
    }

    @Test
    void anUnknownFrameworkGets404() {
        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get("/api/v1/frameworks/NO-SUCH-FRAMEWORK")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("framework NO-SUCH-FRAMEWORK does not exist"));
    }
}
