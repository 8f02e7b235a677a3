package id.sdmi.catalog.dcat;

import static id.sdmi.catalog.dataset.DatasetWorkflowTest.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sdmi.catalog.dataset.DatasetWorkflowTest;
import id.sdmi.catalog.release.ReleaseTest;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The DCAT-AP export read back by a real RDF library (Apache Jena) in each of its syntaxes, and checked against the
 * DCAT-AP 3.0.1 SHACL shapes: the mandatory ones, the ranges and the recommended ones.
 */
@QuarkusTest
class DcatCatalogTest {

    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    static final List<String> SHAPES = List.of("dcat-ap/shapes.ttl", "dcat-ap/range.ttl", "dcat-ap/shapes_recommended.ttl");
    static final Property FOAF_NAME = ModelFactory.createDefaultModel().createProperty("http://xmlns.com/foaf/0.1/name");
    static final Path DEMO = Path.of("../deploy/demo");

    static Model read(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(body).lang(lang).parse(model);
        return model;
    }

    /** A document of the catalog, in the syntax its Content-Type names, parsed. */
    static Model get(String url, Map<String, ?> query) {
        // a link followed as the catalog wrote it, already encoded
        var answer = given().urlEncodingEnabled(!query.isEmpty()).queryParams(query).get(url).then()
                .statusCode(200).extract();
        Lang lang = RDFLanguages.contentTypeToLang(answer.contentType().split(";")[0]);
        return read(answer.asString(), lang);
    }

    private static Set<String> texts(Model model, Resource subject, Property property) {
        return Set.copyOf(model.listObjectsOfProperty(subject, property).mapWith(n -> {
            Literal l = n.asLiteral();
            return l.getLexicalForm() + "@" + l.getLanguage();
        }).toList());
    }

