package id.sdmi.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EchoService.class)
class GatewayRoutingTest {

    @TestHTTPResource("/")
    java.net.URL root;

    @Test
    void noTokenGets401WithAProblemBody() {
        given().when().get("/api/v1/frameworks")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://sdmi.id/problems/unauthenticated"));
    }

    @Test
    void aTokenWithABadSignatureGets401() {
        String token = Tokens.of("editor");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().header("Authorization", "Bearer " + forged)
                .when().get("/api/v1/frameworks")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void aViewerReadsThroughTheGatewayWithItsTokenPassedOn() {
        given().header("Authorization", Tokens.bearer("viewer")).header("Host", "sdmi.example:8080")
                .when().get("/api/v1/frameworks/MGI-NATIONAL/versions?page=1&size=5")
                .then().statusCode(200)
                .header("X-Echo", "yes")
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/v1/frameworks/MGI-NATIONAL/versions"))
                .body("query", equalTo("page=1&size=5"))
                .body("authorization", equalTo(Tokens.bearer("viewer")))
                .body("forwardedHost", equalTo("sdmi.example:8080"));
    }

    @Test
    void theAnswerCarriesOneRequestIdAlthoughTheServiceEchoesItToo() {
        java.util.List<String> ids = given().header("Authorization", Tokens.bearer("viewer"))
                .when().get("/api/v1/assessments/echo-id").then().statusCode(200).extract().headers().getValues("X-Request-Id");
        assertEquals(1, ids.size(), ids.toString());
    }

    @Test
    void everyRequestHasAnIdWhichTheServiceReceives() {
        given().header("Authorization", Tokens.bearer("viewer")).header("X-Request-Id", "bps-pipeline-run-42")
                .when().get("/api/v1/frameworks")
                .then().statusCode(200).header("X-Request-Id", "bps-pipeline-run-42")
                .body("requestId", equalTo("bps-pipeline-run-42"));
        String made = given().header("Authorization", Tokens.bearer("viewer")).header("X-Request-Id", "bad id <script>")
                .when().get("/api/v1/frameworks").then().statusCode(200).extract().header("X-Request-Id");
        org.junit.jupiter.api.Assertions.assertTrue(made.matches("[0-9a-f-]{36}"), made);
        given().when().get("/api/v1/frameworks").then().statusCode(401).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aViewerCannotWriteButAnEditorCanAndTheBodyPassesUnchanged() {
        String body = "{\"code\":\"MGI-X\",\"name\":{\"id\":\"Uji ✓\"}}";
        given().header("Authorization", Tokens.bearer("viewer")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/frameworks")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("catalog-editor"));
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/frameworks")
                .then().statusCode(201)
                .body("method", equalTo("POST"))
                .body("body", equalTo(body));
    }

    @Test
    void writeRolesAreChosenPerRoute() {
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/assessments")
                .then().statusCode(403);
        given().header("Authorization", Tokens.bearer("coordinator")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/assessments")
                .then().statusCode(201);
    }

    @Test
    void aServiceThatIsDownGets503WithAProblemBody() {
        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get("/api/v1/datasets")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", equalTo("catalog is not reachable; try again shortly"));
    }

    @Test
    void aPublicPathIsReadWithoutATokenButNotWritten() {
        // past the guard without a token: the (stopped) catalog service answers 503, not the guard 401
        // (two calls only: more failures in a row would open the route's circuit breaker for the next tests)
        given().when().get("/api/v1/catalog.jsonld").then().statusCode(503);
        given().when().get("/api/3/action/package_search").then().statusCode(503);
        given().when().get("/api/v1/datasets").then().statusCode(401);
        // listed as /api/3/action/*: the prefix's own siblings stay closed
        given().when().get("/api/3/other").then().statusCode(401);
        given().when().get("/api/v1/harvest-jobs").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/catalog.jsonld").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/3/action/package_search").then().statusCode(401);
    }

    @Test
    void aRouteBalancesOverItsInstancesAndPassesOverOneThatIsDown() {
        java.util.Map<String, Integer> served = new java.util.TreeMap<>();
        for (int i = 0; i < 12; i++) {
            String instance = given().header("Authorization", Tokens.bearer("viewer")).when().get("/api/v1/pair/items")
                    .then().statusCode(200).body("path", equalTo("/api/v1/pair/items")).extract().header("X-Instance");
            served.merge(instance, 1, Integer::sum);
        }
        assertEquals(java.util.Set.of("first", "second"), served.keySet(), "both live instances serve: " + served);
        assertTrue(served.values().stream().allMatch(n -> n >= 4), "in turn, the one that is down passed over: " + served);
        // a write too goes on to a live instance: nothing was sent to the one that refused the connection
        given().header("Authorization", Tokens.bearer("admin")).contentType(ContentType.JSON).body("{\"a\":1}")
                .when().post("/api/v1/pair/items").then().statusCode(201).body("body", equalTo("{\"a\":1}"));
    }

    @Test
    void publicPathsAreThoseListedAndThoseUnderOneListedWithAStar() {
        Set<String> open = Set.of("/api/v1/catalog", "/api/v1/catalog.ttl", "/api/v1/catalog/*", "/nsdr", "/nsdr/*");
        for (String path : List.of("/api/v1/catalog", "/api/v1/catalog.ttl", "/api/v1/catalog/datasets/x.ttl",
                "/nsdr", "/nsdr/bps-sakernas")) {
            assertTrue(RouteGuard.isPublic(open, path), path);
        }
        for (String path : List.of("/api/v1/catalog.rdf", "/api/v1/catalogue", "/nsdrx", "/api/v1/datasets",
                "/nsdr/../api/v1/datasets")) {
            assertFalse(RouteGuard.isPublic(open, path), path);
        }
    }

    @Test
    void aUserOverTheLimitGets429WithRetryAfter() {
        int passed = 0;
        String remaining = null;
        for (int i = 0; i < 40; i++) {
            io.restassured.response.ExtractableResponse<?> answer = given()
                    .header("Authorization", Tokens.bearer("steward-bp2mi")).when().get("/api/v1/frameworks").then().extract();
            passed += answer.statusCode() == 200 ? 1 : 0;
            remaining = answer.header("X-RateLimit-Remaining");
        }
        assertEquals(40, passed, "the first 40 in a minute pass");
        // what is left of the nearer limit (the user's 40, not the client's 6000)
        assertEquals("0", remaining);
        given().header("Authorization", Tokens.bearer("steward-bp2mi")).when().get("/api/v1/frameworks")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("detail", containsString("more than 40 requests"));
        // another user is not held back
        given().header("Authorization", Tokens.bearer("walidata")).when().get("/api/v1/frameworks").then().statusCode(200);
    }

    @Test
    void anOversizedBodyGets413AndIsNotPassedOn() {
        given().header("Authorization", Tokens.bearer("editor")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + "X".repeat(5000) + "\"}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 4096"));
    }

    @Test
    void aChunkedBodyOverTheLimitGets413AndIsNoFailureOfTheService() throws Exception {
        String big = "{\"code\":\"" + "X".repeat(10_000) + "\"}";
        for (int i = 0; i < 7; i++) {
            // no length declared beforehand: counted as it passes
            String answer = raw(chunkedPost("/api/v1/frameworks", Tokens.bearer("editor"), big));
            assertProblem(answer, 413, "payload-too-large");
            org.hamcrest.MatcherAssert.assertThat(answer, containsString("sent in chunks passed the limit; at most 4096 bytes"));
        }
        assertEquals(0.0, metric("gateway_circuit_state{route=\"indicator\"}"));
        String small = raw(chunkedPost("/api/v1/frameworks", Tokens.bearer("editor"), "{\"code\":\"SMALL\"}"));
        assertEquals(201, Integer.parseInt(small.split(" ")[1]), small);
        org.hamcrest.MatcherAssert.assertThat(small, containsString("\"body\":\"{\\\"code\\\":\\\"SMALL\\\"}\""));
    }

    private static String chunkedPost(String path, String authorization, String body) {
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n");
        StringBuilder chunks = new StringBuilder();
        for (int at = 0; at < body.length(); at += 1000) {
            String chunk = body.substring(at, Math.min(body.length(), at + 1000));
            chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        return head + "\u0000" + chunks + "0\r\n\r\n";
    }

    @Test
    void whatTheHttpLayerRefusesIsAProblemToo() throws Exception {
        String token = Tokens.bearer("viewer");
        assertProblem(raw("GET /api/v1/frameworks?producer=%zz HTTP/1.1\r\nAuthorization: " + token + "\r\n"), 400,
                "malformed-uri");
        // in the path too, at the API and at the console's paths (no route's path matching answers it first)
        assertProblem(raw("GET /api/v1/frameworks/%zz HTTP/1.1\r\nAuthorization: " + token + "\r\n"), 400,
                "malformed-uri");
        assertProblem(raw("GET /search/%zz HTTP/1.1\r\n"), 400, "malformed-uri");
        assertProblem(raw("GET /api/v1/frameworks?q=" + "a".repeat(9000) + " HTTP/1.1\r\n"), 414, "uri-too-long");
        assertProblem(raw("GET /api/v1/frameworks HTTP/1.1\r\nX-Big: " + "h".repeat(40_000) + "\r\n"), 431,
                "headers-too-large");
    }

    private static void assertProblem(String answer, int status, String slug) {
        assertEquals(status, Integer.parseInt(answer.split(" ")[1]), answer);
        org.hamcrest.MatcherAssert.assertThat(answer.toLowerCase(), containsString("content-type: application/problem+json"));
        org.hamcrest.MatcherAssert.assertThat(answer, containsString("\"type\":\"https://sdmi.id/problems/" + slug + "\""));
        org.hamcrest.MatcherAssert.assertThat(answer, containsString("\"status\":" + status));
    }

    /** Sends a request as written (a NUL separates the head from a body), with Host and Connection: close added. */
    private String raw(String request) throws java.io.IOException {
        int split = request.indexOf('\u0000');
        String head = split < 0 ? request : request.substring(0, split);
        String body = split < 0 ? "" : request.substring(split + 1);
        try (java.net.Socket socket = new java.net.Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((head + "Host: localhost\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void tokensWithoutAValidSignatureOfTheRealmGet401() throws Exception {
        String token = Tokens.of("viewer");
        // the genuine token is verified and remembered first: the forgeries below must not pass as it
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/frameworks").then().statusCode(200);
        String[] parts = token.split("\\.");
        String none = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        given().header("Authorization", "Bearer " + none).when().get("/api/v1/frameworks").then().statusCode(401);
        // the same claims and key id, signed by a key that is not the realm's
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initSign(generator.generateKeyPair().getPrivate());
        rsa.update((parts[0] + "." + parts[1]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String other = parts[0] + "." + parts[1] + "."
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        given().header("Authorization", "Bearer " + other).when().get("/api/v1/frameworks").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/frameworks").then().statusCode(200);
    }

    @Test
    void aTokenIsVerifiedOnceAndRememberedWithItsRoles() {
        String token = "Bearer " + freshToken("sdmi-gateway", "sdmi-gateway-local-secret", "editor");
        double before = cacheCount("hit");
        given().header("Authorization", token).body("{}").contentType(ContentType.JSON)
                .when().post("/api/v1/frameworks").then().statusCode(201).body("authorization", equalTo(token));
        given().header("Authorization", token).when().get("/api/v1/frameworks").then().statusCode(200);
        // remembered, the token still carries only its own roles: an editor cannot write assessments
        given().header("Authorization", token).body("{}").contentType(ContentType.JSON)
                .when().post("/api/v1/assessments").then().statusCode(403);
        assertEquals(before + 2, cacheCount("hit"));
    }

    private static double cacheCount(String result) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("cache_gets_total{") && line.contains("cache=\"verified-tokens\"")
                        && line.contains("result=\"" + result + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void anExpiredTokenGets401() throws Exception {
        // a client of the local realm whose tokens live two seconds; remembered while valid, refused after
        String token = freshToken("sdmi-test-short-lived", "sdmi-test-short-lived-secret", "viewer");
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/frameworks").then().statusCode(200);
        Thread.sleep(3_500);
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/frameworks").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void browsersGetCorsHeadersForConfiguredOriginsOnly() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match")
                .when().options("/api/v1/frameworks")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:3000");
        String allowed = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/frameworks").then().extract().header("Access-Control-Allow-Origin");
        assertEquals(null, allowed);
    }

    /** A token no other test has sent (Tokens keeps one per user for the run). */
    private static String freshToken(String client, String secret, String user) {
        return given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("client_secret", secret).formParam("username", user).formParam("password", "sdmi-demo")
                .post("http://127.0.0.1:8180/realms/sdmi/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static String base64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aSlowServiceGets504() {
        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get("/api/v1/assessments/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("detail", equalTo("assessment did not answer in time"));
    }

    @Test
    void aFailingServiceOpensItsCircuitAndIsTriedAgainWhenItIsBack() throws Exception {
        String token = Tokens.bearer("walidata");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token).when().get("/api/v1/spare/things")
                    .then().statusCode(503).body("detail", equalTo("spare is not reachable; try again shortly"));
        }
        int port = ConfigProvider.getConfig().getValue("sdmi.gateway.routes.spare.url", URI.class).getPort();
        Vertx vertx = Vertx.vertx();
        AtomicInteger received = new AtomicInteger();
        try {
            vertx.createHttpServer().requestHandler(request -> {
                received.incrementAndGet();
                request.response().putHeader("Content-Type", "application/json").end("{\"back\":true}");
            }).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            // open: answered at once, nothing sent although the service is back
            given().header("Authorization", token).when().get("/api/v1/spare/things")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "2")
                    .body("type", equalTo("https://sdmi.id/problems/service-circuit-open"))
                    .body("detail", equalTo("spare failed 3 times within 10 s; the gateway sends it nothing for 2 s"));
            assertEquals(0, received.get());
            assertEquals(2.0, metric("gateway_circuit_state{route=\"spare\"}"));
            Thread.sleep(2_300);
            // half open: the next request tries the service, which answers, and the circuit closes
            given().header("Authorization", token).when().get("/api/v1/spare/things")
                    .then().statusCode(200).body("back", equalTo(true));
            assertEquals(1, received.get());
            assertEquals(0.0, metric("gateway_circuit_state{route=\"spare\"}"));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void callersThatHangUpDoNotOpenTheCircuitOfTheService() throws Exception {
        String request = "GET /api/v1/assessments/slow HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + Tokens.bearer("assessor-bp2mi") + "\r\n\r\n";
        for (int i = 0; i < 7; i++) {
            try (java.net.Socket socket = new java.net.Socket(root.getHost(), root.getPort())) {
                socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(150); // the service is still working on it: hang up
            }
        }
        Thread.sleep(200);
        given().header("Authorization", Tokens.bearer("assessor-bp2mi")).when().get("/api/v1/assessments/after-hang-ups")
                .then().statusCode(200).body("path", equalTo("/api/v1/assessments/after-hang-ups"));
        assertEquals(0.0, metric("gateway_circuit_state{route=\"assessment\"}"));
    }

    @Test
    void theServicesOwnUnavailableAnswerIsPassedOn() {
        given().header("Authorization", Tokens.bearer("walidata")).when().get("/api/v1/assessments/unavailable")
                .then().statusCode(503).header("X-Echo", "yes").body("path", equalTo("/api/v1/assessments/unavailable"));
    }

    private static double metric(String series) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1))).orElseThrow(() -> new AssertionError(series));
    }

    @Test
    void anUnroutedApiPathGets404AndHealthIsOpen() {
        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
