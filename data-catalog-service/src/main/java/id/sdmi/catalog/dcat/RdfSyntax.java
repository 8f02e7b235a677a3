package id.sdmi.catalog.dcat;

import id.sdmi.web.Representations;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes the catalog is written in, each with its media type and the suffix of its documents. */
public enum RdfSyntax {
    JSON_LD("jsonld", Representations.JSON_LD, RDFFormat.JSONLD11),
    TURTLE("ttl", Representations.TURTLE, RDFFormat.TURTLE_PRETTY),
    RDF_XML("rdf", Representations.RDF_XML, RDFFormat.RDFXML_PLAIN);

    private final String suffix;
    private final MediaType type;
    private final RDFFormat format;

    RdfSyntax(String suffix, String type, RDFFormat format) {
        this.suffix = suffix;
        this.type = MediaType.valueOf(type);
        this.format = format;
    }

    public String suffix() {
        return suffix;
    }

    public MediaType type() {
        return type;
    }

    RDFFormat format() {
        return format;
    }

    static MediaType[] types() {
        return Arrays.stream(values()).map(RdfSyntax::type).toArray(MediaType[]::new);
    }

    static RdfSyntax of(MediaType type) {
        return Arrays.stream(values()).filter(s -> s.type.isCompatible(type)).findFirst().orElseThrow();
    }

    static Optional<RdfSyntax> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(s -> s.suffix.equals(suffix)).findFirst();
    }
}
