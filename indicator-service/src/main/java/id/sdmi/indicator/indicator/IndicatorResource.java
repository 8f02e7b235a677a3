package id.sdmi.indicator.indicator;

import id.sdmi.indicator.catalog.Indicator;
import id.sdmi.web.Representations;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.indicator.Roles;
import id.sdmi.web.Codes;
import id.sdmi.web.IfMatch;
import id.sdmi.indicator.catalog.VersionPath;
import id.sdmi.indicator.indicator.IndicatorRecords.ImportResult;
import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorInput;
import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorPage;
import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorView;
import id.sdmi.web.ETags;
import id.sdmi.web.OpenApiConventions;
import id.sdmi.web.PageRequest;
import id.sdmi.web.Problem;
import id.sdmi.web.Problem.FieldError;
import id.sdmi.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

@Path("/api/v1/frameworks/{framework}/versions/{version}/indicators")
@Tag(name = "Indicators", description = "The indicators of a catalog version; bulk import and CSV export")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final IndicatorService indicators;

    public IndicatorResource(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, IndicatorCsv.MEDIA_TYPE})
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listIndicators", summary = "List a version's indicators",
            description = "JSON, a page at a time, in domain and indicator order; or the whole version as CSV "
                    + "(?format=csv or Accept: text/csv: UTF-8, a header row, lists separated by ';', as an attachment), "
                    + "which the import takes back unchanged.")
    @APIResponse(responseCode = "200", description = "A page of indicators, or the CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorPage.class),
                    examples = @ExampleObject(name = "page", value = IndicatorExamples.PAGE)),
            @Content(mediaType = IndicatorCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    maxLength = IndicatorCsv.MAX_EXPORT_LENGTH, description = "The version's indicators as CSV"),
                    examples = @ExampleObject(name = "csv", value = IndicatorExamples.CSV))})
    @APIResponse(responseCode = "400", description = "format, page or size out of range")
    @APIResponse(responseCode = "404", description = "No such framework or version")
    public Response list(@BeanParam VersionPath path,
            @QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv")
            @Parameter(description = "json (the default, a page) or csv (the whole version); without it, Accept decides",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"})) String format,
            @Valid @BeanParam PageRequest page, HttpHeaders headers) {
        MediaType csv = MediaType.valueOf(IndicatorCsv.MEDIA_TYPE);
        if (!Representations.choose(headers, format, MediaType.APPLICATION_JSON_TYPE, csv).equals(csv)) {
            return Response.ok(indicators.list(path.framework, path.version, page), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        List<IndicatorView> all = indicators.all(path.framework, path.version);
        StreamingOutput body = out -> {
            IndicatorCsv.write(all, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        };
        return Representations.attachment(body, csv, path.framework + "-" + path.version + "-indicators.csv").build();
    }

    @POST
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "createIndicator", summary = "Add an indicator to a draft",
            description = "The code is unique in the version; the domain must be one of the version's. A version holds "
                    + "at most " + CatalogPublished.MAX_INDICATORS + " indicators.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IndicatorInput.class),
            examples = @ExampleObject(name = "indicator", value = IndicatorExamples.INDICATOR)))
    @APIResponse(responseCode = "201", description = "The indicator",
            headers = {@Header(ref = OpenApiConventions.LOCATION), @Header(ref = OpenApiConventions.ETAG)},
            content = @Content(schema = @Schema(implementation = IndicatorView.class),
                    examples = @ExampleObject(name = "indicator", value = IndicatorExamples.INDICATOR)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields, e.g. a GCM objective outside 1-23",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = IndicatorExamples.INVALID)))
    @APIResponse(responseCode = "404", description = "No such framework or version")
    @APIResponse(responseCode = "409", description = "The version is not a draft, has an indicator with this code, or "
            + "has " + CatalogPublished.MAX_INDICATORS + " indicators already")
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    @APIResponse(responseCode = "422", description = "The version has no such domain", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "domain", value = IndicatorExamples.UNKNOWN_DOMAIN)))
    public RestResponse<IndicatorView> add(@BeanParam VersionPath path,
            @Valid @NotNull(message = "a JSON body is required") IndicatorInput input, UriInfo uri) {
        Indicator created = indicators.add(path.framework, path.version, input);
        return Responses.created(uri, created.code, IndicatorView.of(created), ETags.of(created.id, created.rowVersion));
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getIndicator", summary = "Get an indicator", description = "The ETag is what If-Match needs.")
    @APIResponse(responseCode = "200", description = "The indicator", headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = IndicatorView.class),
                    examples = @ExampleObject(name = "indicator", value = IndicatorExamples.INDICATOR)))
    @APIResponse(responseCode = "404", description = "No such framework, version or indicator")
    public RestResponse<IndicatorView> get(@BeanParam VersionPath path,
            @PathParam("code") @Parameter(description = "The indicator's code", example = "1.1",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Codes.INDICATOR_LENGTH,
                            pattern = Codes.INDICATOR)) String code) {
        Indicator found = indicators.get(path.framework, path.version, code);
        return Responses.ok(IndicatorView.of(found), ETags.of(found.id, found.rowVersion));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "updateIndicator", summary = "Change a draft's indicator",
            description = "Send the whole indicator; the code in the body must be the one in the path. With If-Match, "
                    + "a stale ETag gets 412 and changes nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IndicatorInput.class),
            examples = @ExampleObject(name = "indicator", value = IndicatorExamples.INDICATOR)))
    @APIResponse(responseCode = "200", description = "The changed indicator",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = IndicatorView.class),
                    examples = @ExampleObject(name = "indicator", value = IndicatorExamples.INDICATOR)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid fields, or a code other than the path's")
    @APIResponse(responseCode = "404", description = "No such framework, version or indicator")
    @APIResponse(responseCode = "409", description = "The version is published or retired")
    @APIResponse(responseCode = "412", description = "If-Match is not the indicator's ETag: it changed since you read it")
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    @APIResponse(responseCode = "422", description = "The version has no such domain")
    public RestResponse<IndicatorView> update(@BeanParam VersionPath path,
            @PathParam("code") @Parameter(description = "The indicator's code", example = "1.1",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Codes.INDICATOR_LENGTH,
                            pattern = Codes.INDICATOR)) String code,
            @Valid @NotNull(message = "a JSON body is required") IndicatorInput input, @BeanParam IfMatch ifMatch) {
        Indicator changed = indicators.update(path.framework, path.version, code, input, ifMatch.value);
        return Responses.ok(IndicatorView.of(changed), ETags.of(changed.id, changed.rowVersion));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteIndicator", summary = "Remove a draft's indicator",
            description = "With If-Match, a stale ETag gets 412 and removes nothing.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such framework, version or indicator")
    @APIResponse(responseCode = "409", description = "The version is published or retired")
    @APIResponse(responseCode = "412", description = "If-Match is not the indicator's ETag: it changed since you read it")
    public void remove(@BeanParam VersionPath path,
            @PathParam("code") @Parameter(description = "The indicator's code", example = "1.1",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Codes.INDICATOR_LENGTH,
                            pattern = Codes.INDICATOR)) String code,
            @BeanParam IfMatch ifMatch) {
        indicators.remove(path.framework, path.version, code, ifMatch.value);
    }

    // One operation in the OpenAPI document with both bodies: CSV here, JSON in importJson below
    @POST
    @Path("import")
    @Consumes(IndicatorCsv.MEDIA_TYPE)
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "importIndicators", summary = "Import indicators from CSV or JSON",
            description = "All or nothing: if any row is wrong nothing is written and the 422 lists every wrong row, "
                    + "field and reason. CSV (text/csv) is the export's format, its header being row 1; JSON "
                    + "(application/json) is an array of indicators, row being an item's position from 1. With "
                    + "replace=true the rows replace the draft's indicators, otherwise they are added. An import takes "
                    + "at most " + CatalogPublished.MAX_INDICATORS + " indicators, and a version holds no more.")
    @RequestBody(required = true, content = {
            @Content(mediaType = IndicatorCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    maxLength = IndicatorCsv.MAX_IMPORT_LENGTH, description = "UTF-8 CSV with the export's header row"),
                    examples = @ExampleObject(name = "csv", value = IndicatorExamples.CSV)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = IndicatorInput.class, maxItems = CatalogPublished.MAX_INDICATORS),
                    examples = @ExampleObject(name = "json", value = IndicatorExamples.IMPORT_JSON))})
    @APIResponse(responseCode = "200", description = "Imported", content = @Content(
            schema = @Schema(implementation = ImportResult.class),
            examples = @ExampleObject(name = "imported", value = IndicatorExamples.IMPORTED)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or more indicators than an import takes")
    @APIResponse(responseCode = "404", description = "No such framework or version")
    @APIResponse(responseCode = "409", description = "The version is not a draft, or would hold more indicators than a "
            + "version holds")
    @APIResponse(responseCode = "415", description = "The body is neither text/csv nor application/json")
    @APIResponse(responseCode = "422", description = "Wrong rows, each listed", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "rows", value = IndicatorExamples.IMPORT_REFUSED)))
    public ImportResult importCsv(@BeanParam VersionPath path, @QueryParam("replace") @Parameter(
            description = "true: the rows replace the draft's indicators; false (the default): they are added")
            boolean replace, String body) {
        return indicators.importRows(path.framework, path.version,
                IndicatorCsv.read(new StringReader(body == null ? "" : body)), replace, IndicatorCsv::column);
    }

    @POST
    @Path("import")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(hidden = true)
    public ImportResult importJson(@BeanParam VersionPath path, @QueryParam("replace") boolean replace,
            @NotNull(message = "a JSON array of indicators is required")
            @Size(max = CatalogPublished.MAX_INDICATORS, message = "an import takes at most "
                    + CatalogPublished.MAX_INDICATORS + " indicators") List<IndicatorInput> body) {
        List<IndicatorCsv.Row> rows = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            rows.add(new IndicatorCsv.Row(i + 1, body.get(i), body.get(i) == null
                    ? List.of(new FieldError(i + 1, "row", "is not an indicator object")) : List.of()));
        }
        return indicators.importRows(path.framework, path.version, rows, replace, UnaryOperator.identity());
    }
}
