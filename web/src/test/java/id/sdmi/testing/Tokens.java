package id.sdmi.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens of the local Keycloak's demo users (realm sdmi). A token is reused until a minute before it
 * expires (the realm's tokens live five minutes), so a slow run never sends an expired one.
 */
public final class Tokens {

    private static final String TOKEN_URL = System.getProperty("sdmi.keycloak.url", "http://127.0.0.1:8180")
            + "/realms/sdmi/protocol/openid-connect/token";
    private static final Duration MARGIN = Duration.ofMinutes(1);
    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();

    private record Issued(String token, Instant renewAfter) {
    }

    private Tokens() {
    }

    /** A token of a demo user, valid for at least another minute. */
    public static String of(String username) {
        return CACHE.compute(username, (user, issued) -> issued != null && Instant.now().isBefore(issued.renewAfter())
                ? issued : issue(user)).token();
    }

    public static String bearer(String username) {
        return "Bearer " + of(username);
    }

    private static Issued issue(String username) {
        JsonPath answer = given()
                .formParam("grant_type", "password")
                .formParam("client_id", "sdmi-gateway")
                .formParam("client_secret", "sdmi-gateway-local-secret")
                .formParam("username", username)
                .formParam("password", "sdmi-demo")
                .post(TOKEN_URL)
                .then().statusCode(200)
                .extract().jsonPath();
        Duration lifetime = Duration.ofSeconds(answer.getLong("expires_in"));
        return new Issued(answer.getString("access_token"), Instant.now().plus(lifetime).minus(MARGIN));
    }
}
