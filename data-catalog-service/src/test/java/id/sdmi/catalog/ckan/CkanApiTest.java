package id.sdmi.catalog.ckan;

import static id.sdmi.catalog.dataset.DatasetWorkflowTest.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.catalog.dataset.DatasetWorkflowTest;
import id.sdmi.catalog.release.ReleaseTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CKAN-compatible read API, in CKAN's envelope and field names, as CKAN's stock harvester calls it. */
@QuarkusTest
class CkanApiTest {

    static final String ACTION = "/api/3/action/";
    /** Python's isoformat() of a UTC moment with microseconds, as ckanharvester writes its incremental range. */
    static final DateTimeFormatter PYTHON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private String producer;
    private String organization;
    private final List<String> ids = new ArrayList<>();

    /** A producer of this test's own with three published datasets (and a draft, which CKAN never sees). */
    @BeforeEach
    void threePublishedDatasets() {
        producer = "CKAN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organization = producer.toLowerCase();
        as("admin").body("""
                {"code":"%s","name":{"id":"Produsen CKAN","en":"CKAN producer"},"type":"MINISTRY","sdiRole":"PRODUSEN_DATA"}"""
                .formatted(producer)).post("/api/v1/organizations").then().statusCode(201);
        for (int i = 0; i < 3; i++) {
            String body = DatasetWorkflowTest.dataset("Data CKAN " + i, producer).replace("{\"title\"",
                    "{\"identifier\":\"" + organization + "-data-" + i + "\",\"licenceId\":\"cc-by\",\"title\"");
            ids.add(ReleaseTest.publishAsAdmin(body));
        }
        as("admin").body(DatasetWorkflowTest.dataset("Draf CKAN", producer)).post("/api/v1/datasets").then()
                .statusCode(201);
    }

    private static JsonPath action(String name, Map<String, ?> query, int status) {
        return given().queryParams(query).get(ACTION + name).then().statusCode(status)
                .contentType(org.hamcrest.Matchers.startsWith("application/json"))
                .body("help", endsWith("/api/3/action/help_show?name=" + name))
                .body("success", equalTo(status == 200)).extract().jsonPath();
    }

    @Test
    void aStockCkanHarvesterPagesThroughEverythingAndThenOnlyWhatChanged() {
        // gather stage, first run: rows=100 from 0, sorted by id, until a page comes back empty (here rows=2)
        List<String> seen = new ArrayList<>();
        String fq = "organization:" + organization;
        for (int start = 0; ; start += 2) {
            JsonPath page = action("package_search", Map.of("fq", fq, "rows", 2, "start", start, "sort", "id asc"), 200);
            assertEquals(3, page.getInt("result.count"));
            List<String> results = page.getList("result.results.id");
            if (results.isEmpty()) {
                break;
            }
            seen.addAll(results);
        }
        assertEquals(ids.stream().sorted().toList(), seen, "every published one once, by id");

        // a later run asks for what changed since its last start (minus an hour, in Python's isoformat)
        String since = OffsetDateTime.now(ZoneOffset.UTC).format(PYTHON) + "Z";
        as("admin").body(DatasetWorkflowTest.dataset("Data CKAN diubah", producer).replace("{\"title\"",
                "{\"identifier\":\"" + organization + "-data-1\",\"title\"")).header("If-Match", etag(ids.get(1)))
                .put("/api/v1/datasets/" + ids.get(1)).then().statusCode(200);
        JsonPath changed = action("package_search", Map.of("fq", "metadata_modified:[" + since + " TO *] " + fq,
                "rows", 100, "start", 0, "sort", "id asc"), 200);
        assertEquals(List.of(ids.get(1)), changed.getList("result.results.id"));
        assertEquals("Data CKAN diubah", changed.getString("result.results[0].title"));
        assertTrue(changed.getString("result.results[0].metadata_modified").compareTo(since.replace("Z", "")) > 0,
                "compared as strings, as the harvester compares them");
    }

