package id.sdmi.catalog.dcat;

import static id.sdmi.catalog.dataset.DatasetWorkflowTest.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.catalog.dataset.Dataset;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.dataset.DatasetWorkflowTest;
import id.sdmi.catalog.release.ReleaseTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The DCAT-AP export read by a real RDF library (Apache Jena) and checked against the DCAT-AP 3 SHACL shapes. */
@QuarkusTest
class DcatCatalogTest {

    static final int SIZE = 500;
    static final org.apache.jena.rdf.model.Property FOAF_NAME =
            ModelFactory.createDefaultModel().createProperty("http://xmlns.com/foaf/0.1/name");

    private static Model read(String jsonLd) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(jsonLd).lang(Lang.JSONLD).parse(model);
        return model;
    }

    /** The page holding the newest published datasets (the catalog lists them in the order they were published). */
    private static Model lastPage() {
        long published = QuarkusTransaction.requiringNew().call(() -> Dataset.count("status", Status.PUBLISHED));
        String body = given().queryParam("size", SIZE).queryParam("page", (published - 1) / SIZE)
                .get("/api/v1/catalog.jsonld").then().statusCode(200)
                .contentType("application/ld+json").extract().asString();
        return read(body);
    }

    private static Set<String> texts(Model model, Resource subject, org.apache.jena.rdf.model.Property property) {
        return Set.copyOf(model.listObjectsOfProperty(subject, property).mapWith(n -> {
            Literal l = n.asLiteral();
            return l.getLexicalForm() + "@" + l.getLanguage();
        }).toList());
    }

    @Test
    void everyDatasetHasTitleDescriptionPublisherAndEveryDistributionAnAccessUrl() {
        DatasetWorkflowTest.ensureProducers();
        String title = "Statistik DCAT " + UUID.randomUUID();
        String withTwo = ReleaseTest.publishAsAdmin(DatasetWorkflowTest.dataset(title, "BPS").replace(
                "\"distributions\":[", "\"distributions\":[{\"accessUrl\":\"https://example.go.id/unduh\","
                        + "\"downloadUrl\":\"https://example.go.id/unduh.xlsx\",\"format\":\"XLSX\"},"));
        String bare = ReleaseTest.publishAsAdmin(ReleaseTest.quarterly("BP2MI"));
        String draft = as("steward-bps").body(DatasetWorkflowTest.dataset(title + " draf", "BPS"))
                .post("/api/v1/datasets").then().statusCode(201).extract().path("id");

        Model model = lastPage();
        List<Resource> datasets = model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
        assertFalse(datasets.isEmpty());
        for (Resource d : datasets) {
            assertTrue(d.hasProperty(DCTerms.title), d + " has a title");
            assertTrue(d.hasProperty(DCTerms.description), d + " has a description");
            Resource publisher = d.getPropertyResourceValue(DCTerms.publisher);
            assertTrue(publisher != null && publisher.hasProperty(FOAF_NAME), d + " has a named publisher");
        }
        for (Resource x : model.listSubjectsWithProperty(RDF.type, DCAT.Distribution).toList()) {
            assertTrue(x.getPropertyResourceValue(DCAT.accessURL) != null, x + " has an access URL");
        }

        Resource two = datasets.stream().filter(d -> d.getURI().endsWith("/api/v1/datasets/" + withTwo)).findFirst()
                .orElseThrow();
        assertEquals(Set.of(title + "@id", title + " in English@en"), texts(model, two, DCTerms.title));
        Set<String> accessUrls = Set.copyOf(model.listObjectsOfProperty(two, DCAT.distribution)
                .mapWith(x -> x.asResource().getPropertyResourceValue(DCAT.accessURL).getURI()).toList());
        assertEquals(Set.of("https://example.go.id/unduh", "https://example.go.id/tabel"), accessUrls);
        assertTrue(two.getPropertyResourceValue(DCTerms.publisher).getURI().endsWith("/api/v1/organizations/BPS"));
        assertEquals("http://publications.europa.eu/resource/authority/frequency/ANNUAL",
                two.getPropertyResourceValue(DCTerms.accrualPeriodicity).getURI());
        assertEquals(3, model.listObjectsOfProperty(two, DCAT.theme).toList().size(), "GCM 1, 6 and MGI D4");
        assertTrue(datasets.stream().anyMatch(d -> d.getURI().endsWith(bare)));
        assertTrue(datasets.stream().noneMatch(d -> d.getURI().endsWith(draft)), "drafts are not published");
        Resource catalog = model.listSubjectsWithProperty(RDF.type, DCAT.Catalog).next();
        assertTrue(model.contains(catalog, DCAT.dataset, two));
    }

    @Test
    void theExportConformsToTheDcatAp3Shapes() {
        ReleaseTest.publishAsAdmin(ReleaseTest.quarterly("BPS"));
        Model model = lastPage();
        for (String file : List.of("dcat-ap/shapes.ttl", "dcat-ap/range.ttl")) {
            Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(file));
            ValidationReport report = ShaclValidator.get().validate(shapes, model.getGraph());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!report.conforms()) {
                ShLib.printReport(out, report);
            }
            assertTrue(report.conforms(), file + ":\n" + out);
        }
    }

    @Test
    void pagesAreLinkedForHarvesters() {
        ReleaseTest.publishAsAdmin(ReleaseTest.quarterly("BPS"));
        ReleaseTest.publishAsAdmin(ReleaseTest.quarterly("BPS"));
        Model first = read(given().queryParam("size", 1).get("/api/v1/catalog.jsonld").then().statusCode(200)
                .extract().asString());
        assertEquals(1, first.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList().size());
        Resource view = first.listSubjectsWithProperty(RDF.type,
                first.createResource("http://www.w3.org/ns/hydra/core#PartialCollectionView")).next();
        assertTrue(view.getPropertyResourceValue(first.createProperty("http://www.w3.org/ns/hydra/core#next"))
                .getURI().endsWith("/api/v1/catalog.jsonld?page=1&size=1"));
        given().queryParam("size", 501).get("/api/v1/catalog.jsonld").then().statusCode(400);
    }
}
