package id.sdmi.events.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class PublishFailureTest {

    @Test
    void kafkaBeingAwayIsTransient() {
        assertEquals(PublishFailure.TRANSIENT, PublishFailure.of(new TimeoutException("metadata not available")));
        assertEquals(PublishFailure.TRANSIENT, PublishFailure.of(new NetworkException("connection lost")));
        assertEquals(PublishFailure.TRANSIENT, PublishFailure.of(new java.util.concurrent.TimeoutException()));
    }

    @Test
    void aRecordKafkaRefusesIsRefusedEvenWhenWrapped() {
        assertEquals(PublishFailure.REFUSED, PublishFailure.of(new RecordTooLargeException("1.2 MB")));
        assertEquals(PublishFailure.REFUSED, PublishFailure.of(new IllegalStateException(new InvalidTopicException("x y"))));
        assertEquals(PublishFailure.REFUSED, PublishFailure.of(new SerializationException("bad")));
    }

    @Test
    void anUnclassifiedFailureIsRetriedNotParked() {
        assertEquals(PublishFailure.TRANSIENT, PublishFailure.of(new IllegalStateException("Retries exhausted")));
    }
}
