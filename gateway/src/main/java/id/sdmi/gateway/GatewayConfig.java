package id.sdmi.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

@ConfigMapping(prefix = "sdmi.gateway")
public interface GatewayConfig {

    /** The realm's address as callers' browsers reach it (Swagger UI logs in there). */
    String publicRealmUrl();

    /** The gateway's address as callers reach it: the server of the platform's OpenAPI document (https in production). */
    @WithDefault("http://127.0.0.1:8080")
    String publicUrl();

    /** Which environment this is, in the OpenAPI document's server description (local, staging, production). */
    @WithDefault("local: one machine, for development and tests")
    String environment();

    /** Requests per client and per user. */
    RateLimit rateLimit();

    interface RateLimit {
        /** Requests a user may make per period. */
        @WithDefault("600")
        long perUser();

        /** Requests all the users of one client (one system) may make per period. */
        @WithDefault("6000")
        long perClient();

        @WithDefault("1m")
        Duration period();

        /** Callers (users, clients, addresses) whose buckets are remembered at most; the idle are forgotten anyway. */
        @WithDefault("100000")
        long maxCallers();
    }

    /** Verified tokens remembered until they expire ({@link VerifiedTokens}). */
    TokenCache tokenCache();

    interface TokenCache {
        /** How many tokens are remembered at most; 0 verifies every request afresh. */
        @WithDefault("10000")
        long size();

        /** Longest a verified token is remembered, however long it is valid. */
        @WithDefault("5m")
        Duration maxAge();
    }

    /** The services behind the gateway, by name. */
    Map<String, Route> routes();

    interface Route {
        /**
         * Where the service listens, e.g. http://127.0.0.1:8081; several instances comma-separated, which the route
         * balances over (one that cannot be reached is taken out for the circuit breaker's open-for and tried again).
         */
        List<URI> url();

        /** The path prefixes it owns, e.g. /api/v1/frameworks (the prefix itself and everything below it). */
        List<String> prefixes();

        /**
         * Paths anyone may read (GET, HEAD) without a token, such as the DCAT catalog for harvesters; one ending in
         * {@code /*} opens everything below it.
         */
        Optional<Set<String>> publicReads();

        /** Roles of which a caller needs one to read (GET, HEAD). */
        @WithDefault("viewer")
        Set<String> readRoles();

        /** Roles of which a caller needs one to write (POST, PUT, PATCH, DELETE). */
        Set<String> writeRoles();

        /** Longest wait for the service between two reads of its answer; then 504. */
        @WithDefault("30s")
        Duration timeout();

        /** Longest wait for a connection to the service; then 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** When the gateway stops sending to a failing service for a while. */
        Breaker circuitBreaker();
    }

    interface Breaker {
        /**
         * Failures (no connection, no answer in time, a broken answer, or the service's own 502/503/504) within the
         * window that open the circuit.
         */
        @WithDefault("5")
        int failures();

        @WithDefault("10s")
        Duration window();

        /** How long an open circuit answers 503 at once; then one request tries the service again. */
        @WithDefault("10s")
        Duration openFor();
    }
}
