package id.sdmi.catalog.search;

import id.sdmi.catalog.CurrentCaller;
import id.sdmi.catalog.Roles;
import id.sdmi.catalog.dataset.DatasetExamples;
import id.sdmi.catalog.search.DatasetSearch.SearchPage;
import id.sdmi.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The NSDR's search: full text, facets, sorting, paging, under the Datasets tag. */
@Path("/api/v1/datasets")
@Tag(name = "Datasets")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetSearchResource {

    private final DatasetSearch search;
    private final CurrentCaller caller;

    public DatasetSearchResource(DatasetSearch search, CurrentCaller caller) {
        this.search = search;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "searchDatasets", summary = "Search datasets",
            description = "Full text in Indonesian and English (ranked), facets, sorting, a page at a time. Values of "
                    + "producer, sourceType, access, geographicLevel and status: any of those given; of topic, "
                    + "gcmObjective, mgiDomain and disaggregation: all of them. The facets count all that matched. "
                    + "Everyone sees published and retired datasets; a data steward also their organisation's drafts, a "
                    + "walidata everything. An unknown facet value is 400, not an empty page.")
    @APIResponse(responseCode = "200", description = "A page of datasets with the facets",
            content = @Content(schema = @Schema(implementation = SearchPage.class),
                    examples = @ExampleObject(name = "page", value = DatasetExamples.SEARCH_PAGE)))
    @APIResponse(responseCode = "400", description = "An unknown facet value or sort, relevance without words, a page "
            + "beyond the first 10,000 datasets", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "facet", value = DatasetExamples.BAD_FACET)))
    public SearchPage search(@Valid @BeanParam SearchQuery query) {
        return search.search(query, caller.get());
    }
}
