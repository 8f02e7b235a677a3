package id.sdmi.assessment.catalog;

import static id.sdmi.assessment.catalog.IndicatorCatalogConsumerTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.events.CloudEvent;
import id.sdmi.events.CloudEventCodec;
import id.sdmi.web.Label;
import id.sdmi.events.Topics;
import id.sdmi.events.catalog.DatasetEvents;
import id.sdmi.events.catalog.DatasetSummary;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.events.indicator.CatalogRetired;
import id.sdmi.events.indicator.IndicatorCatalogEvents;
import id.sdmi.testing.KafkaTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The published catalogs and NSDR datasets this service learns from the other services' events on the real broker. */
@QuarkusTest
public class CatalogReplicaTest {

    @Inject
    CloudEventCodec codec;

    @Inject
    EntityManager em;

    /** A published catalog as indicator-service announces it: two domains, three indicators. */
    public static CatalogPublished catalog(String framework, String version) {
        return new CatalogPublished(framework, "PROVINCE", version, OffsetDateTime.now(ZoneOffset.UTC),
                List.of(new CatalogPublished.Domain("D1", 1, new Label("Hak-hak migran", "Migrants' rights")),
                        new CatalogPublished.Domain("D2", 2, new Label("Pemerintahan", null))),
                List.of(new CatalogPublished.Indicator("1.1", "D1", 1, new Label("Indikator satu", null), List.of(1, 7), List.of()),
                        new CatalogPublished.Indicator("1.2", "D1", 2, new Label("Indikator dua", null), List.of(), List.of()),
                        new CatalogPublished.Indicator("2.1", "D2", 1, new Label("Indikator tiga", "Three"), List.of(23),
                                List.of("10.7"))));
    }

    public static <T> CloudEvent send(CloudEventCodec codec, id.sdmi.events.EventType<T> type, String key, T data) {
        CloudEvent event = codec.envelope(type, "/sdmi/test", key, data);
        KafkaTopics.send(type.topic(), key, codec.write(event), CloudEvent.STRUCTURED_CONTENT_TYPE);
        return event;
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, parameter)
                .getSingleResult()).longValue());
    }

    private CatalogVersion version(String framework, String version) {
        return QuarkusTransaction.requiringNew().call(() -> CatalogVersion.find(framework, version).orElse(null));
    }

    @Test
    void aPublishedCatalogIsLearnedOnceWithItsIndicatorsAndThenRetired() throws Exception {
        String framework = IndicatorCatalogConsumerTest.newCode();
        String key = IndicatorCatalogEvents.versionSubject(framework, "2023");
        CloudEvent published = send(codec, IndicatorCatalogEvents.CATALOG_PUBLISHED, key, catalog(framework, "2023"));
        KafkaTopics.send(Topics.INDICATOR_CATALOG, key, codec.write(published), CloudEvent.STRUCTURED_CONTENT_TYPE);
        await("the catalog", () -> version(framework, "2023") != null);
        CatalogVersion learned = version(framework, "2023");
        assertEquals("PUBLISHED", learned.status);
        assertEquals(2, count("SELECT count(*) FROM catalog_domain WHERE version_id = ?1", learned.id));
        assertEquals(3, count("SELECT count(*) FROM catalog_indicator WHERE version_id = ?1", learned.id));

        send(codec, IndicatorCatalogEvents.CATALOG_RETIRED, key,
                new CatalogRetired(framework, "2023", OffsetDateTime.now(ZoneOffset.UTC)));
        await("the retirement", () -> "RETIRED".equals(version(framework, "2023").status));
        assertEquals(3, count("SELECT count(*) FROM catalog_indicator WHERE version_id = ?1", learned.id),
                "the redelivered publication added nothing");
        assertEquals(1, count("SELECT count(*) FROM inbox_event WHERE event_id = ?1", published.id()));
    }

    @Test
    void datasetsAreCitableUntilRetired() throws Exception {
        UUID id = UUID.randomUUID();
        DatasetSummary summary = new DatasetSummary(id.toString(), "PUBLISHED", "BPS", new Label("Sakernas", null),
                "SURVEY", "SEMIANNUAL", List.of(1), List.of("D4"), List.of("SEX"), "OPEN");
        send(codec, DatasetEvents.PUBLISHED, id.toString(), summary);
        await("the dataset", () -> QuarkusTransaction.requiringNew().call(() -> KnownDataset.findById(id)) != null);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> KnownDataset.<KnownDataset>findById(id).citable()));
        send(codec, DatasetEvents.RETIRED, id.toString(), new DatasetSummary(id.toString(), "RETIRED", "BPS",
                new Label("Sakernas", null), "SURVEY", "SEMIANNUAL", List.of(1), List.of("D4"), List.of("SEX"), "OPEN"));
        await("the retirement", () -> !QuarkusTransaction.requiringNew()
                .call(() -> KnownDataset.<KnownDataset>findById(id).citable()));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> KnownDataset.<KnownDataset>findById(id).citable()));
    }
}
