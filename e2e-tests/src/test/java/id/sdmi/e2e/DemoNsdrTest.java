package id.sdmi.e2e;

import static id.sdmi.e2e.Platform.GATEWAY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.testing.Tokens;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;

/** The NSDR demo data the run command loads — datasets, releases, reviews — through the gateway. */
class DemoNsdrTest {

    static final Path DEMO = Path.of("..", "deploy", "demo");

    private static long files(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(DEMO.resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(suffix)).count();
        }
    }

    private static String id(String identifier) {
        return given().header("Authorization", Tokens.bearer("viewer")).queryParam("identifier", identifier)
                .get(GATEWAY + "/api/v1/datasets").then().statusCode(200).body("total", equalTo(1))
                .extract().path("items[0].id");
    }

    @Test
    void everyDemoDatasetIsPublishedAndSearchable() throws IOException {
        long demo = files("datasets", ".json");
        JsonPath bps = given().header("Authorization", Tokens.bearer("viewer")).queryParam("status", "PUBLISHED")
                .queryParam("producer", "BPS").get(GATEWAY + "/api/v1/datasets").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(bps.getInt("facets.producer.BPS") >= 8, "the eight BPS demo datasets");
        JsonPath bySex = given().header("Authorization", Tokens.bearer("viewer")).queryParam("q", "pekerja migran")
                .queryParam("disaggregation", "SEX").get(GATEWAY + "/api/v1/datasets").then().statusCode(200)
                .body("sort", equalTo("relevance")).extract().jsonPath();
        assertTrue(bySex.getInt("total") > 0);
        assertEquals(bySex.getInt("total"), bySex.getInt("facets.disaggregation.SEX"), "every one is by sex");
        given().header("Authorization", Tokens.bearer("viewer")).get(GATEWAY + "/api/v1/coverage").then()
                .statusCode(200).body("publishedDatasets", greaterThanOrEqualTo((int) demo));
        given().header("Authorization", Tokens.bearer("viewer")).get(GATEWAY + "/api/v1/datasets/" + id("bps-sakernas"))
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("producer", equalTo("BPS"));
    }

    @Test
    void releasesAndReviewsAreThere() {
        String remittances = id("bi-remittances");
        given().header("Authorization", Tokens.bearer("viewer")).queryParam("from", 2023).queryParam("to", 2024)
                .queryParam("asOf", "2025-06-30").get(GATEWAY + "/api/v1/datasets/" + remittances + "/releases")
                .then().statusCode(200).body("periodicity", equalTo("QUARTERLY")).body("summary.expected", equalTo(8))
                .body("periods.status", hasItem("LATE"));
        given().header("Authorization", Tokens.bearer("viewer")).get(GATEWAY + "/api/v1/releases/timeliness")
                .then().statusCode(200).body("producers.producer", hasItem("BP2MI"));
        given().header("Authorization", Tokens.bearer("viewer")).queryParam("datasetId", remittances)
                .get(GATEWAY + "/api/v1/reviews").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].quality.disaggregation", equalTo("POOR"));
    }

    @Test
    void harvestersReadTheDcatCatalogWithoutAToken() {
        given().queryParam("size", 500).get(GATEWAY + "/api/v1/catalog.jsonld").then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("'@graph'.find { it.'@type' == 'dcat:Catalog' }.'@id'", equalTo(GATEWAY + "/api/v1/catalog"));
    }

    /** The demo harvest source (a producer's portal on this machine) has a job with its report. */
    @Test
    void theDemoHarvestSourceHasAJobWithItsReport() {
        String walidata = Tokens.bearer("walidata");
        String source = given().header("Authorization", walidata).get(GATEWAY + "/api/v1/harvest-sources?size=500")
                .then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.organization == 'BP2MI' && it.url == 'http://127.0.0.1:8091' }.id");
        assertTrue(source != null, "deploy/demo/load registered BP2MI's demo portal");
        JsonPath jobs = given().header("Authorization", walidata).get(GATEWAY + "/api/v1/harvest-sources/" + source
                + "/jobs").then().statusCode(200).extract().jsonPath();
        String job = jobs.getString("items.find { it.state == 'SUCCEEDED' }.id");
        assertTrue(job != null, "a harvest that succeeded: " + jobs.prettify());
        JsonPath report = given().header("Authorization", Tokens.bearer("viewer"))
                .get(GATEWAY + "/api/v1/harvest-jobs/" + job).then().statusCode(200).extract().jsonPath();
        assertEquals(5, report.getInt("created") + report.getInt("updated") + report.getInt("unchanged"),
                "the five good packages: " + report.prettify());
        assertEquals(1, report.getInt("failed"), "the package without a title");
        assertEquals("title", report.getString("errors[0].field"));
        given().header("Authorization", walidata).queryParam("identifier", "bp2mi-penempatan-pmi-negara-tujuan")
                .get(GATEWAY + "/api/v1/datasets").then().statusCode(200).body("total", equalTo(1));
    }

    /** CKAN's harvester and a search engine read the demo NSDR through the gateway, without a token. */
    @Test
    void ckansHarvesterAndSearchEnginesReadTheDemoNsdrWithoutAToken() {
        given().queryParam("fq", "organization:bps").queryParam("rows", 100).queryParam("sort", "id asc")
                .get(GATEWAY + "/api/3/action/package_search").then().statusCode(200)
                .body("success", equalTo(true)).body("help", startsWith(GATEWAY + "/api/3/action/help_show"))
                .body("result.results.name", hasItem("bps-sakernas"))
                .body("result.results.find { it.name == 'bps-sakernas' }.url", equalTo(GATEWAY + "/nsdr/bps-sakernas"));
        given().get(GATEWAY + "/nsdr/bps-sakernas").then().statusCode(200).contentType(startsWith("text/html"))
                .body(org.hamcrest.Matchers.containsString("<script type=\"application/ld+json\">"))
                .body(org.hamcrest.Matchers.containsString("\"@type\":\"Dataset\""));
        given().contentType("application/json").body("{}").post(GATEWAY + "/api/3/action/package_search").then()
                .statusCode(401);
    }

    /** Each demo dataset's own DCAT document, as a harvester reads it through the gateway: no SHACL result at all. */
    @Test
    void everyDemoDatasetIsDcatApCleanAgainstTheMandatoryRecommendedAndRangeShapes() throws IOException {
        List<Shapes> shapes = Stream.of("shapes.ttl", "range.ttl", "shapes_recommended.ttl")
                .map(f -> Shapes.parse(RDFDataMgr.loadGraph(
                        Platform.ROOT.resolve("data-catalog-service/src/test/resources/dcat-ap/" + f).toString())))
                .toList();
        try (Stream<Path> files = Files.list(Platform.ROOT.resolve("deploy/demo/datasets"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String identifier = file.getFileName().toString().replace(".json", "");
                String turtle = given().get(GATEWAY + "/api/v1/catalog/datasets/" + identifier + ".ttl").then()
                        .statusCode(200).contentType(startsWith("text/turtle")).extract().asString();
                Model model = ModelFactory.createDefaultModel();
                RDFParser.fromString(turtle, Lang.TURTLE).parse(model);
                for (Shapes shape : shapes) {
                    var report = ShaclValidator.get().validate(shape, model.getGraph());
                    ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    ShLib.printReport(out, report);
                    assertTrue(report.getEntries().isEmpty(), identifier + ":\n" + out);
                }
            }
        }
    }
}
