package id.sdmi.events.outbox;

import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

/** Why Kafka did not take an event, and so whether to try again. */
enum PublishFailure {
    /** Kafka is away or busy: try again, for as long as it takes. */
    TRANSIENT,
    /** Kafka refuses this record for good (too large, invalid topic, cannot be serialized): park it. */
    REFUSED,
    /** Anything else: try again a limited number of times, then park. */
    UNKNOWN;

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
        return UNKNOWN;
    }
}
