package id.sdmi.catalog.dcat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI shape of a page of the DCAT catalog: a JSON-LD document is JSON, so a generated client reads it as an
 * object (a string schema would make it parse JSON into a string and fail); its nodes are for a JSON-LD or RDF library.
 */
@Schema(name = "DcatDocument", description = "A page of the catalog as a JSON-LD document (DCAT-AP 3): the prefixes "
        + "of its vocabularies and the graph of the catalog, its datasets, distributions, publishers and contact points")
final class DcatDocument {

    /** A page of 500 datasets has some 11,000 nodes (a dataset, up to 20 distributions, a contact point each). */
    static final int MAX_NODES = 100_000;

    @JsonProperty("@context")
    @Schema(required = true, maxProperties = 100, description = "Vocabulary prefixes and their IRIs (dcat, dct, ...)")
    public Map<String, Object> context;

    @JsonProperty("@graph")
    @Schema(required = true, maxItems = MAX_NODES, description = "The nodes of this page, each with @id and @type")
    public List<Map<String, Object>> graph;

    private DcatDocument() {
    }
}
