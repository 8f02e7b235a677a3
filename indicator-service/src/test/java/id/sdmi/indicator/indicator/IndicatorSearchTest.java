package id.sdmi.indicator.indicator;

import static id.sdmi.indicator.CatalogFixture.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.sdmi.indicator.CatalogFixture;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorSearchTest {

    static CatalogFixture publishedCatalog() {
        return new CatalogFixture().framework().draft("2023", 2)
                .indicator("2023", "1.1", "D1", "Pekerja migran mendapat layanan kesehatan", "15")
                .indicator("2023", "1.2", "D1", "Perlindungan anak migran tanpa pendamping", "7, 15")
                .indicator("2023", "2.1", "D2", "Data migrasi dikumpulkan secara rutin", "1")
                .publish("2023");
    }

    @Test
    void wordsInIndonesianOrEnglishFindPublishedIndicators() {
        CatalogFixture f = publishedCatalog();
        as("viewer").queryParam("q", "kesehatan").queryParam("framework", f.framework).get("/api/v1/indicators")
                .then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].code", equalTo("1.1"))
                .body("items[0].version", equalTo("2023")).body("items[0].domainName.id", equalTo("Domain 1"));
        // English is stemmed: "services" finds "... layanan kesehatan in English"? the English text is "<id> in English"
        as("viewer").queryParam("q", "englishes").queryParam("framework", f.framework).get("/api/v1/indicators")
                .then().statusCode(200).body("total", equalTo(3));
        as("viewer").queryParam("q", "migran -anak").queryParam("framework", f.framework).get("/api/v1/indicators")
                .then().statusCode(200).body("items.code", contains("1.1"));
    }

    @Test
    void domainAndGcmObjectiveNarrowTheSearchAndPagesAreCounted() {
        CatalogFixture f = publishedCatalog();
        as("viewer").queryParam("framework", f.framework).queryParam("domain", "D1").get("/api/v1/indicators")
                .then().statusCode(200).body("items.code", contains("1.1", "1.2"));
        as("viewer").queryParam("framework", f.framework).queryParam("gcmObjective", 15).get("/api/v1/indicators")
                .then().statusCode(200).body("items.code", containsInAnyOrder("1.1", "1.2"));
        as("viewer").queryParam("framework", f.framework).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/indicators")
                .then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(1)).body("page", equalTo(1));
        as("viewer").queryParam("framework", f.framework).queryParam("size", 2).queryParam("page", 5)
                .get("/api/v1/indicators")
                .then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(0));
        as("viewer").queryParam("gcmObjective", 24).get("/api/v1/indicators")
                .then().statusCode(400).body("errors[0].field", equalTo("gcmObjective"));
    }

    @Test
    void draftsAreNotSearched() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 1)
                .indicator("2023", "1.1", "D1", "Belum terbit", "1");
        as("viewer").queryParam("framework", f.framework).get("/api/v1/indicators")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
