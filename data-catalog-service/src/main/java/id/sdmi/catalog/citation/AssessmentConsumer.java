package id.sdmi.catalog.citation;

import id.sdmi.events.CloudEvent;
import id.sdmi.events.CloudEventCodec;
import id.sdmi.events.assessment.AssessmentEvents;
import id.sdmi.events.assessment.AssessmentPublished;
import id.sdmi.events.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Counts the citations of datasets from assessment-service's published assessments. Each event is applied once
 * (inbox, in the same transaction); an assessment published again replaces what it cited before, so a dataset is
 * counted once per assessment that cites it. Ids of datasets this catalog does not hold are logged and skipped.
 */
@ApplicationScoped
public class AssessmentConsumer {

    static final String CONSUMER = "data-catalog-service.assessment";
    private static final Logger LOG = Logger.getLogger(AssessmentConsumer.class);

    private final CloudEventCodec codec;
    private final Inbox inbox;
    private final EntityManager em;

    public AssessmentConsumer(CloudEventCodec codec, Inbox inbox, EntityManager em) {
        this.codec = codec;
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("assessment")
    @Blocking
    @Transactional
    public void onEvent(String value) {
        CloudEvent event = inbox.receive(CONSUMER, value).orElse(null);
        if (event == null) {
            return;
        }
        if (event.is(AssessmentEvents.PUBLISHED)) {
            cite(event, codec.data(event, AssessmentEvents.PUBLISHED));
        }
    }

    private void cite(CloudEvent event, AssessmentPublished published) {
        List<UUID> cited = published.citedDatasets() == null ? List.of()
                : published.citedDatasets().stream().map(AssessmentConsumer::uuid).filter(id -> id != null).distinct()
                        .toList();
        em.createNativeQuery("""
                DELETE FROM dataset_citation
                WHERE assessment_id = ?1 AND NOT (dataset_id = ANY (CAST(string_to_array(?2, ',') AS uuid[])))""")
                .setParameter(1, published.id())
                .setParameter(2, cited.stream().map(UUID::toString).collect(Collectors.joining(","))).executeUpdate();
        int counted = 0;
        for (UUID dataset : cited) {
            counted += em.createNativeQuery("""
                    INSERT INTO dataset_citation (dataset_id, assessment_id, assessment_title, framework, version,
                                                  scope_level, region_code, published_at, event_id)
                    SELECT d.id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 FROM dataset d WHERE d.id = ?1
                    ON CONFLICT (dataset_id, assessment_id) DO UPDATE SET assessment_title = excluded.assessment_title,
                        framework = excluded.framework, version = excluded.version, scope_level = excluded.scope_level,
                        region_code = excluded.region_code, published_at = excluded.published_at,
                        event_id = excluded.event_id""")
                    .setParameter(1, dataset).setParameter(2, published.id()).setParameter(3, published.title().id())
                    .setParameter(4, published.framework()).setParameter(5, published.version())
                    .setParameter(6, published.scope().level()).setParameter(7, published.scope().regionCode())
                    .setParameter(8, published.publishedAt()).setParameter(9, event.id()).executeUpdate();
        }
        if (counted < cited.size()) {
            LOG.warnf("Assessment %s cites %d datasets this catalog does not hold", published.id(), cited.size() - counted);
        }
        LOG.infof("Assessment %s cites %d datasets (event %s)", published.id(), counted, event.id());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
