package id.sdmi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepresentationsTest {

    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;
    private static final MediaType CSV = MediaType.valueOf(Representations.CSV);

    /** The Accept header as JAX-RS hands it over: most preferred first. */
    private static HttpHeaders accept(String... types) {
        List<MediaType> acceptable = Arrays.stream(types).map(MediaType::valueOf).toList();
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableMediaTypes")) {
                        return acceptable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theFormatParameterWinsOverAccept() {
        assertEquals(CSV, Representations.choose(accept("application/json"), "csv", JSON, CSV));
        assertEquals(JSON, Representations.choose(accept("text/csv"), "json", JSON, CSV));
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> Representations.choose(accept(), "xml", JSON, CSV));
        assertEquals(400, unknown.problem().status());
    }

    @Test
    void acceptDecidesInTheCallersOrderAndWildcardsTakeTheDefault() {
        assertEquals(JSON, Representations.choose(accept(), null, JSON, CSV));
        assertEquals(JSON, Representations.choose(accept("*/*"), null, JSON, CSV));
        assertEquals(CSV, Representations.choose(accept("text/csv", "*/*;q=0.1"), null, JSON, CSV));
        assertEquals(CSV, Representations.choose(accept("text/*"), null, JSON, CSV));
        // refused outright (q=0): the next one
        assertEquals(JSON, Representations.choose(accept("text/csv;q=0", "application/json"), null, CSV, JSON));
    }

    @Test
    void nothingAcceptableIs406() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Representations.choose(accept("application/xml"), null, JSON, CSV));
        assertEquals(406, refused.problem().status());
    }

    @Test
    void sdmxCsvIsNamedByItsFormatAndServedOnlyInItsVersion() {
        MediaType sdmx = Representations.SDMX_CSV_TYPE;
        assertEquals(sdmx, Representations.choose(accept(), "sdmx-csv", JSON, sdmx));
        assertEquals(sdmx, Representations.choose(accept("application/vnd.sdmx.data+csv;version=2.0.0"), null, JSON, sdmx));
        assertEquals(sdmx, Representations.choose(accept("application/vnd.sdmx.data+csv"), null, JSON, sdmx));
        assertEquals(406, assertThrows(ProblemException.class, () -> Representations.choose(
                accept("application/vnd.sdmx.data+csv;version=1.0.0"), null, JSON, sdmx)).problem().status());
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> Representations.choose(accept(), "vnd.sdmx.data+csv", JSON, sdmx));
        assertEquals("must be one of json, sdmx-csv", unknown.problem().errors().get(0).message());
    }

    @Test
    void theRdfSyntaxesAreNamedByTheirFileSuffixes() {
        MediaType jsonLd = MediaType.valueOf(Representations.JSON_LD);
        MediaType turtle = MediaType.valueOf(Representations.TURTLE);
        MediaType rdfXml = MediaType.valueOf(Representations.RDF_XML);
        assertEquals(turtle, Representations.choose(accept("application/json"), "ttl", jsonLd, turtle, rdfXml));
        assertEquals(rdfXml, Representations.choose(accept(), "rdf", jsonLd, turtle, rdfXml));
        assertEquals(turtle, Representations.choose(accept("text/turtle;q=0.9", "application/rdf+xml;q=0.5"), null,
                jsonLd, turtle, rdfXml));
        assertEquals(jsonLd, Representations.choose(accept(), null, jsonLd, turtle, rdfXml));
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> Representations.choose(accept(), "turtle", jsonLd, turtle, rdfXml));
        assertEquals("must be one of jsonld, ttl, rdf", unknown.problem().errors().get(0).message());
    }
}
