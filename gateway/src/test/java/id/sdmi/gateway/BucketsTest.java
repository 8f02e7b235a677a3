package id.sdmi.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BucketsTest {

    @Test
    void aHundredThousandNewCallersKeepTheRememberedOnesBounded() {
        Buckets buckets = new Buckets(600, Duration.ofMinutes(1), 10_000);
        for (int i = 0; i < 100_000; i++) {
            assertTrue(buckets.take("address:10.0." + (i / 256) + "." + (i % 256)).isConsumed());
        }
        long remembered = buckets.size();
        assertTrue(remembered <= 10_000, "remembered " + remembered);
    }

    @Test
    void aCallerOverItsLimitIsRefusedAndAnIdleOneIsForgotten() throws InterruptedException {
        Buckets buckets = new Buckets(2, Duration.ofMillis(300), 100);
        assertTrue(buckets.take("user:a").isConsumed());
        assertTrue(buckets.take("user:a").isConsumed());
        assertFalse(buckets.take("user:a").isConsumed(), "the third request in the period");
        assertEquals(1, buckets.size());
        Thread.sleep(400);
        assertEquals(0, buckets.size(), "idle for a whole period: forgotten (its bucket would be full again)");
        assertTrue(buckets.take("user:a").isConsumed());
    }
}
