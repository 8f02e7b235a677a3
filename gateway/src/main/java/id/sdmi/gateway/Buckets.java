package id.sdmi.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * The token buckets of one kind of caller (users, or clients), bounded: a bucket untouched for a whole period is full
 * again, so it is forgotten without changing any answer; and at most {@code maxCallers} are kept, so a flood of new
 * callers (public reads are counted by address) cannot grow the gateway's memory without end.
 */
final class Buckets {

    private final Cache<String, Bucket> buckets;
    private final long capacity;
    private final Duration period;

    Buckets(long capacity, Duration period, long maxCallers) {
        this.capacity = capacity;
        this.period = period;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(maxCallers).build();
    }

    /** Takes one request from the caller's bucket. */
    ConsumptionProbe take(String caller) {
        return buckets.get(caller, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period)).build())
                .tryConsumeAndReturnRemaining(1);
    }

    /** How many callers are remembered now (after pending evictions). */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
