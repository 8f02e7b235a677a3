package id.sdmi.catalog.dataset;

import id.sdmi.catalog.CurrentCaller;
import id.sdmi.catalog.Roles;
import id.sdmi.catalog.dataset.DatasetRecords.DatasetInput;
import id.sdmi.catalog.dataset.DatasetRecords.DatasetView;
import id.sdmi.catalog.dataset.DatasetRecords.HistoryEntry;
import id.sdmi.catalog.dataset.DatasetRecords.ReturnRequest;
import id.sdmi.catalog.dataset.DatasetService.Caller;
import id.sdmi.catalog.search.DatasetSearch;
import id.sdmi.catalog.search.DatasetSearch.SearchPage;
import id.sdmi.catalog.search.SearchQuery;
import id.sdmi.web.ETags;
import id.sdmi.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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

    static final String INPUT_EXAMPLE = """
            {"title":{"id":"Survei Angkatan Kerja Nasional (Sakernas)","en":"National Labour Force Survey"},\
            "description":{"id":"Survei rumah tangga tentang ketenagakerjaan.","en":"Household survey of employment."},\
            "producer":"BPS","sourceType":"SURVEY","periodicity":"SEMIANNUAL","topics":["labour-migration"],\
            "gcmObjectives":[1,6],"mgiDomains":["D4"],"temporalCoverage":{"start":1986,"end":null},\
            "geographicLevel":"REGENCY","disaggregations":["SEX","AGE"],"access":"OPEN","licence":"CC-BY-4.0",\
            "contact":{"name":"Direktorat Statistik Kependudukan","email":"data@example.go.id"},\
            "distributions":[{"title":"Tabel","accessUrl":"https://www.bps.go.id/","format":"HTML","mediaType":"text/html"}]}""";
    static final String VIEW_EXAMPLE = """
            {"id":"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10","status":"DRAFT","title":{"id":"Survei Angkatan Kerja Nasional \
            (Sakernas)","en":"National Labour Force Survey"},"producer":"BPS","sourceType":"SURVEY","periodicity":"SEMIANNUAL"}""";

    private final DatasetService datasets;
    private final DatasetSearch search;
    private final CurrentCaller caller;

    public DatasetResource(DatasetService datasets, DatasetSearch search, CurrentCaller caller) {
        this.datasets = datasets;
        this.search = search;
        this.caller = caller;
    }

    private Caller caller() {
        return caller.get();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Search datasets", description = "Full text in Indonesian and English (ranked), facets, "
            + "sorting, a page at a time. Values of producer, sourceType, access, geographicLevel and status: any of "
            + "those given; of topic, gcmObjective, mgiDomain and disaggregation: all of them. The facets count all "
            + "that matched. Everyone sees published and retired datasets; a data steward also their organisation's "
            + "drafts, a walidata everything. An unknown facet value is 400, not an empty page.")
    @APIResponse(responseCode = "200", description = "A page of datasets with the facets", content = @Content(
            examples = @ExampleObject(name = "page", value = "{\"items\":[" + VIEW_EXAMPLE + "],\"page\":0,\"size\":20,"
                    + "\"total\":7,\"sort\":\"relevance\",\"facets\":{\"producer\":{\"BPS\":4,\"BP2MI\":3},"
                    + "\"access\":{\"OPEN\":6,\"RESTRICTED\":1}}}")))
    @APIResponse(responseCode = "400", description = "An unknown facet value or sort, a page beyond 10,000 datasets")
    public SearchPage search(@Valid @BeanParam SearchQuery query) {
        return search.search(query, caller());
    }

    @GET
    @Path("export")
    @Produces(DatasetCsv.MEDIA_TYPE)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Export datasets as CSV",
            description = "Every dataset the caller may see, one row each, for a spreadsheet: UTF-8, a header row, "
                    + "lists separated by ';', distributions by their access URLs.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = DatasetCsv.MEDIA_TYPE,
            examples = @ExampleObject(name = "csv", value = """
                    id,status,producer,title_id,title_en,source_type,periodicity,topics,gcm_objectives,mgi_domains,...
                    7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10,PUBLISHED,BPS,Survei Angkatan Kerja Nasional,...""")))
    public Response export() {
        List<DatasetView> all = datasets.all(caller());
        StreamingOutput body = out -> DatasetCsv.write(all, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return Response.ok(body, DatasetCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"nsdr-datasets.csv\"").build();
    }

    @POST
    @RolesAllowed({Roles.DATA_STEWARD, Roles.ADMIN})
    @Operation(summary = "Describe a dataset (a draft)",
            description = "A data steward describes a dataset of their own organisation (token claim org = producer).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "sakernas", value = INPUT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The draft; its ETag in the header",
            content = @Content(examples = @ExampleObject(name = "draft", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields (e.g. a GCM objective outside 1-23, a bad URL)")
    @APIResponse(responseCode = "403", description = "Another organisation's dataset")
    @APIResponse(responseCode = "422", description = "Unknown producer or region code")
    public RestResponse<DatasetView> create(@Valid @NotNull(message = "a JSON body is required") DatasetInput input,
            UriInfo uri) {
        Dataset created = datasets.create(input, caller());
        return Responses.created(uri, created.id.toString(), DatasetService.view(created), ETags.of(0, created.rowVersion));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a dataset", description = "Another organisation's unpublished dataset is 404.")
    @APIResponse(responseCode = "200", description = "The dataset",
            content = @Content(examples = @ExampleObject(name = "dataset", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such dataset, or not yours to see")
    public RestResponse<DatasetView> get(@PathParam("id") UUID id) {
        Dataset found = datasets.visible(id, caller());
        return Responses.ok(DatasetService.view(found), ETags.of(0, found.rowVersion));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.DATA_STEWARD, Roles.ADMIN})
    @Operation(summary = "Change a dataset",
            description = "Its producer's data steward changes it as a draft, when returned, or once published "
                    + "(announced as sdmi.catalog.dataset.changed.v1). A stale If-Match gets 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "sakernas", value = INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(examples = @ExampleObject(name = "dataset", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Under verification or retired")
    public RestResponse<DatasetView> update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") DatasetInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(datasets.update(id, input, ifMatch, caller()));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.DATA_STEWARD, Roles.ADMIN})
    @Operation(summary = "Submit for verification", description = "DRAFT or RETURNED -> SUBMITTED, by its producer's steward.")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(examples = @ExampleObject(
            name = "submitted", value = "{\"id\":\"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10\",\"status\":\"SUBMITTED\"}")))
    @APIResponse(responseCode = "409", description = "Not a draft or returned dataset")
    public RestResponse<DatasetView> submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(datasets.submit(id, ifMatch, caller()));
    }

    @POST
    @Path("{id}/verify")
    @RolesAllowed({Roles.WALIDATA, Roles.ADMIN})
    @Operation(summary = "Verify a submitted dataset", description = "SUBMITTED -> VERIFIED, by a walidata.")
    @APIResponse(responseCode = "200", description = "Verified", content = @Content(examples = @ExampleObject(
            name = "verified", value = "{\"id\":\"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10\",\"status\":\"VERIFIED\"}")))
    @APIResponse(responseCode = "409", description = "Not submitted")
    public RestResponse<DatasetView> verify(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(datasets.verify(id, ifMatch, caller()));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed({Roles.WALIDATA, Roles.ADMIN})
    @Operation(summary = "Return a submitted dataset with reasons", description = "SUBMITTED -> RETURNED, by a walidata.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reasons",
            value = "{\"reasons\":[\"The contact e-mail is missing\",\"Add the disaggregation by sex\"]}")))
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(examples = @ExampleObject(
            name = "returned", value = "{\"status\":\"RETURNED\",\"returnReasons\":[\"The contact e-mail is missing\"]}")))
    @APIResponse(responseCode = "409", description = "Not submitted")
    public RestResponse<DatasetView> giveBack(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body with reasons is required") ReturnRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(datasets.giveBack(id, request.reasons(), ifMatch, caller()));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Roles.WALIDATA, Roles.ADMIN})
    @Operation(summary = "Publish a verified dataset",
            description = "VERIFIED -> PUBLISHED, by a walidata; announced as sdmi.catalog.dataset.published.v1.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(examples = @ExampleObject(
            name = "published", value = "{\"id\":\"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10\",\"status\":\"PUBLISHED\"}")))
    @APIResponse(responseCode = "409", description = "Not verified")
    public RestResponse<DatasetView> publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(datasets.publish(id, ifMatch, caller()));
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed({Roles.DATA_STEWARD, Roles.WALIDATA, Roles.ADMIN})
    @Operation(summary = "Retire a published dataset",
            description = "PUBLISHED -> RETIRED; announced as sdmi.catalog.dataset.retired.v1 (evidence may no longer cite it).")
    @APIResponse(responseCode = "200", description = "Retired", content = @Content(examples = @ExampleObject(
            name = "retired", value = "{\"id\":\"7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10\",\"status\":\"RETIRED\"}")))
    @APIResponse(responseCode = "409", description = "Not published")
    public RestResponse<DatasetView> retire(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(datasets.retire(id, ifMatch, caller()));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every change of a dataset", description = "Who, when, what, and the dataset as it was after.")
    @APIResponse(responseCode = "200", description = "Oldest first", content = @Content(examples = @ExampleObject(
            name = "history", value = """
                    [{"at":"2026-11-23T10:00:00Z","actor":"steward-bps","action":"CREATED","status":"DRAFT","reasons":null,\
                    "dataset":{"status":"DRAFT"}}]""")))
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return datasets.history(id, caller());
    }

    private static RestResponse<DatasetView> answer(Dataset dataset) {
        return Responses.ok(DatasetService.view(dataset), ETags.of(0, dataset.rowVersion));
    }
}
