package id.sdmi.indicator;

import static io.restassured.RestAssured.given;

import id.sdmi.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Builds, through the API, the frameworks, drafts and domains a test needs; each test gets its own framework. */
public final class CatalogFixture {

    public final String framework = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    public static RequestSpecification as(String user) {
        return given().header("Authorization", Tokens.bearer(user)).contentType(ContentType.JSON);
    }

    public String versions() {
        return "/api/v1/frameworks/" + framework + "/versions";
    }

    public String version(String version) {
        return versions() + "/" + version;
    }

    public String indicators(String version) {
        return version(version) + "/indicators";
    }

    public CatalogFixture framework() {
        as("editor").body("""
                {"code":"%s","level":"NATIONAL","name":{"id":"Kerangka uji","en":"Test framework"}}""".formatted(framework))
                .post("/api/v1/frameworks").then().statusCode(201);
        return this;
    }

    /** A draft with domains D1..D{domains}. */
    public CatalogFixture draft(String version, int domains) {
        as("editor").body("{\"version\":\"" + version + "\"}").post(versions()).then().statusCode(201);
        for (int d = 1; d <= domains; d++) {
            as("editor").body("""
                    {"code":"D%d","order":%d,"name":{"id":"Domain %d","en":"Domain %d"}}""".formatted(d, d, d, d))
                    .post(version(version) + "/domains").then().statusCode(201);
        }
        return this;
    }

    public static String indicator(String code, String domain, String text, String gcm) {
        return """
                {"code":"%s","domain":"%s","text":{"id":"%s","en":"%s in English"},\
                "guidance":{"id":"Periksa peraturan."},"gcmObjectives":[%s],"sdgTargets":["10.7"]}"""
                .formatted(code, domain, text, text, gcm);
    }

    public CatalogFixture indicator(String version, String code, String domain, String text, String gcm) {
        as("editor").body(indicator(code, domain, text, gcm)).post(indicators(version)).then().statusCode(201);
        return this;
    }

    public CatalogFixture publish(String version) {
        as("editor").post(version(version) + "/publish").then().statusCode(200);
        return this;
    }
}
