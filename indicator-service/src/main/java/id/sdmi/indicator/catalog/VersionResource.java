package id.sdmi.indicator.catalog;

import id.sdmi.indicator.Roles;
import id.sdmi.indicator.catalog.CatalogRecords.CatalogVersionPage;
import id.sdmi.indicator.catalog.CatalogRecords.NewVersion;
import id.sdmi.indicator.catalog.CatalogRecords.VersionView;
import id.sdmi.web.Codes;
import id.sdmi.web.IfMatch;
import id.sdmi.web.ETags;
import id.sdmi.web.OpenApiConventions;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import id.sdmi.web.Problem;
import id.sdmi.web.Responses;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/api/v1/frameworks/{framework}/versions")
@Tag(name = "Catalog versions", description = "Versions of a framework's catalog: DRAFT, then PUBLISHED for ever, then RETIRED")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VersionResource {

    private final CatalogService catalogs;
    private final SecurityIdentity identity;

    public VersionResource(CatalogService catalogs, SecurityIdentity identity) {
        this.catalogs = catalogs;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listCatalogVersions", summary = "List a framework's versions",
            description = "Oldest first, with their status and counts, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of versions",
            content = @Content(schema = @Schema(implementation = CatalogVersionPage.class),
                    examples = @ExampleObject(name = "versions", value = CatalogExamples.VERSION_PAGE)))
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @APIResponse(responseCode = "404", description = "No framework with this code")
    public Page<VersionView> list(
            @PathParam("framework") @Parameter(description = "The framework's code", example = "MGI-NATIONAL",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Codes.CODE_LENGTH,
                            pattern = Codes.CODE)) String framework,
            @Valid @BeanParam PageRequest page) {
        return Page.slice(catalogs.versions(framework), page);
    }

    @POST
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "createCatalogVersion", summary = "Create a draft version",
            description = "An empty draft, or one that starts as a copy of an earlier version's domains and indicators.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewVersion.class), examples = {
            @ExampleObject(name = "empty", value = CatalogExamples.NEW_VERSION),
            @ExampleObject(name = "copy", value = CatalogExamples.NEW_VERSION_COPY)}))
    @APIResponse(responseCode = "201", description = "The draft",
            headers = {@Header(ref = OpenApiConventions.LOCATION), @Header(ref = OpenApiConventions.ETAG)},
            content = @Content(schema = @Schema(implementation = VersionView.class),
                    examples = @ExampleObject(name = "draft", value = CatalogExamples.DRAFT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
    @APIResponse(responseCode = "404", description = "No framework with this code")
    @APIResponse(responseCode = "409", description = "The framework has a version of this name")
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    @APIResponse(responseCode = "422", description = "copyFrom names no version of this framework")
    public RestResponse<VersionView> create(
            @PathParam("framework") @Parameter(description = "The framework's code", example = "MGI-NATIONAL",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Codes.CODE_LENGTH,
                            pattern = Codes.CODE)) String framework,
            @Valid @NotNull(message = "a JSON body is required") NewVersion request, UriInfo uri) {
        CatalogVersion created = catalogs.create(framework, request, identity.getPrincipal().getName());
        return Responses.created(uri, created.version, catalogs.view(created), ETags.of(created.id, created.rowVersion));
    }

    @GET
    @Path("{version}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getCatalogVersion", summary = "Get a version",
            description = "Its status, counts and history; the ETag is what If-Match needs to publish or retire it.")
    @APIResponse(responseCode = "200", description = "The version", headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = VersionView.class),
                    examples = @ExampleObject(name = "published", value = CatalogExamples.PUBLISHED)))
    @APIResponse(responseCode = "404", description = "No such framework or version")
    public RestResponse<VersionView> get(@BeanParam VersionPath path) {
        CatalogVersion found = CatalogService.version(path.framework, path.version);
        return Responses.ok(catalogs.view(found), ETags.of(found.id, found.rowVersion));
    }

    @POST
    @Path("{version}/publish")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "publishCatalogVersion", summary = "Publish a draft",
            description = "From now on the version never changes; its whole catalog is announced as "
                    + "sdmi.indicator.catalog.published.v1. Publishing twice gets 409.")
    @APIResponse(responseCode = "200", description = "The published version",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = VersionView.class),
                    examples = @ExampleObject(name = "published", value = CatalogExamples.PUBLISHED)))
    @APIResponse(responseCode = "404", description = "No such framework or version")
    @APIResponse(responseCode = "409", description = "Not a draft, or a draft without indicators", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "published", value = CatalogExamples.NOT_A_DRAFT)))
    @APIResponse(responseCode = "412", description = "If-Match is not the version's ETag: it changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "stale", value = CatalogExamples.STALE)))
    public RestResponse<VersionView> publish(@BeanParam VersionPath path, @BeanParam IfMatch ifMatch) {
        CatalogVersion published = catalogs.publish(path.framework, path.version, ifMatch.value,
                identity.getPrincipal().getName());
        return Responses.ok(catalogs.view(published), ETags.of(published.id, published.rowVersion));
    }

    @POST
    @Path("{version}/retire")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "retireCatalogVersion", summary = "Retire a published version",
            description = "No new assessment may start on it; announced as sdmi.indicator.catalog.retired.v1.")
    @APIResponse(responseCode = "200", description = "The retired version",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = VersionView.class),
                    examples = @ExampleObject(name = "retired", value = CatalogExamples.RETIRED)))
    @APIResponse(responseCode = "404", description = "No such framework or version")
    @APIResponse(responseCode = "409", description = "Not a published version")
    @APIResponse(responseCode = "412", description = "If-Match is not the version's ETag: it changed since you read it")
    public RestResponse<VersionView> retire(@BeanParam VersionPath path, @BeanParam IfMatch ifMatch) {
        CatalogVersion retired = catalogs.retire(path.framework, path.version, ifMatch.value,
                identity.getPrincipal().getName());
        return Responses.ok(catalogs.view(retired), ETags.of(retired.id, retired.rowVersion));
    }
}
