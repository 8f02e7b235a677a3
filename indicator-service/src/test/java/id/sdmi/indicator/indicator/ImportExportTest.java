package id.sdmi.indicator.indicator;

import id.sdmi.indicator.catalog.Indicator;
import static id.sdmi.indicator.CatalogFixture.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.indicator.CatalogFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportExportTest {

    static final String HEADER = "code,domain,order,text_id,text_en,guidance_id,guidance_en,gcm_objectives,sdg_targets\n";

    /** 100 rows over domains D1..D4, 25 each; row numbers as a spreadsheet shows them start at 2. */
    static StringBuilder hundredRows() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 100; i++) {
            int domain = (i - 1) / 25 + 1;
            int n = (i - 1) % 25 + 1;
            csv.append(domain).append('.').append(n).append(",D").append(domain).append(',').append(n)
                    .append(",\"Indikator ").append(i).append(", dengan koma\",Indicator ").append(i)
                    .append(",Periksa dokumen,\"Check the \"\"document\"\"\",").append(i % 23 + 1).append(';')
                    .append((i + 5) % 23 + 1).append(",10.7;8.8\n");
        }
        return csv;
    }

    static ExtractableResponse<Response> importCsv(CatalogFixture f, String version, String csv) {
        return as("editor").contentType("text/csv").body(csv).post(f.indicators(version) + "/import").then().extract();
    }

    @Test
    void anImportWithThreeBadRowsIsRefusedWholeListingExactlyThoseRows() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 4);
        String[] lines = hundredRows().toString().split("\n");
        lines[10] = lines[10].replaceFirst(",D1,", ",D9,");                      // row 11: unknown domain
        lines[40] = lines[40].replaceFirst(",(\\d+);(\\d+),10\\.7", ",24;$2,10.7"); // row 41: GCM objective 24
        lines[77] = lines[77].replaceFirst("^[^,]+,", "4.3,");                   // row 78 says 4.3: row 79 repeats it
        String csv = String.join("\n", lines) + "\n";

        importCsv(f, "2023", csv).response().then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("3 row(s) cannot be imported (3 error(s)); nothing was imported"))
                .body("errors", hasSize(3))
                .body("errors[0].row", equalTo(11)).body("errors[0].field", equalTo("domain"))
                .body("errors[0].message", containsString("has no domain D9"))
                .body("errors[1].row", equalTo(41)).body("errors[1].field", equalTo("gcm_objectives"))
                .body("errors[1].message", equalTo("must be from 1 to 23"))
                .body("errors[2].row", equalTo(79)).body("errors[2].field", equalTo("code"))
                .body("errors[2].message", equalTo("indicator 4.3 is already in row 78"));
        as("viewer").get(f.indicators("2023")).then().body("total", equalTo(0));
    }

    @Test
    void anExportImportsBackUnchanged() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 4).draft("2024", 4);
        importCsv(f, "2023", hundredRows().toString()).response().then().statusCode(200)
                .body("imported", equalTo(100)).body("indicators", equalTo(100));

        String exported = as("viewer").get(f.indicators("2023") + "?format=csv")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(f.framework + "-2023-indicators.csv"))
                .extract().asString();
        assertEquals(HEADER.trim(), exported.lines().findFirst().orElseThrow());
        assertEquals(101, exported.lines().count());

        importCsv(f, "2024", exported).response().then().statusCode(200).body("imported", equalTo(100));
        String again = as("viewer").header("Accept", "text/csv").get(f.indicators("2024")).then().statusCode(200)
                .extract().asString();
        assertEquals(exported, again);
        as("viewer").get(f.indicators("2024") + "/1.3").then()
                .body("text.id", equalTo("Indikator 3, dengan koma"))
                .body("guidance.en", equalTo("Check the \"document\""))
                .body("sdgTargets", hasSize(2));
        as("viewer").get(f.versions() + "/2023/diff/2024").then().statusCode(200)
                .body("indicators.added", hasSize(0)).body("indicators.removed", hasSize(0))
                .body("indicators.changed", hasSize(0));
    }

    @Test
    void aJsonImportIsAllOrNothingToo() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 1).indicator("2023", "1.1", "D1", "Ada", "1");
        String good = CatalogFixture.indicator("1.2", "D1", "Dua", "2");
        as("editor").body("[" + good + "," + CatalogFixture.indicator("1.1", "D1", "Lagi", "3") + ","
                        + CatalogFixture.indicator("1.3", "D1", "Tiga", "0") + "]")
                .post(f.indicators("2023") + "/import")
                .then().statusCode(422)
                .body("errors.row", equalTo(List.of(2, 3)))
                .body("errors.field", equalTo(List.of("code", "gcmObjectives[0]")));
        as("viewer").get(f.indicators("2023")).then().body("total", equalTo(1));

        as("editor").body("[" + good + "]").queryParam("replace", true).post(f.indicators("2023") + "/import")
                .then().statusCode(200).body("imported", equalTo(1)).body("indicators", equalTo(1));
        as("viewer").get(f.indicators("2023")).then().body("items.code", equalTo(List.of("1.2")));
    }

    @Test
    void aCsvWithAnUnclosedQuoteOrAContentTypeThatIsNoneIsA4xxAndImportsNothing() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 4);
        String[] lines = hundredRows().toString().split("\n");
        lines[lines.length - 1] += ",\"never closed";                             // the last row opens a quote for good
        importCsv(f, "2023", String.join("\n", lines) + "\n").response().then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("row"))
                .body("errors[0].message", equalTo("not readable as CSV: a quoted value that starts on line 101 is "
                        + "never closed"));
        as("editor").contentType("garbage").body(hundredRows().toString().getBytes(StandardCharsets.UTF_8))
                .post(f.indicators("2023") + "/import")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("the Content-Type header is not a media type"));
        as("viewer").get(f.indicators("2023")).then().body("total", equalTo(0));
    }

    @Test
    void anImportOfMoreIndicatorsThanAVersionHoldsIsRefusedWhole() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 1);
        int rows = CatalogPublished.MAX_INDICATORS + 1;
        StringBuilder csv = new StringBuilder(HEADER);
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= rows; i++) {
            csv.append("1.").append(i % 1000).append(",D1,,Indikator ").append(i).append(",,,,,\n");
            json.append(i > 1 ? "," : "").append("{\"code\":\"1.").append(i % 1000)
                    .append("\",\"domain\":\"D1\",\"text\":{\"id\":\"Indikator\"}}");
        }
        importCsv(f, "2023", csv.toString()).response().then().statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("has " + rows + " indicators; an import takes at most 10000"));
        as("editor").body(json.append("]").toString()).post(f.indicators("2023") + "/import")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("an import takes at most 10000 indicators"));
        as("viewer").get(f.indicators("2023")).then().body("total", equalTo(0));
    }

    @Test
    void aCsvWithAWrongHeaderOrNoRowsIsRefused() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 1);
        importCsv(f, "2023", "kode,domain,text_id\n1.1,D1,Satu\n").response().then().statusCode(422)
                .body("errors[0].row", equalTo(1)).body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("unknown column(s) [kode]"));
        importCsv(f, "2023", HEADER).response().then().statusCode(422)
                .body("errors[0].field", equalTo("body"));
        importCsv(f, "2023", HEADER + "1.1,D1,x,Satu,,,,,\n").response().then().statusCode(422)
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("order"))
                .body("errors[0].message", equalTo("'x' is not a whole number"));
        as("viewer").get(f.indicators("2023")).then().body("total", equalTo(0));
    }
}
