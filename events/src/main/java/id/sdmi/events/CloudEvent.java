package id.sdmi.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: what travels as the Kafka record value.
 * Unknown attributes (extensions) are ignored so that producers may add them without breaking readers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        JsonNode data,
        // CloudEvents' distributed tracing extension: the W3C trace context of the write that made the event
        String traceparent) {

    public static final String SPEC_VERSION = "1.0";
    /** The Kafka header value that marks a structured-mode CloudEvent. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public boolean is(EventType<?> eventType) {
        return eventType.name().equals(type);
    }
}
