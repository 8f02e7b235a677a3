package id.sdmi.catalog.dataset;

import id.sdmi.catalog.CurrentCaller;
import id.sdmi.catalog.Roles;
import id.sdmi.catalog.dataset.DatasetRecords.DatasetInput;
import id.sdmi.catalog.dataset.DatasetRecords.DatasetView;
import id.sdmi.catalog.dataset.DatasetRecords.HistoryEntry;
import id.sdmi.catalog.dataset.DatasetRecords.ReturnRequest;
import id.sdmi.catalog.Caller;
import id.sdmi.web.IfMatch;
import id.sdmi.web.ETags;
import id.sdmi.web.OpenApiConventions;
import id.sdmi.web.Problem;
import id.sdmi.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

@Path("/api/v1/datasets")
@Tag(name = "Datasets", description = "The NSDR's migration data sources and their Satu Data Indonesia flow")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DatasetResource {

    private static final String ID = "The dataset's id";
    private static final String ID_EXAMPLE = "7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10";

    private final DatasetService datasets;
    private final CurrentCaller caller;

    public DatasetResource(DatasetService datasets, CurrentCaller caller) {
        this.datasets = datasets;
        this.caller = caller;
    }

    private Caller caller() {
        return caller.get();
    }

    @GET
    @Path("export")
    @Produces(DatasetCsv.MEDIA_TYPE)
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "exportDatasets", summary = "Export datasets as CSV",
            description = "Every dataset the caller may see, one row each, for a spreadsheet: UTF-8, a header row, "
                    + "lists separated by ';', distributions by their access URLs.")
    @APIResponse(responseCode = "200", description = "The CSV, as an attachment (nsdr-datasets.csv)",
            headers = @Header(name = "Content-Disposition", description = "The file name to save it under",
                    schema = @Schema(type = SchemaType.STRING, enumeration = DatasetCsv.DISPOSITION)),
            content = @Content(mediaType = DatasetCsv.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = DatasetCsv.MAX_LENGTH,
                            description = "UTF-8 CSV with a header row; about a kilobyte a dataset, so its length grows "
                                    + "with the catalog (stated: the most a client's string can hold)"),
                    examples = @ExampleObject(name = "csv", value = DatasetExamples.CSV)))
    public Response export() {
        List<DatasetView> all = datasets.all(caller());
        StreamingOutput body = out -> DatasetCsv.write(all, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return Response.ok(body, DatasetCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", DatasetCsv.DISPOSITION).build();
    }

    @POST
    @RolesAllowed({Roles.DATA_STEWARD, Roles.ADMIN})
    @Operation(operationId = "createDataset", summary = "Describe a dataset (a draft)",
            description = "A data steward describes a dataset of their own organisation (token claim org = producer; "
                    + "another organisation's is 403).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DatasetInput.class),
            examples = @ExampleObject(name = "sakernas", value = DatasetExamples.INPUT)))
    @APIResponse(responseCode = "201", description = "The draft; its ETag in the header",
            headers = {@Header(ref = OpenApiConventions.LOCATION), @Header(ref = OpenApiConventions.ETAG)},
            content = @Content(schema = @Schema(implementation = DatasetView.class),
                    examples = @ExampleObject(name = "draft", value = DatasetExamples.DRAFT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields (e.g. a GCM objective outside "
            + "1-23, a bad URL)", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = DatasetExamples.INVALID)))
    @APIResponse(responseCode = "409", description = "Another dataset of your organisation already has this identifier")
    @APIResponse(responseCode = "422", description = "Unknown producer or region code, an identifier not starting with "
            + "the producer's code, or a coverage ending before it starts", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "producer", value = DatasetExamples.UNKNOWN_PRODUCER)))
    public RestResponse<DatasetView> create(@Valid @NotNull(message = "a JSON body is required") DatasetInput input,
            UriInfo uri) {
        Dataset created = datasets.create(input, caller());
        return Responses.created(uri, created.id.toString(), DatasetService.view(created), ETags.of(created.id, created.rowVersion));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getDataset", summary = "Get a dataset",
            description = "With its ETag, which a change sends back as If-Match. Another organisation's unpublished "
                    + "dataset is 404.")
    @APIResponse(responseCode = "200", description = "The dataset", headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = DatasetView.class),
                    examples = @ExampleObject(name = "dataset", value = DatasetExamples.PUBLISHED)))
    @APIResponse(responseCode = "404", description = "No such dataset, or not yours to see")
    public RestResponse<DatasetView> get(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id) {
        Dataset found = datasets.visible(id, caller());
        return Responses.ok(DatasetService.view(found), ETags.of(found.id, found.rowVersion));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.DATA_STEWARD, Roles.ADMIN})
    @Operation(operationId = "updateDataset", summary = "Change a dataset",
            description = "Its producer's data steward changes it as a draft, when returned, or once published "
                    + "(announced as sdmi.catalog.dataset.changed.v1); the producer stays. A stale If-Match gets 412.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DatasetInput.class),
            examples = @ExampleObject(name = "sakernas", value = DatasetExamples.INPUT)))
    @APIResponse(responseCode = "200", description = "Changed; the new ETag in the header",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = DatasetView.class),
                    examples = @ExampleObject(name = "dataset", value = DatasetExamples.DRAFT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields, or another producer")
    @APIResponse(responseCode = "404", description = "No such dataset, or not yours to see")
    @APIResponse(responseCode = "409", description = "Under verification or retired, or another dataset of your "
            + "organisation already has this identifier")
    @APIResponse(responseCode = "412", description = "Changed since you read it (a stale If-Match)")
    @APIResponse(responseCode = "422", description = "Unknown region code, an identifier not starting with the "
            + "producer's code, or a coverage ending before it starts")
    public RestResponse<DatasetView> update(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") DatasetInput input,
            @BeanParam IfMatch ifMatch) {
        return answer(datasets.update(id, input, ifMatch.value, caller()));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.DATA_STEWARD, Roles.ADMIN})
    @Operation(operationId = "submitDataset", summary = "Submit for verification",
            description = "DRAFT or RETURNED -> SUBMITTED, by its producer's steward.")
    @APIResponse(responseCode = "200", description = "Submitted; the new ETag in the header",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = DatasetView.class),
                    examples = @ExampleObject(name = "submitted", value = DatasetExamples.SUBMITTED)))
    @APIResponse(responseCode = "404", description = "No such dataset, or not yours to see")
    @APIResponse(responseCode = "409", description = "Not a draft or returned dataset")
    @APIResponse(responseCode = "412", description = "Changed since you read it (a stale If-Match)")
    public RestResponse<DatasetView> submit(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch) {
        return answer(datasets.submit(id, ifMatch.value, caller()));
    }

    @POST
    @Path("{id}/verify")
    @RolesAllowed({Roles.WALIDATA, Roles.ADMIN})
    @Operation(operationId = "verifyDataset", summary = "Verify a submitted dataset",
            description = "SUBMITTED -> VERIFIED, by a walidata.")
    @APIResponse(responseCode = "200", description = "Verified; the new ETag in the header",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = DatasetView.class),
                    examples = @ExampleObject(name = "verified", value = DatasetExamples.VERIFIED)))
    @APIResponse(responseCode = "404", description = "No such dataset")
    @APIResponse(responseCode = "409", description = "Not submitted", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "draft", value = DatasetExamples.NOT_SUBMITTED)))
    @APIResponse(responseCode = "412", description = "Changed since you read it (a stale If-Match)")
    public RestResponse<DatasetView> verify(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch) {
        return answer(datasets.verify(id, ifMatch.value, caller()));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed({Roles.WALIDATA, Roles.ADMIN})
    @Operation(operationId = "returnDataset", summary = "Return a submitted dataset with reasons",
            description = "SUBMITTED -> RETURNED, by a walidata; its steward changes it and submits it again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReturnRequest.class),
            examples = @ExampleObject(name = "reasons", value = DatasetExamples.RETURN_REQUEST)))
    @APIResponse(responseCode = "200", description = "Returned; the new ETag in the header",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = DatasetView.class),
                    examples = @ExampleObject(name = "returned", value = DatasetExamples.RETURNED)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, no reasons, or a blank or too long one")
    @APIResponse(responseCode = "404", description = "No such dataset")
    @APIResponse(responseCode = "409", description = "Not submitted")
    @APIResponse(responseCode = "412", description = "Changed since you read it (a stale If-Match)")
    public RestResponse<DatasetView> giveBack(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body with reasons is required") ReturnRequest request,
            @BeanParam IfMatch ifMatch) {
        return answer(datasets.giveBack(id, request.reasons(), ifMatch.value, caller()));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Roles.WALIDATA, Roles.ADMIN})
    @Operation(operationId = "publishDataset", summary = "Publish a verified dataset",
            description = "VERIFIED -> PUBLISHED, by a walidata; announced as sdmi.catalog.dataset.published.v1.")
    @APIResponse(responseCode = "200", description = "Published; the new ETag in the header",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = DatasetView.class),
                    examples = @ExampleObject(name = "published", value = DatasetExamples.PUBLISHED)))
    @APIResponse(responseCode = "404", description = "No such dataset")
    @APIResponse(responseCode = "409", description = "Not verified")
    @APIResponse(responseCode = "412", description = "Changed since you read it (a stale If-Match)")
    public RestResponse<DatasetView> publish(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch) {
        return answer(datasets.publish(id, ifMatch.value, caller()));
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed({Roles.DATA_STEWARD, Roles.WALIDATA, Roles.ADMIN})
    @Operation(operationId = "retireDataset", summary = "Retire a published dataset",
            description = "PUBLISHED -> RETIRED, by its producer's steward or a walidata; announced as "
                    + "sdmi.catalog.dataset.retired.v1 (evidence may no longer cite it).")
    @APIResponse(responseCode = "200", description = "Retired; the new ETag in the header",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = DatasetView.class),
                    examples = @ExampleObject(name = "retired", value = DatasetExamples.RETIRED)))
    @APIResponse(responseCode = "404", description = "No such dataset, or not yours to see")
    @APIResponse(responseCode = "409", description = "Not published")
    @APIResponse(responseCode = "412", description = "Changed since you read it (a stale If-Match)")
    public RestResponse<DatasetView> retire(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch) {
        return answer(datasets.retire(id, ifMatch.value, caller()));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getDatasetHistory", summary = "Every change of a dataset",
            description = "Who, when, what, and the dataset as it was after; oldest first. Every change is kept; the "
                    + "answer holds the latest " + DatasetRecords.HISTORY_MAX + ".")
    @APIResponse(responseCode = "200", description = "Oldest first", content = @Content(schema = @Schema(
            type = SchemaType.ARRAY, implementation = HistoryEntry.class, maxItems = DatasetRecords.HISTORY_MAX),
            examples = @ExampleObject(name = "history", value = DatasetExamples.HISTORY)))
    @APIResponse(responseCode = "404", description = "No such dataset, or not yours to see")
    public List<HistoryEntry> history(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") UUID id) {
        return datasets.history(id, caller());
    }

    private static RestResponse<DatasetView> answer(Dataset dataset) {
        return Responses.ok(DatasetService.view(dataset), ETags.of(dataset.id, dataset.rowVersion));
    }
}
