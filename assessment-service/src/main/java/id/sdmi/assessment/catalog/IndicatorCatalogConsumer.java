package id.sdmi.assessment.catalog;

import id.sdmi.events.CloudEvent;
import id.sdmi.events.CloudEventCodec;
import id.sdmi.events.inbox.Inbox;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.events.indicator.CatalogRetired;
import id.sdmi.events.indicator.FrameworkCreated;
import id.sdmi.events.indicator.IndicatorCatalogEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the catalog replica from indicator-service's events: frameworks, and published versions with their domains
 * and indicators (retired ones marked). Each event is applied once: its id is recorded
 * in the inbox in the same transaction as the change, so a redelivery changes nothing. An event that cannot be
 * read fails the message, which the connector moves to the dead-letter topic.
 */
@ApplicationScoped
public class IndicatorCatalogConsumer {

    /** With the group: 2 since published versions are kept too. */
    static final String CONSUMER = "assessment-service.indicator-catalog.2";
    private static final Logger LOG = Logger.getLogger(IndicatorCatalogConsumer.class);

    private final CloudEventCodec codec;
    private final Inbox inbox;
    private final EntityManager em;

    public IndicatorCatalogConsumer(CloudEventCodec codec, Inbox inbox, EntityManager em) {
        this.codec = codec;
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("indicator-catalog")
    @Blocking
    @Transactional
    public void onEvent(String value) {
        CloudEvent event = inbox.receive(CONSUMER, value).orElse(null);
        if (event == null) {
            return;
        }
        if (event.is(IndicatorCatalogEvents.FRAMEWORK_CREATED)) {
            learn(event, codec.data(event, IndicatorCatalogEvents.FRAMEWORK_CREATED));
        } else if (event.is(IndicatorCatalogEvents.CATALOG_PUBLISHED)) {
            learn(event, codec.data(event, IndicatorCatalogEvents.CATALOG_PUBLISHED));
        } else if (event.is(IndicatorCatalogEvents.CATALOG_RETIRED)) {
            learn(event, codec.data(event, IndicatorCatalogEvents.CATALOG_RETIRED));
        }
        // other types on the topic are of no use here: recorded as seen, nothing else
    }

    /** A published version, its domains and indicators: what assessments on it answer. Published ones never change. */
    private void learn(CloudEvent event, CatalogPublished published) {
        if (CatalogVersion.find(published.framework(), published.version()).isPresent()) {
            LOG.infof("Catalog %s %s known already; event %s changes nothing", published.framework(),
                    published.version(), event.id());
            return;
        }
        CatalogVersion version = new CatalogVersion();
        version.framework = published.framework();
        version.version = published.version();
        version.level = published.level();
        version.status = CatalogVersion.PUBLISHED;
        version.publishedAt = published.publishedAt();
        version.eventId = event.id();
        version.learnedAt = OffsetDateTime.now(ZoneOffset.UTC);
        version.persistAndFlush();
        for (CatalogPublished.Domain d : published.domains()) {
            em.createNativeQuery("INSERT INTO catalog_domain (version_id, code, ord, name_id, name_en) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, version.id).setParameter(2, d.code()).setParameter(3, d.order())
                    .setParameter(4, d.name().id()).setParameter(5, d.name().en()).executeUpdate();
        }
        for (CatalogPublished.Indicator i : published.indicators()) {
            em.createNativeQuery("""
                    INSERT INTO catalog_indicator (version_id, code, domain, ord, text_id, text_en, gcm_objectives)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(string_to_array(?7, ',') AS integer[]))""")
                    .setParameter(1, version.id).setParameter(2, i.code()).setParameter(3, i.domain())
                    .setParameter(4, i.order()).setParameter(5, i.text().id()).setParameter(6, i.text().en())
                    .setParameter(7, i.gcmObjectives().stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .executeUpdate();
        }
        LOG.infof("Learned catalog %s %s: %d domains, %d indicators (event %s)", published.framework(),
                published.version(), published.domains().size(), published.indicators().size(), event.id());
    }

    /** A retired version: no new assessment may start on it. */
    private void learn(CloudEvent event, CatalogRetired retired) {
        CatalogVersion.find(retired.framework(), retired.version()).ifPresentOrElse(version -> {
            version.status = CatalogVersion.RETIRED;
            version.retiredAt = retired.retiredAt();
            version.eventId = event.id();
            version.learnedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }, () -> LOG.warnf("Retired catalog %s %s was never learned (event %s)", retired.framework(),
                retired.version(), event.id()));
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
