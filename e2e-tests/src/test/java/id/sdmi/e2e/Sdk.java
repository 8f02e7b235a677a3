package id.sdmi.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sdmi.client.ApiClient;
import id.sdmi.client.ApiException;
import id.sdmi.client.model.Problem;
import id.sdmi.testing.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.Assertions;

/**
 * The platform through the Java SDK generated from its document (module client), as a ministry system or a BPS
 * pipeline would call it: the generated client unchanged, with a bearer token from the local Keycloak.
 */
final class Sdk {

    private Sdk() {
    }

    /** A client calling as a demo user (password grant of the local realm's test client). */
    static ApiClient as(String username) {
        return withToken(Tokens.of(username));
    }

    /** A client calling as the bps-pipeline system: its own client-credentials token, as a pipeline gets it. */
    static ApiClient pipeline() {
        return withToken(Platform.pipelineToken());
    }

    private static ApiClient withToken(String token) {
        ApiClient client = anonymous();
        client.setAccessToken(token);
        return client;
    }

    /** A client without a token, as a harvester calls the open catalog. */
    static ApiClient anonymous() {
        return new ApiClient().setBasePath(Platform.GATEWAY);
    }

    /** The problem body of a refused call, read as the SDK's Problem type; the status must be the expected one. */
    static Problem problem(int status, Executable call) {
        ApiException refused = Assertions.assertThrows(ApiException.class, call);
        assertEquals(status, refused.getCode(), refused.getResponseBody());
        try {
            return Problem.fromJson(refused.getResponseBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
