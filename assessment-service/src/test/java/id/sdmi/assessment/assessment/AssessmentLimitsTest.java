package id.sdmi.assessment.assessment;

import static id.sdmi.assessment.assessment.AssessmentTest.as;
import static id.sdmi.assessment.catalog.IndicatorCatalogConsumerTest.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.sdmi.assessment.catalog.CatalogReplicaTest;
import id.sdmi.assessment.catalog.CatalogVersion;
import id.sdmi.assessment.catalog.IndicatorCatalogConsumerTest;
import id.sdmi.events.CloudEventCodec;
import id.sdmi.web.Label;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.events.indicator.IndicatorCatalogEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bounds the contract states on an assessment's lists hold: what would go beyond them is refused. */
@QuarkusTest
class AssessmentLimitsTest {

    @Inject
    CloudEventCodec codec;

    @Inject
    EntityManager em;

    private String learn(CatalogPublished catalog) throws Exception {
        CatalogReplicaTest.send(codec, IndicatorCatalogEvents.CATALOG_PUBLISHED,
                IndicatorCatalogEvents.versionSubject(catalog.framework(), catalog.version()), catalog);
        await("the catalog", () -> QuarkusTransaction.requiringNew().call(() ->
                CatalogVersion.find(catalog.framework(), catalog.version()).isPresent()));
        return catalog.framework();
    }

    private String plan(String framework) {
        return "/api/v1/assessments/" + as("coordinator")
                .body(AssessmentTest.assessment(framework, "PROVINCE", "33", "Batas " + framework))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    private void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private static UUID id(String url) {
        return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
    }

    @Test
    void aCatalogOfMoreThanNinetyNineDomainsIsNotAssessed() throws Exception {
        String framework = IndicatorCatalogConsumerTest.newCode();
        List<CatalogPublished.Domain> domains = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            domains.add(new CatalogPublished.Domain("D" + i, i, new Label("Ranah " + i, null)));
        }
        learn(new CatalogPublished(framework, "PROVINCE", "2023", OffsetDateTime.now(ZoneOffset.UTC), domains,
                List.of(new CatalogPublished.Indicator("1.1", "D1", 1, new Label("Indikator", null), List.of(), List.of()))));
        as("coordinator").body(AssessmentTest.assessment(framework, "PROVINCE", "33", "Terlalu besar " + framework))
                .post("/api/v1/assessments").then().statusCode(422).body("errors.field", hasItem("version"))
                .body("detail", containsString("has 1 indicators in 100 domains: an assessment covers at most 10000 "
                        + "indicators in 99 domains"));
    }

    @Test
    void anAssessmentTakesAtMostTwoHundredAgencies() throws Exception {
        String url = plan(learn(CatalogReplicaTest.catalog(IndicatorCatalogConsumerTest.newCode(), "2023")));
        sql("INSERT INTO assessment_participant (assessment_id, org) SELECT ?1, 'ORG-' || n FROM generate_series(1, 200) n",
                id(url));
        as("coordinator").body("{\"org\":\"KEMNAKER\",\"indicators\":[\"1.1\"]}").post(url + "/participants")
                .then().statusCode(409).body("detail", containsString("200 agencies taking part already"));
        // one taking part already has its indicators replaced
        as("coordinator").body("{\"org\":\"ORG-7\",\"indicators\":[\"1.1\"]}").post(url + "/participants")
                .then().statusCode(200).body("indicators[0]", equalTo("1.1"));
        as("coordinator").body("{\"org\":\"KEMNAKER\",\"indicators\":[\"1.1\",\"satu\"]}").post(url + "/participants")
                .then().statusCode(400).body("errors.field", hasItem("indicators[1]"));
    }

    @Test
    void anAssessmentRecordsAtMostTwoHundredMeetings() throws Exception {
        String url = plan(learn(CatalogReplicaTest.catalog(IndicatorCatalogConsumerTest.newCode(), "2023")));
        sql("""
                INSERT INTO assessment_meeting (id, assessment_id, type, date, place, female, male)
                SELECT gen_random_uuid(), ?1, 'FGD', DATE '2023-09-18', 'Semarang', 1, 1 FROM generate_series(1, 200)""",
                id(url));
        as("coordinator").body(AssessmentStoryTest.meeting("FGD")).post(url + "/meetings").then().statusCode(409)
                .body("detail", containsString("200 meetings recorded already"));
        as("coordinator").body("{\"type\":\"FGD\",\"date\":\"2023-09-18\",\"place\":\"Semarang\","
                + "\"participants\":{\"female\":10001,\"male\":0},\"orgs\":[\"KEMNAKER\"]}").post(url + "/meetings")
                .then().statusCode(400).body("errors.field", hasItem("participants.female"));
        as("coordinator").body("{\"type\":\"FGD\",\"date\":\"+999999999-12-31\",\"place\":\"Semarang\","
                + "\"participants\":{\"female\":1,\"male\":1},\"orgs\":[\"KEMNAKER\"]}").post(url + "/meetings")
                .then().statusCode(400).body("errors.field", hasItem("date"));
    }

    @Test
    void anAnswerKeepsAtMostAThousandVersions() throws Exception {
        String url = plan(learn(CatalogReplicaTest.catalog(IndicatorCatalogConsumerTest.newCode(), "2023")));
        as("coordinator").body("{\"org\":\"KEMNAKER\",\"indicators\":[\"1.1\"]}").post(url + "/participants")
                .then().statusCode(201);
        as("coordinator").body("{\"to\":\"DATA_COLLECTION\"}").post(url + "/transitions").then().statusCode(200);
        sql("""
                INSERT INTO assessment_answer_history (assessment_id, indicator, value, justification, evidence,
                    answered_by, answered_at)
                SELECT ?1, '1.1', 'NO', 'Belum.', '[]', 'coordinator', now() FROM generate_series(1, 1000)""", id(url));
        as("coordinator").body(AssessmentStoryTest.answer("YES", AssessmentStoryTest.regulation()))
                .put(url + "/answers/1.1").then().statusCode(409).body("detail", containsString("1000 versions already"));
        as("coordinator").body(AssessmentStoryTest.answer("YES", AssessmentStoryTest.regulation()))
                .put(url + "/answers/1.2").then().statusCode(200);
    }

    @Test
    void answersComeAsJsonOrCsvOnly() throws Exception {
        String url = plan(learn(CatalogReplicaTest.catalog(IndicatorCatalogConsumerTest.newCode(), "2023")));
        as("viewer").queryParam("format", "xml").get(url + "/answers").then().statusCode(400)
                .body("errors.field", hasItem("format"));
        as("viewer").queryParam("format", "json").get(url + "/answers").then().statusCode(200).body("size()", equalTo(0));
    }
}
