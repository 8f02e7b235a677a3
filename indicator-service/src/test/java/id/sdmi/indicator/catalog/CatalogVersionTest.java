package id.sdmi.indicator.catalog;

import static id.sdmi.indicator.CatalogFixture.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.events.Topics;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.indicator.CatalogFixture;
import id.sdmi.testing.KafkaTopics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogVersionTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void publishingAnnouncesTheWholeCatalogOnKafka() throws Exception {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 3);
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String code = ((i % 3) + 1) + "." + i;
            codes.add(code);
            f.indicator("2023", code, "D" + ((i % 3) + 1), "Indikator " + i, "1");
        }
        as("editor").post(f.version("2023") + "/publish")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("PUBLISHED"))
                .body("publishedBy", equalTo("editor"))
                .body("indicators", equalTo(12));

        String subject = f.framework + "/2023";
        List<ConsumerRecord<String, String>> records = KafkaTopics.await(Topics.INDICATOR_CATALOG,
                r -> subject.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size());
        JsonNode event = mapper.readTree(records.get(0).value());
        assertEquals("sdmi.indicator.catalog.published.v1", event.get("type").asText());
        assertEquals(subject, event.get("subject").asText());
        JsonNode data = event.get("data");
        assertEquals(f.framework, data.get("framework").asText());
        assertEquals("2023", data.get("version").asText());
        assertEquals(List.of("D1", "D2", "D3"), data.get("domains").findValuesAsText("code"));
        List<String> published = new ArrayList<>();
        data.get("indicators").forEach(i -> {
            published.add(i.get("code").asText());
            assertTrue(i.get("domain").asText().matches("D[123]"));
            assertEquals("D" + i.get("code").asText().charAt(0), i.get("domain").asText());
        });
        assertEquals(codes.stream().sorted().toList(), published.stream().sorted().toList());
    }

    @Test
    void publishingTwiceOrAnEmptyDraftGets409() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 1);
        as("editor").post(f.version("2023") + "/publish")
                .then().statusCode(409).body("detail", containsString("no indicators"));
        f.indicator("2023", "1.1", "D1", "Satu", "1").publish("2023");
        as("editor").post(f.version("2023") + "/publish")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("version " + f.framework + " 2023 is PUBLISHED: only a draft can be published"));
    }

    @Test
    void aPublishedVersionNeverChanges() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 1).indicator("2023", "1.1", "D1", "Satu", "1")
                .publish("2023");
        String indicator = f.indicators("2023") + "/1.1";
        as("editor").body(CatalogFixture.indicator("1.2", "D1", "Dua", "2")).post(f.indicators("2023"))
                .then().statusCode(409).body("detail", containsString("only a draft can be changed"));
        as("editor").body(CatalogFixture.indicator("1.1", "D1", "Diubah", "2")).put(indicator).then().statusCode(409);
        as("editor").delete(indicator).then().statusCode(409);
        as("editor").body("{\"code\":\"D2\",\"order\":2,\"name\":{\"id\":\"Dua\"}}").post(f.version("2023") + "/domains")
                .then().statusCode(409);
        as("editor").body("{\"code\":\"D1\",\"order\":1,\"name\":{\"id\":\"Baru\"}}").put(f.version("2023") + "/domains/D1")
                .then().statusCode(409);
        as("editor").header("Content-Type", "text/csv").body("code,domain,text_id\n1.3,D1,Tiga\n")
                .post(f.indicators("2023") + "/import").then().statusCode(409);

        as("viewer").get(indicator).then().statusCode(200).body("text.id", equalTo("Satu"));
        as("viewer").get(f.version("2023")).then().statusCode(200).body("indicators", equalTo(1)).body("domains", equalTo(1));
    }

    @Test
    void aDraftCanCopyAnEarlierVersionAndOnlyAPublishedOneCanBeRetired() throws Exception {
        CatalogFixture f = new CatalogFixture().framework().draft("2019", 2)
                .indicator("2019", "1.1", "D1", "Satu", "1").indicator("2019", "2.1", "D2", "Dua", "2");
        as("editor").post(f.version("2019") + "/retire")
                .then().statusCode(409).body("detail", containsString("only a published version can be retired"));
        f.publish("2019");
        as("editor").body("{\"version\":\"2023\",\"copyFrom\":\"2019\"}").post(f.versions())
                .then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("copiedFrom", equalTo("2019"))
                .body("domains", equalTo(2)).body("indicators", equalTo(2));
        as("viewer").get(f.indicators("2023") + "/2.1").then().statusCode(200).body("text.id", equalTo("Dua"));
        as("editor").body("{\"version\":\"2024\",\"copyFrom\":\"1999\"}").post(f.versions())
                .then().statusCode(422).body("errors[0].field", equalTo("copyFrom"));
        as("editor").body("{\"version\":\"2023\"}").post(f.versions()).then().statusCode(409);

        as("editor").post(f.version("2019") + "/retire")
                .then().statusCode(200).body("status", equalTo("RETIRED")).body("retiredBy", equalTo("editor"));
        String subject = f.framework + "/2019";
        List<ConsumerRecord<String, String>> records = KafkaTopics.await(Topics.INDICATOR_CATALOG,
                r -> subject.equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals(List.of("sdmi.indicator.catalog.published.v1", "sdmi.indicator.catalog.retired.v1"),
                records.stream().map(r -> {
                    try {
                        return mapper.readTree(r.value()).get("type").asText();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList());
    }

    @Test
    void theDiffListsAddedRemovedAndChangedIndicatorsWithTheirFields() {
        CatalogFixture f = new CatalogFixture().framework().draft("2019", 2)
                .indicator("2019", "1.1", "D1", "Tetap", "1")
                .indicator("2019", "1.2", "D1", "Akan diubah", "15")
                .indicator("2019", "2.1", "D2", "Akan dihapus", "2")
                .publish("2019");
        as("editor").body("{\"version\":\"2023\",\"copyFrom\":\"2019\"}").post(f.versions()).then().statusCode(201);
        as("editor").delete(f.indicators("2023") + "/2.1").then().statusCode(204);
        as("editor").body(CatalogFixture.indicator("1.2", "D2", "Sudah diubah", "15, 16")).put(f.indicators("2023") + "/1.2")
                .then().statusCode(200);
        f.indicator("2023", "2.2", "D2", "Baru", "23");

        as("viewer").get(f.versions() + "/2019/diff/2023")
                .then().statusCode(200)
                .body("from", equalTo("2019")).body("to", equalTo("2023"))
                .body("indicators.added.code", contains("2.2"))
                .body("indicators.removed.code", contains("2.1"))
                .body("indicators.changed.code", contains("1.2"))
                .body("indicators.changed[0].fields.field", contains("domain", "order", "text.id", "text.en", "gcmObjectives"))
                .body("indicators.changed[0].fields.find { it.field == 'gcmObjectives' }.to", contains(15, 16))
                .body("domains.changed", empty());
    }

    @Test
    void aViewerGets403OnEveryWriteAndNoTokenGets401() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", 1).indicator("2023", "1.1", "D1", "Satu", "1");
        List<Runnable> writes = List.of(
                () -> as("viewer").body("{\"version\":\"2024\"}").post(f.versions()).then().statusCode(403),
                () -> as("viewer").post(f.version("2023") + "/publish").then().statusCode(403),
                () -> as("viewer").post(f.version("2023") + "/retire").then().statusCode(403),
                () -> as("viewer").body("{\"code\":\"D2\",\"order\":2,\"name\":{\"id\":\"x\"}}")
                        .post(f.version("2023") + "/domains").then().statusCode(403),
                () -> as("viewer").body("{\"code\":\"D1\",\"order\":1,\"name\":{\"id\":\"x\"}}")
                        .put(f.version("2023") + "/domains/D1").then().statusCode(403),
                () -> as("viewer").delete(f.version("2023") + "/domains/D1").then().statusCode(403),
                () -> as("viewer").body(CatalogFixture.indicator("1.2", "D1", "x", "1")).post(f.indicators("2023"))
                        .then().statusCode(403),
                () -> as("viewer").body(CatalogFixture.indicator("1.1", "D1", "x", "1")).put(f.indicators("2023") + "/1.1")
                        .then().statusCode(403),
                () -> as("viewer").delete(f.indicators("2023") + "/1.1").then().statusCode(403),
                () -> as("viewer").body("[]").post(f.indicators("2023") + "/import").then().statusCode(403)
                        .contentType("application/problem+json"));
        writes.forEach(Runnable::run);
        given().get(f.indicators("2023")).then().statusCode(401).contentType("application/problem+json");
        given().get(f.versions()).then().statusCode(401);
        as("viewer").get(f.indicators("2023")).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].text.id", equalTo("Satu"));
        as("viewer").get(f.version("2023")).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void aVersionHoldsAtMost99Domains() {
        CatalogFixture f = new CatalogFixture().framework().draft("2023", CatalogPublished.MAX_DOMAINS);
        as("editor").body("{\"code\":\"D100\",\"order\":99,\"name\":{\"id\":\"Satu lagi\"}}")
                .post(f.version("2023") + "/domains")
                .then().statusCode(409).body("detail", containsString("has 99 domains, the most a version holds"));
        as("viewer").get(f.version("2023")).then().statusCode(200).body("domains", equalTo(CatalogPublished.MAX_DOMAINS));
    }

    @Test
    void unknownFrameworksAndVersionsGet404() {
        CatalogFixture f = new CatalogFixture().framework();
        as("viewer").get(f.version("1999")).then().statusCode(404)
                .body("detail", equalTo("version 1999 of framework " + f.framework + " does not exist"));
        as("viewer").get("/api/v1/frameworks/NO-SUCH/versions/2023").then().statusCode(404)
                .body("detail", equalTo("framework NO-SUCH does not exist"));
        as("viewer").get(f.versions()).then().statusCode(200).body("items", hasSize(0));
    }
}
