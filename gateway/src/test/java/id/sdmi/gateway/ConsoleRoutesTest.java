package id.sdmi.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The console's page at / and at its own paths, with its policy; the API, Quarkus's paths and the assets untouched. */
@QuarkusTest
@QuarkusTestResource(EchoService.class)
class ConsoleRoutesTest {

    private static final String REALM = ConfigProvider.getConfig().getValue("sdmi.gateway.public-realm-url", String.class);

    @Test
    void theConsoleAnswersItsPathsWithItsPageNamingTheRealm() {
        for (String path : new String[] {"/", "/index.html", "/search", "/datasets/3f1c2d4e-0000-4000-8000-000000000001",
                "/assessments/compare", "/assessments/3f1c2d4e-0000-4000-8000-000000000001/answers/1.2"}) {
            given().queryParam("producer", "BPS").when().get(path).then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .header("Cache-Control", "no-cache")
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", containsString("connect-src 'self' " + origin(REALM)))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .body(containsString("<meta name=\"sdmi-realm\" content=\"" + REALM + "\""))
                    .body(containsString("<div id=\"app\">"));
        }
        given().when().head("/search").then().statusCode(200).header("Content-Security-Policy", startsWith("default-src"));
    }

    @Test
    void whatIsNotTheConsoleIsLeftToItsRoutes() {
        // the API's unknown paths are still its problem 404, Quarkus's paths and the platform document are theirs
        given().when().get("/api/v1/nope").then().statusCode(404).contentType("application/problem+json")
                .header("Content-Security-Policy", equalTo(null));
        given().when().get("/api").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/q/health/live").then().statusCode(200).body(not(containsString("sdmi-realm")));
        given().when().get("/openapi/platform.json").then().contentType(containsString("json"));
        // the public dataset pages are the catalog service's
        assertFalse(ConsoleRoutes.CONSOLE_PATHS.matcher("/nsdr/bps-sakernas").matches());
        assertFalse(ConsoleRoutes.CONSOLE_PATHS.matcher("/nsdr").matches());
        // a file that does not exist is not the console's page
        given().when().get("/favicon.ico").then().statusCode(404);
        given().when().get("/robots.txt").then().statusCode(404);
    }

    @Test
    void theScriptsThePageNamesAreServedAndCachedForAYear() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
        assertTrue(script.find(), page);
        given().when().get(script.group(1)).then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", "public, max-age=31536000, immutable");
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
