package id.sdmi.indicator.catalog;

import id.sdmi.indicator.Roles;
import id.sdmi.indicator.catalog.CatalogRecords.NewVersion;
import id.sdmi.indicator.catalog.CatalogRecords.VersionView;
import id.sdmi.indicator.indicator.CatalogDiff;
import id.sdmi.web.ETags;
import id.sdmi.web.Responses;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/frameworks/{framework}/versions")
@Tag(name = "Catalog versions", description = "Versions of a framework's catalog: DRAFT, then PUBLISHED for ever, then RETIRED")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VersionResource {

    static final String VERSION_EXAMPLE = """
            {"framework":"MGI-NATIONAL","version":"2023","status":"PUBLISHED","copiedFrom":null,"domains":6,\
            "indicators":98,"createdAt":"2023-05-02T03:00:00Z","createdBy":"editor","publishedAt":"2023-06-12T08:00:00Z",\
            "publishedBy":"editor","retiredAt":null,"retiredBy":null}""";

    private final CatalogService catalogs;
    private final CatalogDiff diffs;
    private final SecurityIdentity identity;

    public VersionResource(CatalogService catalogs, CatalogDiff diffs, SecurityIdentity identity) {
        this.catalogs = catalogs;
        this.diffs = diffs;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List a framework's versions", description = "Oldest first, with their status and counts.")
    @APIResponse(responseCode = "200", description = "A page of versions", content = @Content(examples = @ExampleObject(
            name = "versions", value = "{\"items\":[" + VERSION_EXAMPLE + "],\"page\":0,\"size\":50,\"total\":1}")))
    @APIResponse(responseCode = "404", description = "No such framework")
    public Page<VersionView> list(@PathParam("framework") @Parameter(example = "MGI-NATIONAL") String framework,
            @Valid @BeanParam PageRequest page) {
        return Page.slice(catalogs.versions(framework), page);
    }

    @POST
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Create a draft version",
            description = "An empty draft, or one that starts as a copy of an earlier version's domains and indicators.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "empty", value = "{\"version\":\"2023\",\"copyFrom\":null}"),
            @ExampleObject(name = "copy", value = "{\"version\":\"2025\",\"copyFrom\":\"2023\"}")}))
    @APIResponse(responseCode = "201", description = "The draft; its ETag in the header",
            content = @Content(examples = @ExampleObject(name = "draft", value = """
                    {"framework":"MGI-NATIONAL","version":"2025","status":"DRAFT","copiedFrom":"2023","domains":6,\
                    "indicators":98,"createdAt":"2025-01-10T02:00:00Z","createdBy":"editor"}""")))
    @APIResponse(responseCode = "409", description = "The version exists")
    @APIResponse(responseCode = "422", description = "copyFrom names no version of this framework")
    public RestResponse<VersionView> create(@PathParam("framework") String framework,
            @Valid @NotNull(message = "a JSON body is required") NewVersion request, UriInfo uri) {
        CatalogVersion created = catalogs.create(framework, request, identity.getPrincipal().getName());
        return Responses.created(uri, created.version, catalogs.view(created), ETags.of(created.id, created.rowVersion));
    }

    @GET
    @Path("{version}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a version", description = "Its status, counts and history; the ETag in the header.")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(examples = @ExampleObject(name = "published", value = VERSION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such framework or version")
    public RestResponse<VersionView> get(@PathParam("framework") String framework,
            @PathParam("version") @Parameter(example = "2023") String version) {
        CatalogVersion found = CatalogService.version(framework, version);
        return Responses.ok(catalogs.view(found), ETags.of(found.id, found.rowVersion));
    }

    @POST
    @Path("{version}/publish")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Publish a draft",
            description = "From now on the version never changes; its whole catalog is announced as "
                    + "sdmi.indicator.catalog.published.v1. Publishing twice gets 409.")
    @APIResponse(responseCode = "200", description = "The published version",
            content = @Content(examples = @ExampleObject(name = "published", value = VERSION_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not a draft, or no indicators")
    @APIResponse(responseCode = "412", description = "If-Match does not match the version's ETag")
    public RestResponse<VersionView> publish(@PathParam("framework") String framework,
            @PathParam("version") String version, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CatalogVersion published = catalogs.publish(framework, version, ifMatch, identity.getPrincipal().getName());
        return Responses.ok(catalogs.view(published), ETags.of(published.id, published.rowVersion));
    }

    @POST
    @Path("{version}/retire")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Retire a published version",
            description = "No new assessment may start on it; announced as sdmi.indicator.catalog.retired.v1.")
    @APIResponse(responseCode = "200", description = "The retired version", content = @Content(examples = @ExampleObject(
            name = "retired", value = "{\"framework\":\"MGI-NATIONAL\",\"version\":\"2019\",\"status\":\"RETIRED\"}")))
    @APIResponse(responseCode = "409", description = "Not a published version")
    public RestResponse<VersionView> retire(@PathParam("framework") String framework,
            @PathParam("version") String version, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CatalogVersion retired = catalogs.retire(framework, version, ifMatch, identity.getPrincipal().getName());
        return Responses.ok(catalogs.view(retired), ETags.of(retired.id, retired.rowVersion));
    }

    @GET
    @Path("{from}/diff/{to}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Compare two versions",
            description = "Domains and indicators added, removed, and changed with each field that changed.")
    @APIResponse(responseCode = "200", description = "The differences", content = @Content(examples = @ExampleObject(
            name = "diff", value = """
                    {"framework":"MGI-NATIONAL","from":"2019","to":"2023","domains":{"added":[],"removed":[],"changed":[]},\
                    "indicators":{"added":[{"code":"6.19","domain":"D6","order":19,"text":{"id":"…","en":"…"},\
                    "guidance":null,"gcmObjectives":[21],"sdgTargets":["10.7"]}],"removed":[],\
                    "changed":[{"code":"1.2","fields":[{"field":"gcmObjectives","from":[15],"to":[15,16]}]}]}}""")))
    @APIResponse(responseCode = "404", description = "No such framework or version")
    public CatalogDiff.Diff diff(@PathParam("framework") String framework,
            @PathParam("from") @Parameter(example = "2019") String from,
            @PathParam("to") @Parameter(example = "2023") String to) {
        return diffs.between(framework, from, to);
    }
}
