package id.sdmi.assessment.catalog;

import id.sdmi.events.CloudEvent;
import id.sdmi.events.CloudEventCodec;
import id.sdmi.events.catalog.DatasetEvents;
import id.sdmi.events.catalog.DatasetSummary;
import id.sdmi.events.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the NSDR datasets evidence may cite, from data-catalog-service's events: published and changed ones are
 * citable, retired ones not. Each event is applied once (inbox); events of one dataset arrive in order (its id is
 * the key).
 */
@ApplicationScoped
public class DatasetCatalogConsumer {

    static final String CONSUMER = "assessment-service.catalog-dataset";
    private static final Logger LOG = Logger.getLogger(DatasetCatalogConsumer.class);

    private final CloudEventCodec codec;
    private final Inbox inbox;

    public DatasetCatalogConsumer(CloudEventCodec codec, Inbox inbox) {
        this.codec = codec;
        this.inbox = inbox;
    }

    @Incoming("catalog-dataset")
    @Blocking
    @Transactional
    public void onEvent(String value) {
        CloudEvent event = inbox.receive(CONSUMER, value).orElse(null);
        if (event == null) {
            return;
        }
        DatasetSummary summary;
        if (event.is(DatasetEvents.PUBLISHED)) {
            summary = codec.data(event, DatasetEvents.PUBLISHED);
        } else if (event.is(DatasetEvents.CHANGED)) {
            summary = codec.data(event, DatasetEvents.CHANGED);
        } else if (event.is(DatasetEvents.RETIRED)) {
            summary = codec.data(event, DatasetEvents.RETIRED);
        } else {
            return;
        }
        UUID id = UUID.fromString(summary.id());
        KnownDataset dataset = KnownDataset.<KnownDataset>findByIdOptional(id).orElseGet(KnownDataset::new);
        dataset.id = id;
        dataset.status = summary.status();
        dataset.producer = summary.producer();
        dataset.titleId = summary.title().id();
        dataset.titleEn = summary.title().en();
        dataset.eventId = event.id();
        dataset.learnedAt = OffsetDateTime.now(ZoneOffset.UTC);
        dataset.persist();
        LOG.debugf("Dataset %s is %s (event %s)", id, summary.status(), event.id());
    }
}
