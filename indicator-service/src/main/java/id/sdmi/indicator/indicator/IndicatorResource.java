package id.sdmi.indicator.indicator;

import id.sdmi.indicator.Roles;
import id.sdmi.indicator.indicator.IndicatorRecords.ImportResult;
import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorInput;
import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorView;
import id.sdmi.web.ETags;
import id.sdmi.web.Responses;
import id.sdmi.web.PageRequest;
import id.sdmi.web.Problem.FieldError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/frameworks/{framework}/versions/{version}/indicators")
@Tag(name = "Indicators", description = "The indicators of a catalog version; bulk import and CSV export")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    static final String INDICATOR_EXAMPLE = """
            {"code":"1.1","domain":"D1","order":1,"text":{"id":"Terdapat peraturan yang menjamin akses pekerja migran \
            terhadap layanan kesehatan.","en":"A regulation guarantees migrant workers access to health services."},\
            "guidance":{"id":"Periksa peraturan terkait dan bukti pelaksanaannya.","en":"Check the regulation and \
            evidence of its implementation."},"gcmObjectives":[15],"sdgTargets":["10.7","3.8"]}""";
    private static final String CSV_EXAMPLE = """
            code,domain,order,text_id,text_en,guidance_id,guidance_en,gcm_objectives,sdg_targets
            1.1,D1,1,Terdapat peraturan yang menjamin akses pekerja migran terhadap layanan kesehatan.,\
            A regulation guarantees migrant workers access to health services.,Periksa peraturan terkait.,\
            Check the regulation.,15,10.7;3.8
            """;

    private final IndicatorService indicators;

    public IndicatorResource(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, IndicatorCsv.MEDIA_TYPE})
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List a version's indicators",
            description = "JSON, a page at a time, in domain and indicator order; or the whole version as CSV "
                    + "(?format=csv or Accept: text/csv: UTF-8, a header row, lists separated by ';'), "
                    + "which the import takes back unchanged.")
    @APIResponse(responseCode = "200", description = "A page of indicators, or the CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
                    value = "{\"items\":[" + INDICATOR_EXAMPLE + "],\"page\":0,\"size\":50,\"total\":98}")),
            @Content(mediaType = IndicatorCsv.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))})
    public Response list(@PathParam("framework") @Parameter(example = "MGI-NATIONAL") String framework,
            @PathParam("version") @Parameter(example = "2023") String version,
            @QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv")
            @Parameter(description = "json (default) or csv") String format,
            @Valid @BeanParam PageRequest page, HttpHeaders headers) {
        boolean csv = "csv".equals(format) || (format == null && headers.getAcceptableMediaTypes().stream()
                .findFirst().map(m -> m.isCompatible(MediaType.valueOf(IndicatorCsv.MEDIA_TYPE))
                        && !m.isWildcardType()).orElse(false));
        if (!csv) {
            return Response.ok(indicators.list(framework, version, page), MediaType.APPLICATION_JSON_TYPE).build();
        }
        List<IndicatorView> all = indicators.all(framework, version);
        StreamingOutput body = out -> {
            IndicatorCsv.write(all, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        };
        return Response.ok(body, IndicatorCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + framework + "-" + version + "-indicators.csv\"")
                .build();
    }

    @POST
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Add an indicator to a draft",
            description = "The code is unique in the version; the domain must be one of the version's.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "indicator", value = INDICATOR_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The indicator; its ETag in the header",
            content = @Content(examples = @ExampleObject(name = "indicator", value = INDICATOR_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. a GCM objective outside 1-23")
    @APIResponse(responseCode = "409", description = "Not a draft, or the code exists")
    @APIResponse(responseCode = "422", description = "The version has no such domain")
    public RestResponse<IndicatorView> add(@PathParam("framework") String framework,
            @PathParam("version") String version,
            @Valid @NotNull(message = "a JSON body is required") IndicatorInput input, UriInfo uri) {
        Indicator created = indicators.add(framework, version, input);
        return Responses.created(uri, created.code, IndicatorView.of(created), ETags.of(created.id, created.rowVersion));
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get an indicator", description = "The ETag in the header is what If-Match needs.")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(examples = @ExampleObject(name = "indicator", value = INDICATOR_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such indicator")
    public RestResponse<IndicatorView> get(@PathParam("framework") String framework,
            @PathParam("version") String version, @PathParam("code") @Parameter(example = "1.1") String code) {
        Indicator found = indicators.get(framework, version, code);
        return Responses.ok(IndicatorView.of(found), ETags.of(found.id, found.rowVersion));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Change a draft's indicator",
            description = "Send the whole indicator. With If-Match, a stale ETag gets 412 and changes nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "indicator", value = INDICATOR_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The changed indicator",
            content = @Content(examples = @ExampleObject(name = "indicator", value = INDICATOR_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The version is published or retired")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public RestResponse<IndicatorView> update(@PathParam("framework") String framework,
            @PathParam("version") String version, @PathParam("code") String code,
            @Valid @NotNull(message = "a JSON body is required") IndicatorInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Indicator changed = indicators.update(framework, version, code, input, ifMatch);
        return Responses.ok(IndicatorView.of(changed), ETags.of(changed.id, changed.rowVersion));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Remove a draft's indicator")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The version is published or retired")
    public void remove(@PathParam("framework") String framework, @PathParam("version") String version,
            @PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        indicators.remove(framework, version, code, ifMatch);
    }

    @POST
    @Path("import")
    @Consumes(IndicatorCsv.MEDIA_TYPE)
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Import indicators from CSV",
            description = "All or nothing: if any row is wrong nothing is written and the 422 lists every wrong row "
                    + "(the header is row 1), field and reason. The format is the export's. With replace=true the rows "
                    + "replace the draft's indicators, otherwise they are added.")
    @RequestBody(content = @Content(mediaType = IndicatorCsv.MEDIA_TYPE,
            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Imported", content = @Content(examples = @ExampleObject(
            name = "imported", value = "{\"framework\":\"MGI-NATIONAL\",\"version\":\"2023\",\"imported\":98,\"indicators\":98}")))
    @APIResponse(responseCode = "422", description = "Wrong rows, each listed", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "rows", value = """
                    {"type":"https://sdmi.id/problems/unprocessable","title":"The request cannot be processed","status":422,\
                    "detail":"2 row(s) cannot be imported (2 error(s)); nothing was imported","errors":[\
                    {"row":4,"field":"gcm_objectives","message":"must be from 1 to 23"},\
                    {"row":9,"field":"domain","message":"version MGI-NATIONAL 2023 has no domain D9 (its domains: D1, D2)"}]}""")))
    public ImportResult importCsv(@PathParam("framework") String framework, @PathParam("version") String version,
            @QueryParam("replace") boolean replace, String body) {
        return indicators.importRows(framework, version, IndicatorCsv.read(new StringReader(body == null ? "" : body)),
                replace, IndicatorCsv::column);
    }

    @POST
    @Path("import")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Import indicators from JSON",
            description = "A JSON array of indicators, all or nothing: if any is wrong nothing is written and the 422 "
                    + "lists every wrong one (row = its position, from 1), field and reason.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "json", value = "[" + INDICATOR_EXAMPLE + "]")))
    @APIResponse(responseCode = "200", description = "Imported", content = @Content(examples = @ExampleObject(
            name = "imported", value = "{\"framework\":\"MGI-NATIONAL\",\"version\":\"2023\",\"imported\":1,\"indicators\":1}")))
    @APIResponse(responseCode = "422", description = "Wrong rows, each listed")
    public ImportResult importJson(@PathParam("framework") String framework, @PathParam("version") String version,
            @QueryParam("replace") boolean replace,
            @NotNull(message = "a JSON array of indicators is required") List<IndicatorInput> body) {
        List<IndicatorCsv.Row> rows = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            rows.add(new IndicatorCsv.Row(i + 1, body.get(i), body.get(i) == null
                    ? List.of(new FieldError(i + 1, "row", "is not an indicator object")) : List.of()));
        }
        return indicators.importRows(framework, version, rows, replace, UnaryOperator.identity());
    }

}
