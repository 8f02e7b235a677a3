package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import id.sdmi.testing.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path prefix the gateway routes, through the running gateway to the running services, with real tokens: no
 * token → 401 from the gateway, a viewer writing → 403 from the gateway's role rule, a viewer reading → the
 * service's own answer.
 */
class GatewayRoutesTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "/api/v1/frameworks, indicator-service",
        "/api/v1/indicators?framework=MGI-NATIONAL, indicator-service",
        "/api/v1/assessments, assessment-service",
        "/api/v1/organizations, data-catalog-service",
        "/api/v1/datasets, data-catalog-service",
        "/api/v1/releases/timeliness, data-catalog-service",
        "/api/v1/reviews, data-catalog-service",
        "/api/v1/coverage, data-catalog-service",
    })
    void eachRouteWantsATokenAndItsRoles(String path, String service) {
        given().when().get(GATEWAY + path)
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://sdmi.id/problems/unauthenticated"));
        String collection = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        given().header("Authorization", Tokens.bearer("viewer")).contentType(ContentType.JSON).body("{}")
                .when().post(GATEWAY + collection)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("POST " + collection + " needs one of the roles"));
        given().header("Authorization", Tokens.bearer("viewer")).when().get(GATEWAY + path)
                .then().statusCode(200).header("X-Request-Id", not(equalTo(null)))
                .contentType(oneOf("application/json", "application/json;charset=UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/catalog.jsonld", "/api/v1/catalog.ttl", "/api/v1/catalog.rdf", "/api/v1/catalog"})
    void aPublicReadNeedsNoTokenButAWriteStillDoes(String path) {
        given().when().get(GATEWAY + path).then().statusCode(200)
                .body(anyOf(containsString("dcat:Catalog"), containsString("http://www.w3.org/ns/dcat#Catalog")));
        given().contentType(ContentType.JSON).body("{}").when().post(GATEWAY + path).then().statusCode(401);
    }
}
