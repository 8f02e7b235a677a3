package id.sdmi.catalog.dcat;

import id.sdmi.web.Representations;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sdmi.web.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog.jsonld")
@Tag(name = "DCAT", description = "The catalog for harvesters")
public class DcatResource {

    public static final String JSON_LD = Representations.JSON_LD;

    private final DcatCatalog catalog;

    public DcatResource(DcatCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @PermitAll
    @Produces({JSON_LD, "application/json"})
    @Operation(operationId = "getDcatCatalog", summary = "The published datasets as DCAT-AP 3 JSON-LD",
            description = "For harvesters such as CKAN's (no token needed: only published metadata). The catalog, its "
                    + "datasets and distributions, publishers, contact points; periodicity, access rights, places and "
                    + "languages from the EU vocabularies; GCM objectives and MGI domains as SKOS themes. More than one "
                    + "page (size at most 500): linked with hydra:next.")
    @APIResponse(responseCode = "200", description = "A page of the catalog",
            content = @Content(mediaType = JSON_LD, schema = @Schema(implementation = DcatDocument.class),
                    examples = @ExampleObject(name = "catalog", value = DcatExamples.CATALOG)))
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public ObjectNode catalog(@Valid @BeanParam PageRequest page, UriInfo uri) {
        return catalog.page(uri.getBaseUri(), page);
    }
}
