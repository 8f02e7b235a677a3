package id.sdmi.assessment.catalog;

import id.sdmi.events.CloudEvent;
import id.sdmi.events.CloudEventCodec;
import id.sdmi.events.inbox.Inbox;
import id.sdmi.events.indicator.FrameworkCreated;
import id.sdmi.events.indicator.IndicatorCatalogEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the catalog replica from indicator-service's events. Each event is applied once: its id is recorded
 * in the inbox in the same transaction as the change, so a redelivery changes nothing. An event that cannot be
 * read fails the message, which the connector moves to the dead-letter topic.
 */
@ApplicationScoped
public class IndicatorCatalogConsumer {

    static final String CONSUMER = "assessment-service.indicator-catalog";
    private static final Logger LOG = Logger.getLogger(IndicatorCatalogConsumer.class);

    private final CloudEventCodec codec;
    private final Inbox inbox;

    public IndicatorCatalogConsumer(CloudEventCodec codec, Inbox inbox) {
        this.codec = codec;
        this.inbox = inbox;
    }

    @Incoming("indicator-catalog")
    @Blocking
    @Transactional
    public void onEvent(String value) {
        CloudEvent event = codec.read(value);
        if (!inbox.firstDelivery(CONSUMER, event)) {
            LOG.debugf("Event %s seen before; skipped", event.id());
            return;
        }
        if (event.is(IndicatorCatalogEvents.FRAMEWORK_CREATED)) {
            learn(event, codec.data(event, IndicatorCatalogEvents.FRAMEWORK_CREATED));
        }
        // other types on the topic are of no use here (yet): recorded as seen, nothing else
    }

    private void learn(CloudEvent event, FrameworkCreated created) {
        CatalogFramework framework = CatalogFramework.<CatalogFramework>findByIdOptional(created.code())
                .orElseGet(CatalogFramework::new);
        framework.code = created.code();
        framework.level = created.level();
        framework.nameId = created.name().id();
        framework.nameEn = created.name().en();
        framework.eventId = event.id();
        framework.learnedAt = OffsetDateTime.now(ZoneOffset.UTC);
        framework.persist();
        LOG.infof("Learned framework %s from event %s", created.code(), event.id());
    }
}
