package id.sdmi.events.idempotency;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.web.IdempotencyKey;
import id.sdmi.web.Problem;
import id.sdmi.web.ProblemType;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Retry-safe POSTs ({@code Idempotency-Key}, draft-ietf-httpapi-idempotency-key-header), kept in the service's own
 * database so that its replicas share them. The first request with a caller's key runs and its answer is kept for
 * {@link #RETENTION}; the same key with the same request (method, path, query and body) gets that answer again,
 * marked {@code Idempotent-Replayed: true}, without a second effect; the same key with another request is 422; while
 * the first is still running, 409 with {@code Retry-After}. A 5xx, and a 408, 409, 412, 425 or 429 (answers of the
 * moment), are not kept, so a retry runs again. Keys belong to their caller: another caller's equal key is another key.
 *
 * <p>The key is marked as having taken effect inside the request's own transaction (when that transaction begins), so
 * the mark commits with the write or not at all. The answer itself is kept just after that commit: should the service
 * die in between (a window of milliseconds), a retry within {@link #LEASE} is told the request is in flight, and after
 * it that the request took effect but its answer was lost (409 {@code idempotency-key-answer-lost}, no
 * {@code Retry-After}): it is never run a second time. A key whose request died before its write committed is run
 * again once the lease is over.
 */
@ApplicationScoped
public class IdempotentPosts {

    public static final Duration RETENTION = Duration.ofHours(24);
    static final Duration LEASE = Duration.ofSeconds(60);
    static final String REPLAYED = "Idempotent-Replayed";

    private static final Logger LOG = Logger.getLogger(IdempotentPosts.class);
    private static final String CLAIMED = IdempotentPosts.class.getName() + ".claimed";
    /** Answers that depend on the moment (a conflict, a lost race, a rate limit): not kept, a retry runs again. */
    private static final Set<Integer> MOMENTARY = Set.of(408, 409, 412, 425, 429);
    private static final Set<String> NOT_KEPT = Set.of("x-request-id", "content-length", "date", "connection");
    private static final ProblemType KEY_REUSED = ProblemType.of("idempotency-key-reused",
            "The Idempotency-Key was used for another request", 422);
    private static final ProblemType KEY_IN_FLIGHT = ProblemType.of("idempotency-key-in-flight",
            "A request with this Idempotency-Key is still running", 409);
    private static final ProblemType ANSWER_LOST = ProblemType.of("idempotency-key-answer-lost",
            "The request with this Idempotency-Key took effect, but its answer was lost", 409);

    private final EntityManager em;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;
    private final HeldKey held;

    public IdempotentPosts(EntityManager em, SecurityIdentity identity, ObjectMapper mapper, HeldKey held) {
        this.em = em;
        this.identity = identity;
        this.mapper = mapper;
        this.held = held;
    }

    record Claim(String caller, String key) {
    }

    private record Kept(String fingerprint, Instant createdAt, Integer status, String headers, byte[] body,
            boolean tookEffect) {
    }

    @ServerRequestFilter
    public Response beforePost(ContainerRequestContext request) throws IOException {
        String header = request.getHeaderString(IdempotencyKey.HEADER);
        if (header == null || !request.getMethod().equals("POST") || identity.isAnonymous()) {
            return null;
        }
        String key = IdempotencyKey.parse(header);
        if (key == null) {
            return problem(Problem.of(ProblemType.VALIDATION_FAILED, IdempotencyKey.HEADER + ": " + IdempotencyKey.RULE)
                    .withErrors(List.of(new Problem.FieldError(IdempotencyKey.HEADER, IdempotencyKey.RULE))), null);
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        Claim claim = new Claim(identity.getPrincipal().getName(), key);
        String fingerprint = fingerprint(request, body);
        Kept kept = QuarkusTransaction.requiringNew().call(() -> claimOrRead(claim, fingerprint));
        if (kept == null) {
            request.setProperty(CLAIMED, claim);
            held.hold(claim);
            return null;
        }
        if (!kept.fingerprint().equals(fingerprint)) {
            return problem(Problem.of(KEY_REUSED, "the key '" + key + "' was sent at " + kept.createdAt()
                    + " with another request (method, path, query or body); a new request needs a new key"), null);
        }
        if (kept.status() == null && kept.tookEffect() && kept.createdAt().isBefore(Instant.now().minus(LEASE))) {
            return problem(Problem.of(ANSWER_LOST, "the request with the key '" + key + "' (sent at "
                    + kept.createdAt() + ") took effect, but the service stopped before it could keep the answer; do"
                    + " not send it again: read the resource it wrote to see the result"), null);
        }
        if (kept.status() == null) {
            return problem(Problem.of(KEY_IN_FLIGHT, "the first request with the key '" + key
                    + "' has not finished; ask again in a second to get its answer"), "1");
        }
        return replay(kept);
    }

    @ServerResponseFilter
    public void afterPost(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIMED);
        held.hold(null);
        try {
            if (response.getStatus() >= 500 || MOMENTARY.contains(response.getStatus())) {
                QuarkusTransaction.requiringNew().run(() -> forget(claim));
                return;
            }
            byte[] body = bytes(response);
            String headers = mapper.writeValueAsString(headersKept(response.getStringHeaders()));
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    UPDATE idempotency_key SET status = ?3, headers = ?4, body = ?5
                    WHERE caller = ?1 AND key = ?2""")
                    .setParameter(1, claim.caller()).setParameter(2, claim.key()).setParameter(3, response.getStatus())
                    .setParameter(4, headers).setParameter(5, body).executeUpdate());
        } catch (IOException | RuntimeException e) {
            // the answer stands; a retry with this key waits out the lease and then runs again
            LOG.warnf(e, "Could not keep the answer to Idempotency-Key %s of %s", claim.key(), claim.caller());
        }
    }

    /**
     * Marks the key the request holds, in the transaction the request's write runs in, as soon as it begins: the mark
     * commits with the write or rolls back with it.
     */
    void tookEffect(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        Claim claim;
        try {
            // a transaction outside a request (a relay, a scheduler, a consumer) holds no key; a task handed on from a
            // request may see its context as active after it has ended
            claim = Arc.container().requestContext().isActive() ? held.claim() : null;
        } catch (ContextNotActiveException ended) {
            claim = null;
        }
        if (claim == null) {
            return;
        }
        em.createNativeQuery("UPDATE idempotency_key SET took_effect = true WHERE caller = ?1 AND key = ?2")
                .setParameter(1, claim.caller()).setParameter(2, claim.key()).executeUpdate();
    }

    /** Expired keys go, an hour at a time. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpired() {
        int gone = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "DELETE FROM idempotency_key WHERE expires_at < now()").executeUpdate());
        if (gone > 0) {
            LOG.infof("Forgot %d expired idempotency keys", gone);
        }
    }

    /** Null when this request now holds the key; otherwise what is kept under it. */
    private Kept claimOrRead(Claim claim, String fingerprint) {
        Instant now = Instant.now();
        int claimed = em.createNativeQuery("""
                INSERT INTO idempotency_key (caller, key, fingerprint, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (caller, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,
                    created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at, status = NULL, headers = NULL,
                    body = NULL, took_effect = false
                WHERE idempotency_key.expires_at < ?4 OR (idempotency_key.status IS NULL
                    AND NOT idempotency_key.took_effect AND idempotency_key.created_at < ?6)""")
                .setParameter(1, claim.caller()).setParameter(2, claim.key()).setParameter(3, fingerprint)
                .setParameter(4, Timestamp.from(now)).setParameter(5, Timestamp.from(now.plus(RETENTION)))
                .setParameter(6, Timestamp.from(now.minus(LEASE)))
                .executeUpdate();
        if (claimed == 1) {
            return null;
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT fingerprint, created_at, status, headers, body, took_effect FROM idempotency_key WHERE caller = ?1 AND key = ?2""")
                .setParameter(1, claim.caller()).setParameter(2, claim.key()).getSingleResult();
        return new Kept((String) row[0], instant(row[1]), (Integer) row[2], (String) row[3], (byte[]) row[4],
                (Boolean) row[5]);
    }

    private static Instant instant(Object timestamp) {
        if (timestamp instanceof Instant instant) {
            return instant;
        }
        if (timestamp instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) timestamp).toInstant();
    }

    private void forget(Claim claim) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE caller = ?1 AND key = ?2")
                .setParameter(1, claim.caller()).setParameter(2, claim.key()).executeUpdate();
    }

    private Response replay(Kept kept) throws IOException {
        Response.ResponseBuilder answer = Response.status(kept.status()).header(REPLAYED, "true");
        Map<String, List<String>> headers = mapper.readValue(kept.headers(), new TypeReference<>() {
        });
        headers.forEach((name, values) -> values.forEach(value -> answer.header(name, value)));
        if (kept.body() != null && kept.body().length > 0) {
            answer.entity(kept.body());
        }
        return answer.build();
    }

    private byte[] bytes(ContainerResponseContext response) throws IOException {
        Object entity = response.getEntity();
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return mapper.writeValueAsBytes(entity);
    }

    private static Map<String, List<String>> headersKept(MultivaluedMap<String, String> headers) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!NOT_KEPT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                kept.put(name, values);
            }
        });
        return kept;
    }

    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response problem(Problem problem, String retryAfter) {
        Response.ResponseBuilder answer = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (retryAfter != null) {
            answer.header("Retry-After", retryAfter);
        }
        return answer.build();
    }
}
