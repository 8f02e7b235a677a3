package id.sdmi.catalog.search;

import static id.sdmi.catalog.dataset.DatasetWorkflowTest.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sdmi.catalog.dataset.DatasetWorkflowTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search over a data set built here: every dataset carries a word no other test uses, so the counts are exact
 * whatever else the database holds.
 */
@QuarkusTest
class DatasetSearchTest {

    private String marker;
    private final Map<String, String> ids = new LinkedHashMap<>();

    static String body(String marker, String identifier, String producer, String titleId, String titleEn, String sourceType,
            String topics, String objectives, String domains, String disaggregations, String access, String level,
            String descriptionId) {
        return """
                {"identifier":"%s","title":{"id":"%s %s","en":"%s"},"description":{"id":"%s %s","en":"Described"},\
                "producer":"%s","sourceType":"%s","periodicity":"ANNUAL","topics":%s,"gcmObjectives":%s,\
                "mgiDomains":%s,"geographicLevel":"%s","disaggregations":%s,"access":"%s",\
                "distributions":[{"accessUrl":"https://example.go.id/%s"}]}"""
                .formatted(identifier, titleId, marker, titleEn, descriptionId, marker, producer, sourceType, topics,
                        objectives, domains, level, disaggregations, access, marker);
    }

    private String create(String steward, String body) {
        return as(steward).body(body).post("/api/v1/datasets").then().statusCode(201).extract().path("id");
    }

    private String publish(String steward, String body) {
        String id = create(steward, body);
        as(steward).post("/api/v1/datasets/" + id + "/submit").then().statusCode(200);
        as("walidata").post("/api/v1/datasets/" + id + "/verify").then().statusCode(200);
        as("walidata").post("/api/v1/datasets/" + id + "/publish").then().statusCode(200);
        return id;
    }

    @BeforeEach
    void buildDataSet() {
        DatasetWorkflowTest.ensureProducers();
        Random random = new Random();
        StringBuilder word = new StringBuilder("penanda");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        marker = word.toString();
        ids.put("survey", publish("steward-bps", body(marker, "bps-" + marker + "-survey", "BPS", "Survei pekerja migran",
                "Survey of migrant workers", "SURVEY", "[\"labour-migration\"]", "[1,6]", "[\"D4\"]", "[\"SEX\",\"AGE\"]",
                "OPEN", "PROVINCE", "Data rumah tangga")));
        ids.put("census", publish("steward-bps", body(marker, "bps-" + marker + "-census", "BPS", "Sensus penduduk",
                "Population census", "CENSUS", "[\"population\"]", "[1]", "[\"D1\"]", "[\"SEX\"]", "OPEN", "NATIONAL",
                "Termasuk pertanyaan tentang pekerja migran")));
        ids.put("placement", publish("steward-bp2mi", body(marker, "bp2mi-" + marker + "-placement", "BP2MI",
                "Penempatan pekerja migran", "Placement of migrant workers", "ADMINISTRATIVE",
                "[\"labour-migration\",\"remittances\"]", "[6,20]", "[\"D4\",\"D6\"]", "[\"COUNTRY\"]", "RESTRICTED",
                "NATIONAL", "Catatan administrasi")));
        ids.put("retired", publish("steward-bps", body(marker, "bps-" + marker + "-retired", "BPS", "Arsip remitansi",
                "Remittance archive", "SURVEY", "[\"remittances\"]", "[20]", "[\"D4\"]", "[\"SEX\"]", "OPEN", "NATIONAL",
                "Data lama")));
        as("walidata").post("/api/v1/datasets/" + ids.get("retired") + "/retire").then().statusCode(200);
        ids.put("draft", create("steward-bp2mi", body(marker, "bp2mi-" + marker + "-draft", "BP2MI", "Pengaduan pekerja migran",
                "Complaints of migrant workers", "ADMINISTRATIVE", "[\"labour-migration\"]", "[7]", "[\"D1\"]",
                "[\"SEX\"]", "OPEN", "NATIONAL", "Belum terbit")));
    }

    private JsonPath search(String user, Object... parameters) {
        RequestSpecification request = as(user).queryParam("q", marker);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.get("/api/v1/datasets").then().statusCode(200).extract().jsonPath();
    }

    private List<String> found(JsonPath page) {
        return page.<String>getList("items.id").stream()
                .map(id -> ids.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().orElseThrow().getKey())
                .toList();
    }

