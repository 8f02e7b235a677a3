package id.sdmi.events.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "sdmi.outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code source} of every event this service publishes, e.g. /sdmi/indicator-service. */
    String source();

    /** How often the relay looks for events to publish (besides right after each commit); 1s at least. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Most events published in one relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for Kafka to acknowledge a batch before it retries later. */
    @WithDefault("30s")
    Duration ackTimeout();

    /** First wait after a failed batch; it doubles up to {@link #maxBackoff()} while Kafka stays away. */
    @WithDefault("0.5s")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();
}
