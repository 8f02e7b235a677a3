package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import id.sdmi.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo data the run command loads, as a viewer sees it through the gateway. */
class DemoCatalogsTest {

    @ParameterizedTest
    @CsvSource({"BPS, WALIDATA, ''", "BP2MI, PRODUSEN_DATA, ''", "DISNAKERTRANS-33, PRODUSEN_DATA, Jawa Tengah"})
    void theDemoOrganisationsAreRegistered(String code, String sdiRole, String regionName) {
        given().header("Authorization", Tokens.bearer("viewer")).get(GATEWAY + "/api/v1/organizations/" + code)
                .then().statusCode(200)
                .body("sdiRole", equalTo(sdiRole))
                .body("regionName", equalTo(regionName.isEmpty() ? null : regionName));
    }

    @ParameterizedTest
    @CsvSource({"MGI-NATIONAL, 98", "MGI-LOCAL, 76"})
    void theDemoCatalogsArePublishedWithAllTheirIndicators(String framework, int indicators) {
        String version = GATEWAY + "/api/v1/frameworks/" + framework + "/versions/2023";
        given().header("Authorization", Tokens.bearer("viewer")).get(version)
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("domains", equalTo(6))
                .body("indicators", equalTo(indicators));
        given().header("Authorization", Tokens.bearer("viewer")).get(version + "/domains")
                .then().statusCode(200).body("items.code", contains("D1", "D2", "D3", "D4", "D5", "D6"));
        given().header("Authorization", Tokens.bearer("viewer"))
                .queryParam("framework", framework).queryParam("q", "migran").get(GATEWAY + "/api/v1/indicators")
                .then().statusCode(200).body("total", greaterThan(0));
    }
}