    @Test
    void facetsCountEverythingThatMatchedAndFiltersNarrow() {
        JsonPath all = search("viewer");
        assertEquals(4, all.getLong("total"), "published and retired, not the draft");
        assertEquals(Map.of("BPS", 3, "BP2MI", 1), all.getMap("facets.producer"));
        assertEquals(Map.of("OPEN", 3, "RESTRICTED", 1), all.getMap("facets.access"));
        assertEquals(Map.of("PUBLISHED", 3, "RETIRED", 1), all.getMap("facets.status"));
        assertEquals(Map.of("labour-migration", 2, "remittances", 2, "population", 1), all.getMap("facets.topic"));
        assertEquals(Map.of("1", 2, "6", 2, "20", 2), all.getMap("facets.gcmObjective"));
        assertEquals(Map.of("D4", 3, "D1", 1, "D6", 1), all.getMap("facets.mgiDomain"));
        assertEquals(Map.of("SEX", 3, "AGE", 1, "COUNTRY", 1), all.getMap("facets.disaggregation"));
        assertEquals(Map.of("SURVEY", 2, "CENSUS", 1, "ADMINISTRATIVE", 1), all.getMap("facets.sourceType"));
        assertEquals(Map.of("NATIONAL", 3, "PROVINCE", 1), all.getMap("facets.geographicLevel"));
        assertEquals(List.of("BPS", "BP2MI"), List.copyOf(all.getMap("facets.producer").keySet()), "most first");

        JsonPath bpsBySex = search("viewer", "producer", "BPS", "disaggregation", "SEX", "sort", "created");
        assertEquals(List.of("survey", "census", "retired"), found(bpsBySex));
        assertEquals(Map.of("BPS", 3), bpsBySex.getMap("facets.producer"));
        // many-valued facets: all of those given; one-valued: any of them
        assertEquals(List.of("placement"), found(search("viewer", "gcmObjective", "6", "gcmObjective", "20")));
        assertEquals(List.of("survey", "placement"), found(search("viewer", "topic", "labour-migration", "sort", "created")));
        assertEquals(List.of("survey", "census", "placement"), found(search("viewer", "sourceType", "SURVEY,CENSUS,ADMINISTRATIVE",
                "status", "PUBLISHED", "sort", "created")));
        assertEquals(List.of("placement"), found(search("viewer", "mgiDomain", "D6", "access", "RESTRICTED")));
        assertEquals(List.of("survey"), found(search("viewer", "geographicLevel", "PROVINCE")));
        assertEquals(List.of("census"), found(search("viewer", "identifier", "bps-" + marker + "-census")));
        assertEquals(0, search("viewer", "producer", "BP2MI", "disaggregation", "SEX").getLong("total"));
    }

    @Test
    void wordsInIndonesianOrEnglishAreRankedTitlesFirst() {
        // Indonesian as written: the census only mentions migrant workers in its description, so it comes last
        JsonPath indonesian = as("viewer").queryParam("q", "pekerja migran " + marker).get("/api/v1/datasets")
                .then().statusCode(200).body("sort", equalTo("relevance")).extract().jsonPath();
        assertEquals(3, indonesian.getLong("total"));
        assertEquals("census", found(indonesian).get(2));
        // English stemmed: "worker" finds "workers"
        JsonPath english = as("viewer").queryParam("q", "worker " + marker).get("/api/v1/datasets")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(Set.of("survey", "placement"), Set.copyOf(found(english)));
        assertEquals(2, english.getLong("total"));
        // a word no dataset has
        as("viewer").queryParam("q", marker + "tidakada").get("/api/v1/datasets").then().statusCode(200)
                .body("total", equalTo(0)).body("items.size()", equalTo(0));
    }

    @Test
    void aChangedDatasetIsFoundByItsNewWordsAtOnce() {
        assertEquals(4, search("viewer").getLong("total"));
        assertEquals(0, as("viewer").queryParam("q", marker + " kapal").get("/api/v1/datasets").then().statusCode(200)
                .extract().jsonPath().getLong("total"));
        // the same words again after a change: not the answer kept from before it
        String url = "/api/v1/datasets/" + ids.get("census");
        String etag = as("steward-bps").get(url).then().statusCode(200).extract().header("ETag");
        as("steward-bps").header("If-Match", etag).body(body(marker, "bps-" + marker + "-census", "BPS", "Sensus awak kapal",
                "Census of ship crews", "CENSUS", "[\"population\"]", "[1]", "[\"D1\"]", "[\"SEX\"]", "OPEN",
                "NATIONAL", "Termasuk pertanyaan tentang pekerja migran")).put(url).then().statusCode(200);
        assertEquals(List.of("census"), found(as("viewer").queryParam("q", marker + " kapal").get("/api/v1/datasets")
                .then().statusCode(200).extract().jsonPath()));
        publish("steward-bps", body(marker, "bps-" + marker + "-new", "BPS", "Survei baru", "New survey", "SURVEY", "[]", "[1]",
                "[\"D1\"]", "[]", "OPEN", "NATIONAL", "Baru"));
        assertEquals(5, search("viewer").getLong("total"));
    }

    @Test
    void eachCallerSeesWhatTheyMay() {
        assertEquals(5, search("steward-bp2mi").getLong("total"), "their own draft too");
        assertEquals(4, search("steward-bps").getLong("total"), "not another organisation's draft");
        JsonPath queue = search("walidata", "status", "DRAFT");
        assertEquals(List.of("draft"), found(queue));
        assertEquals(Map.of("DRAFT", 1), queue.getMap("facets.status"));
    }