    @Test
    void aPackageHasCkansFieldsAndTheRestAsExtras() {
        JsonPath shown = action("package_show", Map.of("id", organization + "-data-0"), 200);
        assertEquals(shown.getString("result.id"), action("package_show", Map.of("id", ids.get(0)), 200)
                .getString("result.id"), "by name or by id");
        assertEquals(ids.get(0), shown.getString("result.id"));
        assertEquals(organization + "-data-0", shown.getString("result.name"));
        assertEquals("Data CKAN 0", shown.getString("result.title"));
        assertEquals("Deskripsi", shown.getString("result.notes"));
        assertEquals("active", shown.getString("result.state"));
        assertEquals("dataset", shown.getString("result.type"));
        assertEquals(false, shown.getBoolean("result.private"));
        assertEquals(organization, shown.getString("result.owner_org"));
        assertEquals(organization, shown.getString("result.organization.name"));
        assertEquals("Produsen CKAN", shown.getString("result.organization.title"));
        assertEquals("Subdirektorat", shown.getString("result.maintainer"));
        assertEquals("data@example.go.id", shown.getString("result.maintainer_email"));
        assertEquals("cc-by", shown.getString("result.license_id"));
        assertEquals("Creative Commons Attribution", shown.getString("result.license_title"));
        assertTrue(shown.getString("result.url").endsWith("/nsdr/" + organization + "-data-0"));
        assertTrue(shown.getString("result.metadata_modified").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}"),
                "CKAN's own form, UTC without a zone: " + shown.getString("result.metadata_modified"));
        assertEquals(List.of("labour-migration"), shown.getList("result.tags.name"));
        assertEquals(1, shown.getInt("result.num_tags"));
        assertEquals("https://example.go.id/tabel", shown.getString("result.resources[0].url"));
        assertEquals("CSV", shown.getString("result.resources[0].format"));
        assertEquals("text/csv", shown.getString("result.resources[0].mimetype"));
        assertEquals(ids.get(0), shown.getString("result.resources[0].package_id"));
        UUID.fromString(shown.getString("result.resources[0].id"));
        Map<String, String> extras = new java.util.HashMap<>();
        shown.getList("result.extras", Map.class).forEach(e -> extras.put((String) e.get("key"), (String) e.get("value")));
        assertEquals("Data CKAN 0 in English", extras.get("title_en"));
        assertEquals("Description", extras.get("notes_en"));
        assertEquals("ANNUAL", extras.get("periodicity"));
        assertEquals("33", extras.get("region_code"));
        assertEquals("2015", extras.get("temporal_start"));
        assertEquals("1,6", extras.get("gcm_objectives"));
        assertEquals("SEX,AGE", extras.get("disaggregations"));
        assertTrue(extras.get("uri").endsWith("/api/v1/catalog/datasets/" + ids.get(0)), "its DCAT IRI");
        assertEquals(Set.copyOf(extras.keySet()).size(), shown.getList("result.extras").size(), "each key once");
    }

    @Test
    void listsOrganisationsStatusAndHelpAnswerInTheEnvelope() {
        assertTrue(action("package_list", Map.of(), 200).getList("result").containsAll(
                List.of(organization + "-data-0", organization + "-data-1", organization + "-data-2")));
        assertEquals(1, action("package_list", Map.of("limit", 1, "offset", 0), 200).getList("result").size());
        given().get(ACTION + "organization_list").then().statusCode(200).body("result", hasItem(organization));
        given().queryParam("all_fields", "true").get(ACTION + "organization_list").then().statusCode(200)
                .body("result.find { it.name == '" + organization + "' }.package_count", equalTo(3));
        JsonPath shown = action("organization_show", Map.of("id", organization), 200);
        assertEquals("Produsen CKAN", shown.getString("result.title"));
        assertEquals(3, shown.getInt("result.package_count"));
        assertEquals("organization", shown.getString("result.type"));
        JsonPath status = action("status_show", Map.of(), 200);
        assertEquals("id", status.getString("result.locale_default"));
        assertTrue(status.getString("result.ckan_version").startsWith("2."));
        assertTrue(action("help_show", Map.of("name", "package_search"), 200).getString("result").contains("rows"));
    }

    @Test
    void errorsAreCkansErrorsWithCkansStatuses() {
        JsonPath missing = action("package_show", Map.of("id", "no-such-dataset"), 404);
        assertEquals("Not Found Error", missing.getString("error.__type"));
        String draft = as("admin").body(DatasetWorkflowTest.dataset("Draf lain", producer)).post("/api/v1/datasets")
                .then().statusCode(201).extract().path("id");
        action("package_show", Map.of("id", draft), 404);
        assertEquals("Search Query Error", action("package_search", Map.of("fq", "colour:red"), 400)
                .getString("error.__type"));
        assertEquals("Search Query Error", action("package_search", Map.of("fq", "metadata_modified:[yesterday TO *]"),
                400).getString("error.__type"));
        assertEquals("Search Query Error", action("package_search", Map.of("sort", "colour asc"), 400)
                .getString("error.__type"));
        JsonPath rows = action("package_search", Map.of("rows", "many"), 409);
        assertEquals("Validation Error", rows.getString("error.__type"));
        assertEquals(List.of("Invalid integer"), rows.getList("error.rows"));
        assertEquals(List.of("Must be less than or equal to 1000"), action("package_search", Map.of("rows", 1001), 409)
                .getList("error.rows"));
        given().get(ACTION + "package_create").then().statusCode(400).contentType(not("application/problem+json"))
                .body("success", equalTo(false)).body("error.message", matchesPattern(".*Action name not known.*"));
        action("organization_show", Map.of("id", "no-such-org"), 404);
    }

    @Test
    void searchesByWordsTagsFormatAndAlternatives() {
        String fq = "organization:" + organization;
        assertEquals(3, action("package_search", Map.of("fq", fq + " tags:labour-migration res_format:CSV"), 200)
                .getInt("result.count"));
        assertEquals(0, action("package_search", Map.of("fq", fq + " -tags:labour-migration"), 200).getInt("result.count"));
        assertEquals(2, action("package_search", Map.of("fq", fq + " (name:" + organization + "-data-0 OR name:"
                + organization + "-data-2)"), 200).getInt("result.count"));
        assertEquals(1, action("package_search", Map.of("q", "\"Data CKAN 2\"", "fq", fq), 200).getInt("result.count"));
        Set<String> page = new HashSet<>(action("package_search", Map.of("fq", fq, "rows", 0), 200)
                .getList("result.results"));
        assertEquals(Set.of(), page, "rows=0: the count only");
    }

    private static String etag(String id) {
        return as("admin").get("/api/v1/datasets/" + id).then().statusCode(200).extract().header("ETag");
    }
}
