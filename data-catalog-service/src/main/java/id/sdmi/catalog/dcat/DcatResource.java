package id.sdmi.catalog.dcat;

import id.sdmi.catalog.dataset.Dataset;
import id.sdmi.web.PageRequest;
import id.sdmi.web.ProblemException;
import id.sdmi.web.Representations;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The DCAT-AP 3 catalog for harvesters, open without a token (only published metadata): in JSON-LD, Turtle or
 * RDF/XML, chosen by the document's suffix, by {@code format} or by {@code Accept}; in pages linked with Hydra; and
 * only what changed since a moment, for incremental harvests.
 */
@Path("/api/v1")
@Tag(name = "DCAT", description = "The catalog for harvesters")
@PermitAll
public class DcatResource {

    static final String DESCRIPTION = "For harvesters such as CKAN's (no token needed: only published metadata). The "
            + "catalog, the two APIs serving it (dcat:DataService), its datasets and distributions, publishers and "
            + "contact points; periodicity, access rights, licences, places, file types and planned availability from "
            + "the EU vocabularies; GCM objectives and MGI domains as SKOS themes. In pages (size at most 500) with a "
            + "hydra:PartialCollectionView (first, last, previous, next, totalItems) whose links keep the syntax and "
            + "modified_since. Datasets are listed in the order they were published; one withdrawn since an earlier "
            + "harvest is simply absent, so an incremental harvester should also run a full one now and then.";
    private static final String TEXT = "A page of the catalog in this syntax";

    private final DcatGraph graph;

    public DcatResource(DcatGraph graph) {
        this.graph = graph;
    }

    @GET
    @Path("catalog")
    @Produces({Representations.JSON_LD, Representations.TURTLE, Representations.RDF_XML})
    @Operation(operationId = "getDcat", summary = "The published datasets as DCAT-AP 3, in the syntax asked for",
            description = DESCRIPTION + " The syntax: format=jsonld|ttl|rdf, else Accept (application/ld+json, "
                    + "text/turtle, application/rdf+xml), else JSON-LD; Content-Location names the document by suffix.")
    @APIResponse(responseCode = "200", description = "A page of the catalog", content = {
        @Content(mediaType = Representations.JSON_LD, schema = @Schema(implementation = DcatDocument.class)),
        @Content(mediaType = Representations.TURTLE, schema = @Schema(type = SchemaType.STRING, maxLength = MAX)),
        @Content(mediaType = Representations.RDF_XML, schema = @Schema(type = SchemaType.STRING, maxLength = MAX))})
    @APIResponse(responseCode = "400", description = "page, size, format or modified_since is not valid")
    @APIResponse(responseCode = "406", description = "none of the syntaxes Accept allows")
    public Response negotiated(@Valid @BeanParam PageRequest page, @QueryParam("modified_since") @Parameter(
            description = SINCE, schema = @Schema(type = SchemaType.STRING, maxLength = 35, example = "2025-01-31T00:00:00Z")) String modifiedSince, @QueryParam("format") @Parameter(description = "jsonld, ttl or "
                    + "rdf: wins over Accept", schema = @Schema(enumeration = {"jsonld", "ttl", "rdf"})) String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        RdfSyntax syntax = RdfSyntax.of(Representations.choose(headers, format, RdfSyntax.types()));
        return catalog(page, modifiedSince, syntax, uri).header("Vary", "Accept")
                .header("Content-Location", uri.getBaseUri().resolve("api/v1/catalog." + syntax.suffix())).build();
    }

    @GET
    @Path("catalog.jsonld")
    @Produces({Representations.JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getDcatCatalog", summary = "The published datasets as DCAT-AP 3 JSON-LD",
            description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "A page of the catalog",
            content = @Content(mediaType = Representations.JSON_LD, schema = @Schema(implementation = DcatDocument.class),
                    examples = @ExampleObject(name = "catalog", value = DcatExamples.CATALOG)))
    @APIResponse(responseCode = "400", description = "page, size or modified_since is not valid")
    public Response jsonLd(@Valid @BeanParam PageRequest page, @QueryParam("modified_since") @Parameter(
            description = SINCE, schema = @Schema(type = SchemaType.STRING, maxLength = 35, example = "2025-01-31T00:00:00Z")) String modifiedSince, @Context UriInfo uri) {
        return catalog(page, modifiedSince, RdfSyntax.JSON_LD, uri).build();
    }

    @GET
    @Path("catalog.ttl")
    @Produces(Representations.TURTLE)
    @Operation(operationId = "getDcatCatalogTurtle", summary = "The published datasets as DCAT-AP 3 Turtle",
            description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = TEXT, content = @Content(mediaType = Representations.TURTLE,
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX)))
    @APIResponse(responseCode = "400", description = "page, size or modified_since is not valid")
    public Response turtle(@Valid @BeanParam PageRequest page, @QueryParam("modified_since") @Parameter(
            description = SINCE, schema = @Schema(type = SchemaType.STRING, maxLength = 35, example = "2025-01-31T00:00:00Z")) String modifiedSince, @Context UriInfo uri) {
        return catalog(page, modifiedSince, RdfSyntax.TURTLE, uri).build();
    }