    @Test
    void sortsAndPages() {
        assertEquals(List.of("retired", "placement", "census", "survey"), found(search("viewer", "sort", "title")));
        assertEquals(List.of("survey", "census", "placement", "retired"), found(search("viewer", "sort", "-title")));
        assertEquals(List.of("survey", "census", "placement", "retired"), found(search("viewer", "sort", "created")));
        assertEquals(List.of("retired", "placement", "census", "survey"), found(search("viewer", "sort", "-created")));
        // the retired one changed last
        assertEquals("retired", found(search("viewer", "sort", "-updated")).get(0));
        JsonPath second = search("viewer", "sort", "created", "page", 1, "size", 3);
        assertEquals(List.of("retired"), found(second));
        assertEquals(4, second.getLong("total"));
        assertEquals(3, second.getInt("size"));
        JsonPath past = search("viewer", "page", 7, "size", 3);
        assertEquals(List.of(), found(past));
        assertEquals(4, past.getLong("total"));
    }

    @Test
    void unknownFacetValuesAndSortsAreRefusedNamingEachOne() {
        as("viewer").queryParam("producer", "NOPE").queryParam("gcmObjective", "24").queryParam("gcmObjective", "x")
                .queryParam("disaggregation", "GENDER").queryParam("sourceType", "survey").queryParam("mgiDomain", "D7")
                .queryParam("topic", "Labour Migration").queryParam("access", "PUBLIC")
                .queryParam("geographicLevel", "CITY").queryParam("status", "GONE").queryParam("sort", "popular")
                .get("/api/v1/datasets").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("producer", "gcmObjective", "gcmObjective", "disaggregation",
                        "sourceType", "mgiDomain", "topic", "access", "geographicLevel", "status", "sort"))
                .body("detail", containsString("no organisation NOPE is registered"))
                .body("detail", containsString("'24' is not a GCM objective"))
                .body("detail", containsString("'GENDER' is not one of SEX, AGE"));
        as("viewer").queryParam("sort", "relevance").get("/api/v1/datasets").then().statusCode(400)
                .body("errors.field", contains("sort"));
        as("viewer").queryParam("size", 501).get("/api/v1/datasets").then().statusCode(400)
                .body("errors.field", hasItems("size"));
        as("viewer").queryParam("page", 20).queryParam("size", 500).get("/api/v1/datasets").then().statusCode(400)
                .body("errors.field", contains("page"));
        as("viewer").queryParam("q", "x".repeat(201)).get("/api/v1/datasets").then().statusCode(400)
                .body("errors.field", contains("q"));
    }

    @Test
    void tooManyOrTooLongFacetValuesAreRefused() {
        List<String> topics = IntStream.rangeClosed(0, 100).mapToObj(i -> "topic-" + i).toList();
        as("viewer").queryParam("topic", topics).get("/api/v1/datasets").then().statusCode(400)
                .body("errors.field", contains("topic"));
        as("viewer").queryParam("producer", "X".repeat(1001)).get("/api/v1/datasets").then().statusCode(400)
                .body("errors.field", contains("producer[0]"));
        as("viewer").queryParam("identifier", "x".repeat(101)).get("/api/v1/datasets").then().statusCode(400)
                .body("errors.field", contains("identifier"));
    }

    @Test
    void aSecondDatasetCannotTakeAnIdentifier() {
        String taken = "bps-" + marker + "-survey";
        as("steward-bps").body(body(marker, taken, "BPS", "Lain", "Other", "SURVEY", "[]", "[]", "[]", "[]", "OPEN",
                "NATIONAL", "Lain")).post("/api/v1/datasets").then().statusCode(409)
                .body("detail", containsString("already called " + taken));
        assertEquals(1, search("walidata", "identifier", taken).getLong("total"));
        // another organisation's steward learns nothing by trying names: a BPS name is refused alike, taken or not
        String[] answers = new String[2];
        String[] tried = {taken, "bps-" + marker + "-free"};
        for (int i = 0; i < 2; i++) {
            answers[i] = as("steward-bp2mi").body(body(marker, tried[i], "BP2MI", "Lain", "Other", "SURVEY", "[]", "[]",
                    "[]", "[]", "OPEN", "NATIONAL", "Lain")).post("/api/v1/datasets").then().statusCode(422)
                    .body("errors[0].field", equalTo("identifier"))
                    .body("errors[0].message", containsString("must start with 'bp2mi-'"))
                    .extract().asString().replace(tried[i], "");
        }
        assertEquals(answers[0], answers[1], "the same answer for a taken and a free name of another organisation");
        assertEquals(0, search("walidata", "identifier", tried[1]).getLong("total"));
        as("steward-bps").body(body(marker, "Not A Slug", "BPS", "Lain", "Other", "SURVEY", "[]", "[]", "[]", "[]",
                "OPEN", "NATIONAL", "Lain")).post("/api/v1/datasets").then().statusCode(400)
                .body("errors.field", contains("identifier"));
    }
}