    private static Resource property(Model model, Resource subject, String iri) {
        return subject.getPropertyResourceValue(model.createProperty(iri));
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    @Test
    void everyDatasetHasTitleDescriptionPublisherAndEveryDistributionAnAccessUrl() {
        DatasetWorkflowTest.ensureProducers();
        String since = now();
        String title = "Statistik DCAT " + UUID.randomUUID();
        String withTwo = ReleaseTest.publishAsAdmin(DatasetWorkflowTest.dataset(title, "BPS").replace(
                "\"distributions\":[", "\"distributions\":[{\"accessUrl\":\"https://example.go.id/unduh\","
                        + "\"downloadUrl\":\"https://example.go.id/unduh.xlsx\",\"format\":\"XLSX\"},"));
        String bare = ReleaseTest.publishAsAdmin(ReleaseTest.quarterly("BP2MI"));
        String draft = as("steward-bps").body(DatasetWorkflowTest.dataset(title + " draf", "BPS"))
                .post("/api/v1/datasets").then().statusCode(201).extract().path("id");

        Model model = get("/api/v1/catalog.jsonld", Map.of("modified_since", since, "size", 500));
        List<Resource> datasets = model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
        assertEquals(2, datasets.size(), "the two published since: " + datasets);
        for (Resource d : datasets) {
            assertTrue(d.hasProperty(DCTerms.title), d + " has a title");
            assertTrue(d.hasProperty(DCTerms.description), d + " has a description");
            Resource publisher = d.getPropertyResourceValue(DCTerms.publisher);
            assertTrue(publisher != null && publisher.hasProperty(FOAF_NAME), d + " has a named publisher");
        }
        for (Resource x : model.listSubjectsWithProperty(RDF.type, DCAT.Distribution).toList()) {
            assertTrue(x.getPropertyResourceValue(DCAT.accessURL) != null, x + " has an access URL");
        }

        Resource two = datasets.stream().filter(d -> d.getURI().endsWith("/api/v1/catalog/datasets/" + withTwo))
                .findFirst().orElseThrow();
        assertEquals(Set.of(title + "@id", title + " in English@en"), texts(model, two, DCTerms.title));
        Set<String> accessUrls = Set.copyOf(model.listObjectsOfProperty(two, DCAT.distribution)
                .mapWith(x -> x.asResource().getPropertyResourceValue(DCAT.accessURL).getURI()).toList());
        assertEquals(Set.of("https://example.go.id/unduh", "https://example.go.id/tabel"), accessUrls);
        assertTrue(two.getPropertyResourceValue(DCTerms.publisher).getURI().endsWith("/api/v1/catalog#organization-BPS"));
        assertEquals("http://publications.europa.eu/resource/authority/frequency/ANNUAL",
                two.getPropertyResourceValue(DCTerms.accrualPeriodicity).getURI());
        assertEquals(3, model.listObjectsOfProperty(two, DCAT.theme).toList().size(), "GCM 1, 6 and MGI D4");
        Resource region = two.getPropertyResourceValue(DCTerms.coverage);
        assertEquals("33", region.getProperty(model.createProperty("http://www.w3.org/2004/02/skos/core#notation"))
                .getString(), "the BPS region in dct:coverage");
        assertEquals("http://publications.europa.eu/resource/authority/country/IDN",
                two.getPropertyResourceValue(DCTerms.spatial).getURI());
        assertTrue(datasets.stream().anyMatch(d -> d.getURI().endsWith(bare)));
        assertTrue(datasets.stream().noneMatch(d -> d.getURI().endsWith(draft)), "drafts are not published");
        Resource catalog = model.listSubjectsWithProperty(RDF.type, DCAT.Catalog).next();
        assertTrue(model.contains(catalog, DCAT.dataset, two));
        List<Resource> services = model.listObjectsOfProperty(catalog, DCAT.service).mapWith(n -> n.asResource()).toList();
        assertEquals(Set.of("/api/v1/catalog", "/api/3/action/"), Set.copyOf(services.stream().map(s ->
                s.getPropertyResourceValue(DCAT.endpointURL).getURI().replaceFirst("^https?://[^/]+", "")).toList()));
        services.forEach(s -> assertTrue(model.contains(s, DCAT.servesDataset, two), s + " serves the dataset"));
    }

    /** The demo catalog (deploy/demo), published here, in each syntax: the same graph, with no SHACL result at all. */
    @Test
    void theDemoCatalogConformsToTheMandatoryRecommendedAndRangeShapesInEverySyntax() throws IOException {
        String since = now();
        List<String> identifiers = publishTheDemoCatalog();
        Map<String, Object> query = Map.of("modified_since", since, "size", 500);
        Model jsonLd = get("/api/v1/catalog.jsonld", query);
        Model turtle = get("/api/v1/catalog.ttl", query);
        Model rdfXml = get("/api/v1/catalog.rdf", query);
        assertEquals(identifiers.size(), turtle.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList().size());
        assertTrue(withoutPaging(jsonLd).isIsomorphicWith(withoutPaging(turtle)), "JSON-LD and Turtle say the same");
        assertTrue(withoutPaging(rdfXml).isIsomorphicWith(withoutPaging(turtle)), "RDF/XML and Turtle say the same");
        conforms(turtle, "the demo catalog");
        for (String identifier : identifiers) {
            conforms(get("/api/v1/catalog/datasets/" + identifier + ".ttl", Map.of()), identifier);
        }
    }

    @Test
    void theSyntaxIsChosenBySuffixFormatOrAcceptAndUnknownOnesAreRefused() {
        DatasetWorkflowTest.ensureProducers();
        String id = ReleaseTest.publishAsAdmin(ReleaseTest.quarterly("BPS"));
        String identifier = as("viewer").get("/api/v1/datasets/" + id).then().extract().path("identifier");
        given().accept("text/turtle").get("/api/v1/catalog?size=1").then().statusCode(200)
                .contentType("text/turtle;charset=UTF-8").header("Vary", "Accept")
                .header("Content-Location", org.hamcrest.Matchers.endsWith("/api/v1/catalog.ttl"));
        given().accept("text/turtle").get("/api/v1/catalog?size=1&format=rdf").then().statusCode(200)
                .contentType("application/rdf+xml;charset=UTF-8");
        given().get("/api/v1/catalog?size=1").then().statusCode(200).contentType("application/ld+json;charset=UTF-8");
        given().accept("application/xml").get("/api/v1/catalog").then().statusCode(406)
                .contentType("application/problem+json");
        given().get("/api/v1/catalog?format=xml").then().statusCode(400).body("errors[0].field", equalTo("format"));

        String name = identifier == null ? id : identifier;
        Model one = get("/api/v1/catalog/datasets/" + name + ".rdf", Map.of());
        Resource dataset = one.listSubjectsWithProperty(RDF.type, DCAT.Dataset).next();
        assertTrue(dataset.getURI().endsWith("/api/v1/catalog/datasets/" + id), "its IRI opens this document");
        given().accept("text/turtle").get("/api/v1/catalog/datasets/" + id).then().statusCode(200)
                .contentType("text/turtle;charset=UTF-8");
        given().get("/api/v1/catalog/datasets/" + name + ".xml").then().statusCode(404)
                .contentType("application/problem+json");
        String draft = as("steward-bps").body(DatasetWorkflowTest.dataset("Draf " + UUID.randomUUID(), "BPS"))
                .post("/api/v1/datasets").then().statusCode(201).extract().path("id");
        given().get("/api/v1/catalog/datasets/" + draft + ".ttl").then().statusCode(404);
        given().get("/api/v1/catalog.ttl?modified_since=yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("modified_since"));
        given().queryParam("size", 501).get("/api/v1/catalog.jsonld").then().statusCode(400);
    }

    /** A harvester follows hydra:next from the first page and gets every dataset changed since, once. */
    @Test
    void anIncrementalHarvestFollowsThePagesAndGetsEachChangedDatasetOnce() {
        DatasetWorkflowTest.ensureProducers();
        String since = now();
        Set<String> published = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            published.add(ReleaseTest.publishAsAdmin(ReleaseTest.quarterly(i % 2 == 0 ? "BPS" : "BP2MI")));
        }
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/catalog.ttl?size=2&modified_since=" + java.net.URLEncoder.encode(since,
                java.nio.charset.StandardCharsets.UTF_8);
        int pages = 0;
        Resource lastView = null;
        while (next != null) {
            Model page = get(next.replaceFirst("^https?://[^/]+", ""), Map.of());
            pages++;
            page.listSubjectsWithProperty(RDF.type, DCAT.Dataset)
                    .forEach(d -> seen.add(d.getURI().substring(d.getURI().lastIndexOf('/') + 1)));
            lastView = page.listSubjectsWithProperty(RDF.type, page.createResource(HYDRA + "PartialCollectionView"))
                    .next();
            assertEquals(5, lastView.getProperty(page.createProperty(HYDRA, "totalItems")).getLong());
            assertTrue(property(page, lastView, HYDRA + "first").getURI().contains("catalog.ttl?page=0&size=2&modified_since="));
            Resource link = property(page, lastView, HYDRA + "next");
            next = link == null ? null : link.getURI();
            assertTrue(next == null || next.contains(".ttl?") && next.contains("modified_since="), next);
        }
        assertEquals(3, pages);
        assertNull(property(lastView.getModel(), lastView, HYDRA + "next"));
        assertTrue(property(lastView.getModel(), lastView, HYDRA + "previous").getURI().contains("page=1"));
        assertEquals(published, Set.copyOf(seen));
        assertEquals(5, seen.size(), "each once");
    }

