package id.sdmi.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens of the local Keycloak's demo users (realm sdmi), cached for the test run. */
public final class Tokens {

    private static final String TOKEN_URL = System.getProperty("sdmi.keycloak.url", "http://127.0.0.1:8180")
            + "/realms/sdmi/protocol/openid-connect/token";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token of a demo user; tokens live five minutes, far longer than this module's tests. */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, user -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", "sdmi-gateway")
                .formParam("client_secret", "sdmi-gateway-local-secret")
                .formParam("username", user)
                .formParam("password", "sdmi-demo")
                .post(TOKEN_URL)
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    public static String bearer(String username) {
        return "Bearer " + of(username);
    }
}
