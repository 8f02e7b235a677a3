package id.sdmi.indicator.indicator;

import static id.sdmi.indicator.CatalogFixture.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sdmi.indicator.CatalogFixture;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorTest {

    @Test
    void anIndicatorIsAddedReadAndListedInOrder() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 2)
                .indicator("2023", "2.1", "D2", "Kedua", "23").indicator("2023", "1.2", "D1", "Pertama b", "1")
                .indicator("2023", "1.1", "D1", "Pertama a", "15, 16");
        as("viewer").get(f.indicators("2023") + "/1.1")
                .then().statusCode(200)
                .header("ETag", startsWith("\""))
                .body("domain", equalTo("D1")).body("order", equalTo(2))
                .body("gcmObjectives", contains(15, 16)).body("sdgTargets", contains("10.7"))
                .body("guidance.id", equalTo("Periksa peraturan."));
        as("viewer").get(f.indicators("2023") + "?size=2")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(2))
                .body("items.code", contains("1.2", "1.1"));
    }

    @Test
    void anUnknownDomainIsRefusedWith422() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 2);
        as("editor").body(CatalogFixture.indicator("7.1", "D7", "Tujuh", "1")).post(f.indicators("2023"))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("domain"))
                .body("errors[0].message", containsString("has no domain D7 (its domains: D1, D2)"));
        as("viewer").get(f.indicators("2023")).then().body("total", equalTo(0));
    }

    @Test
    void aDuplicateCodeGets409() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 1).indicator("2023", "1.1", "D1", "Asli", "1");
        as("editor").body(CatalogFixture.indicator("1.1", "D1", "Duplikat", "2")).post(f.indicators("2023"))
                .then().statusCode(409).body("detail", containsString("already has an indicator 1.1"));
        as("viewer").get(f.indicators("2023") + "/1.1").then().body("text.id", equalTo("Asli"));
    }

    @Test
    void gcmObjectivesOutside1To23AndBadCodesAreRefused() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 1);
        as("editor").body(CatalogFixture.indicator("1.1", "D1", "Nol", "0")).post(f.indicators("2023"))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("gcmObjectives[0]"))
                .body("errors[0].message", equalTo("must be from 1 to 23"));
        as("editor").body(CatalogFixture.indicator("1.1", "D1", "Dua puluh empat", "3, 24")).post(f.indicators("2023"))
                .then().statusCode(400).body("errors[0].field", equalTo("gcmObjectives[1]"));
        as("editor").body(CatalogFixture.indicator("one", "D1", "Kode salah", "3")).post(f.indicators("2023"))
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        as("editor").body("{\"code\":\"1.1\",\"domain\":\"D1\",\"text\":{\"en\":\"English only\"}}").post(f.indicators("2023"))
                .then().statusCode(400).body("errors[0].field", equalTo("text.id"));
        as("editor").body("{\"code\":\"1.1\",\"domain\":\"D1\",\"text\":{\"id\":\"x\"},\"gcmObjectives\":\"15\"}")
                .post(f.indicators("2023"))
                .then().statusCode(400).body("errors[0].field", equalTo("gcmObjectives"));
        as("editor").body("{\"code\":\"1.1\",\"domain\":\"D1\",\"text\":{\"id\":\"x\"}").post(f.indicators("2023"))
                .then().statusCode(400).body("type", equalTo("https://sdmi.id/problems/malformed-request"));
        as("viewer").get(f.indicators("2023")).then().body("total", equalTo(0));
    }

    @Test
    void aPageSizeOverTheLimitGets400() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 1);
        as("viewer").get(f.indicators("2023") + "?size=501")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        as("viewer").get("/api/v1/indicators?size=1000")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void aStaleIfMatchGets412AndChangesNothing() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 1).indicator("2023", "1.1", "D1", "Asli", "1");
        String url = f.indicators("2023") + "/1.1";
        String etag = as("viewer").get(url).then().statusCode(200).extract().header("ETag");
        String newEtag = as("editor").header("If-Match", etag).body(CatalogFixture.indicator("1.1", "D1", "Versi dua", "2"))
                .put(url).then().statusCode(200).body("text.id", equalTo("Versi dua")).extract().header("ETag");
        as("editor").header("If-Match", etag).body(CatalogFixture.indicator("1.1", "D1", "Versi basi", "3"))
                .put(url).then().statusCode(412)
                .contentType("application/problem+json")
                .body("currentEtag", equalTo(newEtag));
        as("editor").header("If-Match", etag).delete(url).then().statusCode(412);
        as("viewer").get(url).then().statusCode(200).header("ETag", equalTo(newEtag))
                .body("text.id", equalTo("Versi dua")).body("gcmObjectives", contains(2));
    }

    @Test
    void anIndicatorCannotBeRenamedThroughItsPath() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 1).indicator("2023", "1.1", "D1", "Asli", "1");
        as("editor").body(CatalogFixture.indicator("1.9", "D1", "Lain", "1")).put(f.indicators("2023") + "/1.1")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        assertEquals(1, as("viewer").get(f.indicators("2023")).then().extract().<Integer>path("total"));
    }

    @Test
    void aDomainWithIndicatorsCannotBeRemoved() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 2).indicator("2023", "1.1", "D1", "Satu", "1");
        as("editor").delete(f.version("2023") + "/domains/D1").then().statusCode(409);
        as("editor").delete(f.version("2023") + "/domains/D2").then().statusCode(204);
        as("viewer").get(f.version("2023") + "/domains").then().body("items.code", contains("D1")).body("items", hasSize(1));
    }
}
