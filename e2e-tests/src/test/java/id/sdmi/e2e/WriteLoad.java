package id.sdmi.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A steady write load through the gateway, as a BPS pipeline makes it: one POST after another at a fixed pace, each
 * with its own Idempotency-Key, and a write that fails (no answer, 5xx, 429, a key still in flight) sent again with
 * the same key until it is acknowledged (2xx). What it acknowledged is then looked for where it must be.
 */
final class WriteLoad implements AutoCloseable {

    /** The n-th write: its marker (to find it later) and its JSON body. */
    record Write(String marker, String body) {
    }

    private static final Set<Integer> RETRIED = Set.of(409, 429, 500, 502, 503, 504);
    /** Stands for a 409 saying the write took effect but its answer was lost: not to be sent again. */
    private static final int ANSWER_LOST = -409;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI target;
    private final Supplier<String> authorization;
    private final IntFunction<Write> writes;
    private final Duration pace;
    private final Thread writer;
    private volatile boolean running = true;

    private final Map<String, Instant> acknowledged = new ConcurrentHashMap<>();
    private final List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> answerLost = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private final AtomicReference<Instant> firstFailure = new AtomicReference<>();
    private final AtomicReference<Instant> lastFailure = new AtomicReference<>();

    WriteLoad(URI target, Supplier<String> authorization, IntFunction<Write> writes, int perSecond) {
        this.target = target;
        this.authorization = authorization;
        this.writes = writes;
        this.pace = Duration.ofMillis(1000 / perSecond);
        this.writer = new Thread(this::run, "write-load");
        writer.start();
    }

    private void run() {
        for (int n = 0; running; n++) {
            Instant next = Instant.now().plus(pace);
            Write write = writes.apply(n);
            String key = UUID.randomUUID().toString();
            while (running) {
                int status = send(write.body(), key);
                if (status >= 200 && status < 300) {
                    acknowledged.put(write.marker(), Instant.now());
                    break;
                }
                if (status == ANSWER_LOST) {
                    answerLost.add(write.marker());
                    break;
                }
                if (status != 0 && !RETRIED.contains(status)) {
                    refused.add(write.marker() + " answered " + status);
                    break;
                }
                failedAttempts.incrementAndGet();
                firstFailure.compareAndSet(null, Instant.now());
                lastFailure.set(Instant.now());
                sleep(Duration.ofMillis(250));
            }
            sleep(Duration.between(Instant.now(), next));
        }
    }

    /**
     * The answer's status, 0 when there was none (refused connection, timeout), {@link #ANSWER_LOST} for a write the
     * service says took effect without keeping its answer.
     */
    private int send(String body, String key) {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                .header("Authorization", authorization.get()).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 409 && answer.body().contains("idempotency-key-answer-lost")
                    ? ANSWER_LOST : answer.statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return 0;
        }
    }

    private static void sleep(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops after the write in hand is acknowledged (or refused). */
    @Override
    public void close() throws InterruptedException {
        running = false;
        writer.join(Duration.ofSeconds(30).toMillis());
    }

    Set<String> acknowledged() {
        return Set.copyOf(acknowledged.keySet());
    }

    /** Writes refused with a 4xx no retry can mend: each one a bug of the platform or of the drill. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    /** Writes that took effect while the service died before keeping their answer: stored once, never acknowledged. */
    List<String> answerLost() {
        return List.copyOf(answerLost);
    }

    int failedAttempts() {
        return failedAttempts.get();
    }

    /** The first acknowledgement after the instant, if any. */
    Instant firstAcknowledgedAfter(Instant instant) {
        return acknowledged.values().stream().filter(at -> at.isAfter(instant)).min(Instant::compareTo).orElse(null);
    }

    Instant lastFailure() {
        return lastFailure.get();
    }
}
