package id.sdmi.indicator.catalog;

import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.indicator.Roles;
import id.sdmi.indicator.catalog.CatalogRecords.DomainInput;
import id.sdmi.indicator.catalog.CatalogRecords.DomainPage;
import id.sdmi.indicator.catalog.CatalogRecords.DomainView;
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
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/frameworks/{framework}/versions/{version}/domains")
@Tag(name = "Domains", description = "The domains of a catalog version (the MGI has six), in order")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DomainResource {

    private final CatalogService catalogs;

    public DomainResource(CatalogService catalogs) {
        this.catalogs = catalogs;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listDomains", summary = "List a version's domains",
            description = "In their order, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of domains",
            content = @Content(schema = @Schema(implementation = DomainPage.class),
                    examples = @ExampleObject(name = "domains", value = CatalogExamples.DOMAIN_PAGE)))
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @APIResponse(responseCode = "404", description = "No such framework or version")
    public Page<DomainView> list(@BeanParam VersionPath path, @Valid @BeanParam PageRequest page) {
        return Page.slice(catalogs.domains(path.framework, path.version), page);
    }

    @POST
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "createDomain", summary = "Add a domain to a draft",
            description = "The code is unique in the version; a version holds at most "
                    + CatalogPublished.MAX_DOMAINS + " domains.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DomainInput.class),
            examples = @ExampleObject(name = "domain", value = CatalogExamples.DOMAIN)))
    @APIResponse(responseCode = "201", description = "The domain",
            headers = {@Header(ref = OpenApiConventions.LOCATION), @Header(ref = OpenApiConventions.ETAG)},
            content = @Content(schema = @Schema(implementation = DomainView.class),
                    examples = @ExampleObject(name = "domain", value = CatalogExamples.DOMAIN)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", value = CatalogExamples.DOMAIN_INVALID)))
    @APIResponse(responseCode = "404", description = "No such framework or version")
    @APIResponse(responseCode = "409", description = "The version is not a draft, has a domain with this code, or has "
            + CatalogPublished.MAX_DOMAINS + " domains already")
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    public RestResponse<DomainView> add(@BeanParam VersionPath path,
            @Valid @NotNull(message = "a JSON body is required") DomainInput input, UriInfo uri) {
        Domain domain = catalogs.addDomain(path.framework, path.version, input);
        return Responses.created(uri, domain.code, DomainView.of(domain), ETags.of(domain.id, domain.rowVersion));
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getDomain", summary = "Get a domain", description = "The ETag is what If-Match needs.")
    @APIResponse(responseCode = "200", description = "The domain", headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = DomainView.class),
                    examples = @ExampleObject(name = "domain", value = CatalogExamples.DOMAIN)))
    @APIResponse(responseCode = "404", description = "No such framework, version or domain")
    public RestResponse<DomainView> get(@BeanParam VersionPath path,
            @PathParam("code") @Parameter(description = "The domain's code", example = "D1",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Codes.DOMAIN_LENGTH,
                            pattern = Codes.DOMAIN)) String code) {
        Domain domain = catalogs.domain(path.framework, path.version, code);
        return Responses.ok(DomainView.of(domain), ETags.of(domain.id, domain.rowVersion));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "updateDomain", summary = "Change a draft's domain",
            description = "Its order and name; the code in the body must be the one in the path. With If-Match, a "
                    + "stale ETag gets 412 and changes nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DomainInput.class),
            examples = @ExampleObject(name = "domain", value = CatalogExamples.DOMAIN)))
    @APIResponse(responseCode = "200", description = "The changed domain", headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = DomainView.class),
                    examples = @ExampleObject(name = "domain", value = CatalogExamples.DOMAIN)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid fields, or a code other than the path's")
    @APIResponse(responseCode = "404", description = "No such framework, version or domain")
    @APIResponse(responseCode = "409", description = "The version is not a draft")
    @APIResponse(responseCode = "412", description = "If-Match is not the domain's ETag: it changed since you read it")
    @APIResponse(responseCode = "415", description = "The body is not application/json")
    public RestResponse<DomainView> update(@BeanParam VersionPath path,
            @PathParam("code") @Parameter(description = "The domain's code", example = "D1",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Codes.DOMAIN_LENGTH,
                            pattern = Codes.DOMAIN)) String code,
            @Valid @NotNull(message = "a JSON body is required") DomainInput input, @BeanParam IfMatch ifMatch) {
        Domain domain = catalogs.updateDomain(path.framework, path.version, code, input, ifMatch.value);
        return Responses.ok(DomainView.of(domain), ETags.of(domain.id, domain.rowVersion));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteDomain", summary = "Remove a draft's domain",
            description = "Only a domain without indicators. With If-Match, a stale ETag gets 412 and removes nothing.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such framework, version or domain")
    @APIResponse(responseCode = "409", description = "The version is not a draft, or the domain has indicators")
    @APIResponse(responseCode = "412", description = "If-Match is not the domain's ETag: it changed since you read it")
    public void remove(@BeanParam VersionPath path,
            @PathParam("code") @Parameter(description = "The domain's code", example = "D1",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Codes.DOMAIN_LENGTH,
                            pattern = Codes.DOMAIN)) String code,
            @BeanParam IfMatch ifMatch) {
        catalogs.removeDomain(path.framework, path.version, code, ifMatch.value);
    }
}