    @GET
    @Path("catalog.rdf")
    @Produces(Representations.RDF_XML)
    @Operation(operationId = "getDcatCatalogRdfXml", summary = "The published datasets as DCAT-AP 3 RDF/XML",
            description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = TEXT, content = @Content(mediaType = Representations.RDF_XML,
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX)))
    @APIResponse(responseCode = "400", description = "page, size or modified_since is not valid")
    public Response rdfXml(@Valid @BeanParam PageRequest page, @QueryParam("modified_since") @Parameter(
            description = SINCE, schema = @Schema(type = SchemaType.STRING, maxLength = 35, example = "2025-01-31T00:00:00Z")) String modifiedSince, @Context UriInfo uri) {
        return catalog(page, modifiedSince, RdfSyntax.RDF_XML, uri).build();
    }

    @GET
    @Path("catalog/datasets/{document}")
    @Produces({Representations.JSON_LD, Representations.TURTLE, Representations.RDF_XML})
    @Operation(operationId = "getDcatDataset", summary = "One published dataset as DCAT-AP 3",
            description = "The dataset's own DCAT document (its IRI in the catalog opens it), with its distributions, "
                    + "publisher and themes. The syntax: the suffix (.jsonld, .ttl, .rdf), else format, else Accept, "
                    + "else JSON-LD.")
    @APIResponse(responseCode = "200", description = "The dataset", content = {
        @Content(mediaType = Representations.JSON_LD, schema = @Schema(implementation = DcatDocument.class)),
        @Content(mediaType = Representations.TURTLE, schema = @Schema(type = SchemaType.STRING, maxLength = MAX)),
        @Content(mediaType = Representations.RDF_XML, schema = @Schema(type = SchemaType.STRING, maxLength = MAX))})
    @APIResponse(responseCode = "400", description = "format is not one of jsonld, ttl, rdf")
    @APIResponse(responseCode = "404", description = "no published dataset has this id or identifier")
    @APIResponse(responseCode = "406", description = "none of the syntaxes Accept allows")
    public Response dataset(@PathParam("document") @Parameter(description = "The dataset's id or identifier, "
            + "optionally with a suffix: bps-sakernas.ttl", schema = @Schema(maxLength = 120, pattern = DOCUMENT))
            String document, @QueryParam("format") @Parameter(description = "jsonld, ttl or rdf", schema = @Schema(
                    enumeration = {"jsonld", "ttl", "rdf"})) String format, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        int dot = document.lastIndexOf('.');
        String name = dot < 0 ? document : document.substring(0, dot);
        RdfSyntax syntax = dot < 0 ? RdfSyntax.of(Representations.choose(headers, format, RdfSyntax.types()))
                : RdfSyntax.bySuffix(document.substring(dot + 1)).orElseThrow(() -> ProblemException.notFound(
                        "no catalog document " + document + " (the suffixes are .jsonld, .ttl and .rdf)"));
        Dataset dataset = Dataset.findPublished(name)
                .orElseThrow(() -> ProblemException.notFound("no published dataset " + name));
        return write(graph.dataset(uri.getBaseUri(), dataset), syntax).header("Vary", "Accept").build();
    }

    static final String SINCE = "Only datasets changed at or after this moment (ISO 8601 date or date-time, e.g. "
            + "2025-01-31 or 2025-01-31T00:00:00Z): for incremental harvests";
    static final String DOCUMENT = "^[A-Za-z0-9-]{1,110}(\\.(jsonld|ttl|rdf))?$";
    static final int MAX = 50_000_000;

    private Response.ResponseBuilder catalog(PageRequest page, String modifiedSince, RdfSyntax syntax, UriInfo uri) {
        DcatGraph.Page asked = new DcatGraph.Page(page.page, page.size, since(modifiedSince), syntax);
        return write(graph.catalog(uri.getBaseUri(), asked), syntax);
    }

    static OffsetDateTime since(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("modified_since", "must be an ISO 8601 date or date-time with its offset, "
                    + "such as 2025-01-31 or 2025-01-31T00:00:00Z");
        }
    }

    private static Response.ResponseBuilder write(Model model, RdfSyntax syntax) {
        StreamingOutput body = out -> RDFWriter.source(model).format(syntax.format()).output(out);
        return Response.ok(body, syntax.type().withCharset("UTF-8"));
    }
}