    /** The graph without its Hydra view, whose links name the syntax they are in. */
    private static Model withoutPaging(Model model) {
        Model rest = ModelFactory.createDefaultModel().add(model);
        Resource view = model.listSubjectsWithProperty(RDF.type, model.createResource(HYDRA + "PartialCollectionView"))
                .next();
        assertTrue(view.getURI().contains(".ttl?") || view.getURI().contains(".jsonld?") || view.getURI().contains(".rdf?"));
        rest.removeAll(view, null, null);
        rest.removeAll(null, null, view);
        return rest;
    }

    private static void conforms(Model model, String what) {
        for (String file : SHAPES) {
            Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(file));
            ValidationReport report = ShaclValidator.get().validate(shapes, model.getGraph());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShLib.printReport(out, report);
            assertTrue(report.getEntries().isEmpty(), what + " against " + file + ":\n" + out);
        }
    }

    /** Its organisations and its 22 datasets, each identifier with a suffix of this run; their identifiers. */
    static List<String> publishTheDemoCatalog() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> identifiers = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEMO.resolve("datasets"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String body = Files.readString(file);
                String identifier = body.replaceAll("(?s).*\"identifier\": \"([^\"]+)\".*", "$1");
                String producer = body.replaceAll("(?s).*\"producer\": \"([^\"]+)\".*", "$1");
                organization(producer);
                identifiers.add(identifier + "-" + run);
                ReleaseTest.publishAsAdmin(body.replace("\"" + identifier + "\"", "\"" + identifier + "-" + run + "\""));
            }
        }
        organization("BAPPENAS");
        assertFalse(identifiers.isEmpty());
        return identifiers;
    }

    static void organization(String code) {
        try {
            int status = as("admin").body(Files.readString(DEMO.resolve("organizations/" + code + ".json")))
                    .post("/api/v1/organizations").statusCode();
            assertTrue(status == 201 || status == 409, code + ": " + status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
