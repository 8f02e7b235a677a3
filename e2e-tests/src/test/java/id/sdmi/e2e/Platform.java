package id.sdmi.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** The running local platform, as the end-to-end tests see it: the gateway, the databases, the stack script. */
final class Platform {

    static final String GATEWAY = System.getProperty("sdmi.gateway", "http://127.0.0.1:8080");
    static final Path ROOT = Path.of(System.getProperty("sdmi.root", "."));

    private Platform() {
    }

    /** A count from a service's own database (local roles have their name as password). */
    static long count(String database, String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, database,
                database); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] array) {
                    query.setArray(i + 1, db.createArrayOf("text", array)); // for "= ANY(?)"
                } else {
                    query.setObject(i + 1, parameters[i]);
                }
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL to a component the stack script started: no shutdown, no goodbye. */
    static void kill9(String component) throws Exception {
        String pid = Files.readString(ROOT.resolve(".run/pids/" + component + ".pid")).trim();
        Process kill = new ProcessBuilder("kill", "-9", pid).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -9 " + pid);
        await(component + " gone", Duration.ofSeconds(10), () -> !ProcessHandle.of(Long.parseLong(pid))
                .map(ProcessHandle::isAlive).orElse(false));
    }

    /** Runs the stack script, e.g. {@code stack("down", "kafka")}. */
    static void stack(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = ROOT.resolve("deploy/local/sdmi").toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            assertEquals(0, process.waitFor(), "deploy/local/sdmi " + String.join(" ", arguments));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(end), "timed out after " + timeout.toSeconds() + "s waiting for " + what);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static final int[] SERVICE_PORTS = {8081, 8082, 8083};

    /** Waits until a service on this machine reports itself ready (database and Kafka reachable). */
    static void awaitReady(int port, Duration timeout) {
        await("the service on port " + port + " to be ready", timeout, () -> {
            try {
                return io.restassured.RestAssured.given().get("http://127.0.0.1:" + port + "/q/health/ready")
                        .statusCode() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /** An access token of a machine client of the local realm (client-credentials grant), as a pipeline gets it. */
    static String clientToken(String client, String secret) {
        return io.restassured.RestAssured.given().formParam("grant_type", "client_credentials")
                .formParam("client_id", client).formParam("client_secret", secret)
                .post("http://127.0.0.1:8180/realms/sdmi/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The BPS pipeline's token (client bps-pipeline). */
    static String pipelineToken() {
        return clientToken("bps-pipeline", "bps-pipeline-local-secret");
    }

    static String newCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String framework(String code) {
        return """
                {"code":"%s","level":"NATIONAL","name":{"id":"Indikator uji ujung ke ujung","en":"End-to-end test indicators"}}"""
                .formatted(code);
    }
}
