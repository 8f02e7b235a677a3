package id.sdmi.catalog.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.sdmi.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest {

    @Test
    void aViewerListsOrganisations() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        QuarkusTransaction.requiringNew().run(() -> {
            Organization o = new Organization();
            o.code = code;
            o.nameId = "Badan Uji";
            o.nameEn = "Test Agency";
            o.type = "AGENCY";
            o.sdiRole = "PRODUSEN_DATA";
            o.createdAt = OffsetDateTime.now();
            o.persist();
        });
        given().header("Authorization", Tokens.bearer("viewer")).queryParam("size", 500)
                .when().get("/api/v1/organizations")
                .then().statusCode(200)
                .body("size", equalTo(500))
                .body("items.code", hasItem(code))
                .body("items.find { it.code == '" + code + "' }.name.en", equalTo("Test Agency"));
    }

    @Test
    void noTokenGets401AndAnOversizedPage400() {
        given().when().get("/api/v1/organizations")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().header("Authorization", Tokens.bearer("viewer")).queryParam("size", 10_000)
                .when().get("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"));
    }
}
