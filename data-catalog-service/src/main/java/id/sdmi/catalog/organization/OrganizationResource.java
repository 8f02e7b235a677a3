package id.sdmi.catalog.organization;

import id.sdmi.catalog.Roles;
import id.sdmi.catalog.organization.OrganizationRecords.OrganizationInput;
import id.sdmi.catalog.organization.OrganizationRecords.OrganizationView;
import id.sdmi.web.ETags;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
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

@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "Data producers, walidata and pembina data of the NSDR")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private static final String EXAMPLE = """
            {"code":"DISNAKERTRANS-33","name":{"id":"Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Tengah",\
            "en":"Central Java Manpower and Transmigration Office"},"type":"PROVINCIAL_OFFICE","sdiRole":"PRODUSEN_DATA",\
            "regionCode":"33"}""";

    private final OrganizationService organizations;

    public OrganizationResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List organisations", description = "Producers, walidata and pembina data in code order, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of organisations", content = @Content(examples = @ExampleObject(
            name = "page", value = """
                    {"items":[{"code":"BPS","name":{"id":"Badan Pusat Statistik","en":"Statistics Indonesia"},\
                    "type":"AGENCY","sdiRole":"PEMBINA_DATA","regionCode":null,"regionName":null}],"page":0,"size":50,"total":1}""")))
    public Page<OrganizationView> list(@Valid @BeanParam PageRequest page) {
        return organizations.list(page);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get an organisation", description = "With its ETag, which a change sends back as If-Match.")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(examples = @ExampleObject(name = "office", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such organisation")
    public RestResponse<OrganizationView> get(@PathParam("code") @Parameter(example = "BPS") String code) {
        Organization found = OrganizationService.find(code);
        return Responses.ok(organizations.view(found), ETags.of(0, found.rowVersion));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.WALIDATA})
    @Operation(summary = "Register an organisation",
            description = "Provincial and regency offices need the BPS code of their province (2 digits) or regency (4).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "office", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(examples = @ExampleObject(name = "office", value = EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "The region code is not a BPS code of the right level")
    public RestResponse<OrganizationView> create(@Valid @NotNull(message = "a JSON body is required") OrganizationInput input,
            UriInfo uri) {
        Organization created = organizations.create(input);
        return Responses.created(uri, created.code, organizations.view(created), ETags.of(0, created.rowVersion));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.WALIDATA})
    @Operation(summary = "Change an organisation", description = "With If-Match, a stale ETag gets 412 and changes nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "office", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(examples = @ExampleObject(name = "office", value = EXAMPLE)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public RestResponse<OrganizationView> update(@PathParam("code") String code,
            @Valid @NotNull(message = "a JSON body is required") OrganizationInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Organization changed = organizations.update(code, input, ifMatch);
        return Responses.ok(organizations.view(changed), ETags.of(0, changed.rowVersion));
    }
}
