package id.sdmi.catalog.review;

import id.sdmi.catalog.CurrentCaller;
import id.sdmi.catalog.Roles;
import id.sdmi.catalog.review.ReviewRecords.ReviewInput;
import id.sdmi.catalog.review.ReviewRecords.ReviewView;
import id.sdmi.web.ETags;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import id.sdmi.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/reviews")
@Tag(name = "NSDR reviews", description = "What the National Secondary Data Review found about each data source")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    static final String INPUT_EXAMPLE = """
            {"datasetId":"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10","reviewedOn":"2024-08-15",\
            "relevance":{"gcmObjectives":[1,6],"mgiDomains":["D4"],"note":"Core source on migrant workers' employment"},\
            "quality":{"timeliness":"GOOD","coverage":"FAIR","disaggregation":"GOOD","accessibility":"FAIR",\
            "note":"Microdata on request"},"gaps":["No question on the country of previous residence"],\
            "recommendations":["Add a migration module every five years"],"summary":"A reliable, regular source."}""";

    private final ReviewService reviews;
    private final CurrentCaller caller;

    public ReviewResource(ReviewService reviews, CurrentCaller caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List review findings", description = "Newest first; of one dataset or one producer's datasets.")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    public Page<ReviewView> list(
            @Parameter(description = "Only this dataset's reviews") @QueryParam("datasetId") UUID datasetId,
            @Parameter(description = "Only reviews of this producer's datasets", example = "BPS") @QueryParam("producer") String producer,
            @Valid @BeanParam PageRequest page) {
        return reviews.list(datasetId, producer, page);
    }

    @POST
    @RolesAllowed({Roles.WALIDATA, Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Record a review's findings on a dataset",
            description = "By a walidata or a catalog editor, on a published (or retired) dataset.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "review", value = INPUT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; its ETag in the header")
    @APIResponse(responseCode = "400", description = "A bad field: objective outside 1-23, unknown rating, …")
    @APIResponse(responseCode = "409", description = "The dataset is not published")
    @APIResponse(responseCode = "422", description = "No such dataset, or a day in the future")
    public RestResponse<ReviewView> create(@Valid @NotNull(message = "a JSON body is required") ReviewInput input,
            UriInfo uri) {
        Review review = reviews.create(input, caller.get());
        return Responses.created(uri, review.id.toString(), ReviewService.view(review), ETags.of(0, review.rowVersion));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a review")
    @APIResponse(responseCode = "200", description = "The review")
    @APIResponse(responseCode = "404", description = "No such review")
    public RestResponse<ReviewView> get(@PathParam("id") UUID id) {
        Review review = reviews.get(id);
        return Responses.ok(ReviewService.view(review), ETags.of(0, review.rowVersion));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.WALIDATA, Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Change a review", description = "A stale If-Match gets 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "review", value = INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "412", description = "Changed since you read it")
    public RestResponse<ReviewView> update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ReviewInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Review review = reviews.update(id, input, ifMatch, caller.get());
        return Responses.ok(ReviewService.view(review), ETags.of(0, review.rowVersion));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.WALIDATA, Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Remove a review")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        reviews.delete(id, ifMatch);
    }
}
