package id.sdmi.events.outbox;

import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

/** Why Kafka did not take an event, and so whether to try again. */
enum PublishFailure {
    /** Kafka is away or busy, or the failure says no more: try again, for as long as it takes. */
    TRANSIENT,
    /** Kafka refuses this record for good (too large, invalid topic, cannot be serialized): park it. */
    REFUSED;

    static PublishFailure of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // RetriableException is itself an ApiException: ask it first
            if (cause instanceof RetriableException || cause instanceof TimeoutException) {
                return TRANSIENT;
            }
            if (cause instanceof ApiException || cause instanceof SerializationException) {
                return REFUSED;
            }
        }
        // e.g. the connector's own "retries exhausted": nothing says the record is at fault, so it is not parked
        return TRANSIENT;
    }
}
