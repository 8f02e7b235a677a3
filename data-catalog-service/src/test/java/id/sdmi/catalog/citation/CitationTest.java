package id.sdmi.catalog.citation;

import static id.sdmi.catalog.dataset.DatasetWorkflowTest.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.catalog.dataset.DatasetWorkflowTest;
import id.sdmi.catalog.release.ReleaseTest;
import id.sdmi.events.CloudEvent;
import id.sdmi.events.CloudEventCodec;
import id.sdmi.web.Label;
import id.sdmi.events.Topics;
import id.sdmi.events.assessment.AssessmentEvents;
import id.sdmi.events.assessment.AssessmentPublished;
import id.sdmi.testing.KafkaTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** assessment-service's published event, sent to the real broker as it would send it, counted here. */
@QuarkusTest
class CitationTest {

    @Inject
    CloudEventCodec codec;

    @Inject
    EntityManager em;

    private String a;
    private String b;

    @BeforeEach
    void publishTwoDatasets() {
        DatasetWorkflowTest.ensureProducers();
        a = ReleaseTest.publishAsAdmin(ReleaseTest.quarterly("BPS"));
        b = ReleaseTest.publishAsAdmin(ReleaseTest.quarterly("BP2MI"));
    }

    private CloudEvent published(String assessment, List<String> cited) {
        return codec.envelope(AssessmentEvents.PUBLISHED, "/sdmi/assessment-service", assessment,
                new AssessmentPublished(assessment, new Label("MGI Lokal Jawa Tengah 2023", null), "MGI-LOCAL", "2023",
                        new AssessmentPublished.Scope("PROVINCE", "33"), OffsetDateTime.now(ZoneOffset.UTC), cited));
    }

    private void send(CloudEvent event) {
        KafkaTopics.send(Topics.ASSESSMENT, event.subject(), codec.write(event), CloudEvent.STRUCTURED_CONTENT_TYPE);
    }

    private long citations(String dataset) {
        return ((Number) as("viewer").get("/api/v1/datasets/" + dataset).then().statusCode(200).extract()
                .path("citations")).longValue();
    }

    private long rows(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(end), "timed out waiting for " + what);
            Thread.sleep(100);
        }
    }

    @Test
    void anAssessmentDeliveredTwiceIsCountedOnce() throws Exception {
        String assessment = UUID.randomUUID().toString();
        String unknown = UUID.randomUUID().toString();
        CloudEvent event = published(assessment, List.of(a, b, unknown));
        send(event);
        send(event); // a redelivery: same event id
        // a later event of another assessment on the same key tells us the duplicate was consumed
        String marker = UUID.randomUUID().toString();
        CloudEvent second = codec.envelope(AssessmentEvents.PUBLISHED, "/sdmi/assessment-service", assessment,
                new AssessmentPublished(marker, new Label("MGI Nasional 2023", null), "MGI-NATIONAL", "2023",
                        new AssessmentPublished.Scope("NATIONAL", null), OffsetDateTime.now(ZoneOffset.UTC), List.of(a)));
        send(second);
        await("the second assessment", () -> rows("SELECT count(*) FROM dataset_citation WHERE assessment_id = ?1",
                marker) == 1);

        assertEquals(2, citations(a), "two assessments cite a");
        assertEquals(1, citations(b), "the first cites b, counted once though delivered twice");
        assertEquals(1, rows("SELECT count(*) FROM inbox_event WHERE event_id = ?1", event.id()));
        assertEquals(2, rows("SELECT count(*) FROM dataset_citation WHERE assessment_id = ?1", assessment),
                "the unknown dataset id is skipped");
        as("viewer").get("/api/v1/datasets/" + b + "/citations").then().statusCode(200)
                .body("assessmentId", contains(assessment)).body("[0].scopeLevel", equalTo("PROVINCE"))
                .body("[0].regionCode", equalTo("33")).body("[0].framework", equalTo("MGI-LOCAL"));
    }

    @Test
    void anAssessmentPublishedAgainReplacesWhatItCited() throws Exception {
        String assessment = UUID.randomUUID().toString();
        send(published(assessment, List.of(a, b)));
        await("the first publication", () -> rows("SELECT count(*) FROM dataset_citation WHERE assessment_id = ?1",
                assessment) == 2);
        send(published(assessment, List.of(b)));
        await("the second publication", () -> rows("SELECT count(*) FROM dataset_citation WHERE assessment_id = ?1",
                assessment) == 1);
        assertEquals(0, citations(a));
        assertEquals(1, citations(b));
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndTheRestGoOn() throws Exception {
        String key = UUID.randomUUID().toString();
        String garbage = "not a cloud event " + key;
        KafkaTopics.send(Topics.ASSESSMENT, key, garbage, CloudEvent.STRUCTURED_CONTENT_TYPE);
        String assessment = UUID.randomUUID().toString();
        send(published(assessment, List.of(a)));
        await("the event after the unreadable one", () -> citations(a) == 1);
        assertEquals(1, KafkaTopics.await("sdmi.dlq.data-catalog-service-test", r -> garbage.equals(r.value()), 1,
                Duration.ofSeconds(20)).size());
    }
}
