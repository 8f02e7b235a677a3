package id.sdmi.indicator.catalog;

import id.sdmi.indicator.Roles;
import id.sdmi.indicator.catalog.CatalogRecords.DomainInput;
import id.sdmi.indicator.catalog.CatalogRecords.DomainView;
import id.sdmi.web.ETags;
import id.sdmi.web.Responses;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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

    private static final String DOMAIN_EXAMPLE = "{\"code\":\"D1\",\"order\":1,\"name\":{\"id\":\"Hak-hak migran\",\"en\":\"Migrants' rights\"}}";

    private final CatalogService catalogs;

    public DomainResource(CatalogService catalogs) {
        this.catalogs = catalogs;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List a version's domains", description = "In their order.")
    @APIResponse(responseCode = "200", description = "A page of domains", content = @Content(examples = @ExampleObject(
            name = "domains", value = "{\"items\":[" + DOMAIN_EXAMPLE + "],\"page\":0,\"size\":50,\"total\":1}")))
    public Page<DomainView> list(@PathParam("framework") String framework, @PathParam("version") String version,
            @Valid @BeanParam PageRequest page) {
        return Page.slice(catalogs.domains(framework, version), page);
    }

    @POST
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Add a domain to a draft")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "domain", value = DOMAIN_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The domain; its ETag in the header",
            content = @Content(examples = @ExampleObject(name = "domain", value = DOMAIN_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The version is not a draft, or has this domain")
    public RestResponse<DomainView> add(@PathParam("framework") String framework, @PathParam("version") String version,
            @Valid @NotNull(message = "a JSON body is required") DomainInput input, UriInfo uri) {
        Domain domain = catalogs.addDomain(framework, version, input);
        return Responses.created(uri, domain.code, DomainView.of(domain), ETags.of(domain.id, domain.rowVersion));
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a domain", description = "The ETag in the header is what If-Match needs.")
    @APIResponse(responseCode = "200", description = "The domain",
            content = @Content(examples = @ExampleObject(name = "domain", value = DOMAIN_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such domain")
    public RestResponse<DomainView> get(@PathParam("framework") String framework, @PathParam("version") String version,
            @PathParam("code") String code) {
        Domain domain = catalogs.domain(framework, version, code);
        return Responses.ok(DomainView.of(domain), ETags.of(domain.id, domain.rowVersion));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Change a draft's domain", description = "With If-Match, a stale ETag gets 412 and changes nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "domain", value = DOMAIN_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The changed domain",
            content = @Content(examples = @ExampleObject(name = "domain", value = DOMAIN_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The version is not a draft")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public RestResponse<DomainView> update(@PathParam("framework") String framework,
            @PathParam("version") String version, @PathParam("code") String code,
            @Valid @NotNull(message = "a JSON body is required") DomainInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Domain domain = catalogs.updateDomain(framework, version, code, input, ifMatch);
        return Responses.ok(DomainView.of(domain), ETags.of(domain.id, domain.rowVersion));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(summary = "Remove a draft's domain", description = "Only a domain without indicators.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Not a draft, or the domain has indicators")
    public void remove(@PathParam("framework") String framework, @PathParam("version") String version,
            @PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        catalogs.removeDomain(framework, version, code, ifMatch);
    }
}
