package id.sdmi.catalog.page;

import static id.sdmi.catalog.dataset.DatasetWorkflowTest.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.catalog.dataset.DatasetWorkflowTest;
import id.sdmi.catalog.release.ReleaseTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public page of a published dataset, as a search engine reads it: HTML with schema.org Dataset JSON-LD. */
@QuarkusTest
class DatasetPagesTest {

    static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void aPublishedDatasetHasAPageWithSchemaOrgDatasetMarkup() throws Exception {
        DatasetWorkflowTest.ensureProducers();
        String identifier = "bps-halaman-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "<script>alert(1)</script> Statistik & \"migrasi\"";
        String body = DatasetWorkflowTest.dataset("TITLE", "BPS").replace("\"TITLE\"", new ObjectMapper()
                .writeValueAsString(title)).replace("{\"title\"", "{\"identifier\":\"" + identifier + "\",\"licenceId\":"
                + "\"cc-by\",\"title\"").replace("\"distributions\":[", "\"distributions\":[{\"accessUrl\":"
                + "\"https://example.go.id/unduh\",\"downloadUrl\":\"https://example.go.id/unduh.csv\",\"format\":\"CSV\","
                + "\"mediaType\":\"text/csv\"},");
        String id = ReleaseTest.publishAsAdmin(body);

        String html = given().get("/nsdr/" + identifier).then().statusCode(200)
                .contentType("text/html;charset=UTF-8")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; Statistik &amp; &quot;migrasi&quot;"))
                .body(containsString("href=\"https://example.go.id/unduh.csv\""))
                .extract().asString();
        Matcher script = JSON_LD.matcher(html);
        assertTrue(script.find(), "a JSON-LD script");
        assertTrue(!script.group(1).contains("<"), "nothing in it can close the script");
        JsonNode ld = new ObjectMapper().readTree(script.group(1));
        assertEquals("https://schema.org/", ld.path("@context").asText());
        assertEquals("Dataset", ld.path("@type").asText());
        assertEquals(title, ld.path("name").asText());
        assertEquals("Deskripsi", ld.path("description").asText());
        assertTrue(ld.path("url").asText().endsWith("/nsdr/" + identifier));
        assertTrue(ld.path("sameAs").asText().endsWith("/api/v1/catalog/datasets/" + id));
        assertEquals(identifier, ld.path("identifier").get(0).asText());
        assertEquals("labour-migration", ld.path("keywords").get(0).asText());
        assertEquals("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0", ld.path("license").asText());
        assertEquals("Organization", ld.path("creator").path("@type").asText());
        assertEquals("BPS", ld.path("creator").path("name").asText());
        assertEquals("2015/2024", ld.path("temporalCoverage").asText());
        assertEquals("Place", ld.path("spatialCoverage").path("@type").asText());
        assertTrue(ld.path("spatialCoverage").path("name").asText().endsWith(", Indonesia"), "region 33 in Indonesia");
        assertEquals(1, ld.path("distribution").size(), "only the file is a download, not the page");
        assertEquals("https://example.go.id/unduh.csv", ld.path("distribution").get(0).path("contentUrl").asText());
        assertEquals("text/csv", ld.path("distribution").get(0).path("encodingFormat").asText());
        assertTrue(ld.path("isAccessibleForFree").asBoolean());
        assertEquals("DataCatalog", ld.path("includedInDataCatalog").path("@type").asText());

        given().get("/nsdr/" + id).then().statusCode(200).body(containsString("<link rel=\"canonical\""));
        given().get("/nsdr/sitemap.xml").then().statusCode(200).contentType("application/xml;charset=UTF-8")
                .body(containsString("/nsdr/" + identifier + "</loc>"));
        given().get("/nsdr").then().statusCode(200).body(containsString("dataset terbit"));
    }

    @Test
    void aDraftOrAnUnknownDatasetHasNoPage() {
        DatasetWorkflowTest.ensureProducers();
        String draft = as("steward-bps").body(DatasetWorkflowTest.dataset("Draf halaman", "BPS"))
                .post("/api/v1/datasets").then().statusCode(201).extract().path("id");
        given().get("/nsdr/" + draft).then().statusCode(404).contentType("application/problem+json");
        given().get("/nsdr/no-such-dataset").then().statusCode(404);
        given().get("/nsdr?page=-1").then().statusCode(400);
    }
}
