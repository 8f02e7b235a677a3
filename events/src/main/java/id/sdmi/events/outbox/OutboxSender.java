package id.sdmi.events.outbox;

import id.sdmi.events.CloudEvent;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Hands one structured CloudEvent to Kafka through the {@code outbox} channel (acks=all, idempotent producer) and
 * tells when Kafka has it. One per service: every relay sends through it.
 */
@ApplicationScoped
public class OutboxSender {

    private static final byte[] CONTENT_TYPE = CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private final Emitter<String> emitter;

    public OutboxSender(@Channel("outbox") Emitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Completes when Kafka acknowledged the record, exceptionally when it did not take it. */
    public CompletableFuture<Void> send(String topic, String key, String envelope) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic)
                .withKey(key)
                .withHeaders(new RecordHeaders().add("content-type", CONTENT_TYPE))
                .build();
        // the producer span's parent is the current context (the recording write's), not the relay's thread's
        Metadata metadata = Metadata.of(kafka, TracingMetadata.withCurrent(Context.current()));
        Message<String> message = Message.of(envelope, metadata,
                () -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) { // the emitter refuses while its channel is down or its buffer full
            ack.completeExceptionally(e);
        }
        return ack;
    }
}
