package id.sdmi.catalog.review;

import id.sdmi.catalog.CurrentCaller;
import id.sdmi.catalog.Roles;
import id.sdmi.catalog.review.ReviewRecords.ReviewInput;
import id.sdmi.catalog.review.ReviewRecords.ReviewPage;
import id.sdmi.catalog.review.ReviewRecords.ReviewView;
import id.sdmi.web.Codes;
import id.sdmi.web.IfMatch;
import id.sdmi.web.ETags;
import id.sdmi.web.OpenApiConventions;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import id.sdmi.web.Problem;
import id.sdmi.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    private static final String ID = "The review's id";
    private static final String ID_EXAMPLE = "0d6f3a8e-2b4c-4d1e-9f7a-5c3b2a1d0e9f";

    private final ReviewService reviews;
    private final CurrentCaller caller;

    public ReviewResource(ReviewService reviews, CurrentCaller caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listReviews", summary = "List review findings",
            description = "Newest first; of one dataset or one producer's datasets.")
    @APIResponse(responseCode = "200", description = "A page of reviews",
            content = @Content(schema = @Schema(implementation = ReviewPage.class),
                    examples = @ExampleObject(name = "page", value = ReviewExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "page, size or producer out of range")
    public Page<ReviewView> list(
            @Parameter(description = "Only this dataset's reviews", example = "7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10")
            @QueryParam("datasetId") UUID datasetId,
            @Parameter(description = "Only reviews of this producer's datasets", example = "BPS", schema = @Schema(
                    type = SchemaType.STRING, maxLength = Codes.CODE_LENGTH,
                    pattern = Codes.CODE))
            @Size(max = Codes.CODE_LENGTH, message = "must be at most 40 characters")
            @QueryParam("producer") String producer,
            @Valid @BeanParam PageRequest page) {
        return reviews.list(datasetId, producer, page);
    }

    @POST
    @RolesAllowed({Roles.WALIDATA, Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "createReview", summary = "Record a review's findings on a dataset",
            description = "By a walidata or a catalog editor, on a published (or retired) dataset.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReviewInput.class),
            examples = @ExampleObject(name = "review", value = ReviewExamples.INPUT)))
    @APIResponse(responseCode = "201", description = "Recorded; its ETag in the header",
            headers = {@Header(ref = OpenApiConventions.LOCATION), @Header(ref = OpenApiConventions.ETAG)},
            content = @Content(schema = @Schema(implementation = ReviewView.class),
                    examples = @ExampleObject(name = "review", value = ReviewExamples.REVIEW)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a bad field: objective outside 1-23, unknown "
            + "rating, ...")
    @APIResponse(responseCode = "409", description = "The dataset is not published (nor retired)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "draft", value = ReviewExamples.NOT_PUBLISHED)))
    @APIResponse(responseCode = "422", description = "No such dataset, or a day in the future")
    public RestResponse<ReviewView> create(@Valid @NotNull(message = "a JSON body is required") ReviewInput input,
            UriInfo uri) {
        Review review = reviews.create(input, caller.get());
        return Responses.created(uri, review.id.toString(), ReviewService.view(review), ETags.of(review.id, review.rowVersion));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getReview", summary = "Get a review",
            description = "With its ETag, which a change sends back as If-Match.")
    @APIResponse(responseCode = "200", description = "The review", headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = ReviewView.class),
                    examples = @ExampleObject(name = "review", value = ReviewExamples.REVIEW)))
    @APIResponse(responseCode = "404", description = "No such review")
    public RestResponse<ReviewView> get(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id) {
        Review review = reviews.get(id);
        return Responses.ok(ReviewService.view(review), ETags.of(review.id, review.rowVersion));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.WALIDATA, Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "updateReview", summary = "Change a review",
            description = "By a walidata or a catalog editor; the dataset stays. A stale If-Match gets 412.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReviewInput.class),
            examples = @ExampleObject(name = "review", value = ReviewExamples.INPUT)))
    @APIResponse(responseCode = "200", description = "Changed; the new ETag in the header",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = ReviewView.class),
                    examples = @ExampleObject(name = "review", value = ReviewExamples.REVIEW)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a bad field, or another dataset")
    @APIResponse(responseCode = "404", description = "No such review")
    @APIResponse(responseCode = "409", description = "The dataset is no longer published (nor retired)")
    @APIResponse(responseCode = "412", description = "Changed since you read it (a stale If-Match)")
    @APIResponse(responseCode = "422", description = "A day in the future")
    public RestResponse<ReviewView> update(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ReviewInput input,
            @BeanParam IfMatch ifMatch) {
        Review review = reviews.update(id, input, ifMatch.value, caller.get());
        return Responses.ok(ReviewService.view(review), ETags.of(review.id, review.rowVersion));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.WALIDATA, Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteReview", summary = "Remove a review",
            description = "By a walidata or a catalog editor. A stale If-Match gets 412.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such review")
    @APIResponse(responseCode = "412", description = "Changed since you read it (a stale If-Match)")
    public void delete(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch) {
        reviews.delete(id, ifMatch.value);
    }
}
