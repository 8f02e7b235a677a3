package id.sdmi.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Writes and reads structured-mode CloudEvents with the application's Jackson mapper. */
@ApplicationScoped
public class CloudEventCodec {

    private final ObjectMapper mapper;
    private final ObjectMapper tolerantReader;

    public CloudEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        // consumers read only the fields they need: a new optional field is not a breaking change
        this.tolerantReader = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public <T> CloudEvent envelope(EventType<T> type, String source, String aggregateId, T data) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type.name(),
                aggregateId, OffsetDateTime.now(ZoneOffset.UTC), "application/json", mapper.valueToTree(data),
                Tracing.traceparent());
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads an envelope; a value that is not a CloudEvent gives {@link MalformedEventException}. */
    public CloudEvent read(String json) {
        CloudEvent event;
        try {
            event = tolerantReader.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a JSON CloudEvent: " + e.getOriginalMessage());
        }
        if (event == null || event.id() == null || event.type() == null || event.source() == null
                || !CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new MalformedEventException("a CloudEvents 1.0 envelope needs specversion 1.0, id, source and type");
        }
        return event;
    }

    public <T> T data(CloudEvent event, EventType<T> type) {
        if (!event.is(type)) {
            throw new IllegalArgumentException("event " + event.id() + " is " + event.type() + ", not " + type.name());
        }
        try {
            return tolerantReader.treeToValue(event.data(), type.dataClass());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("data of event " + event.id() + " does not fit " + type.name() + ": "
                    + e.getOriginalMessage());
        }
    }
}
