package id.sdmi.catalog.organization;

import id.sdmi.catalog.Roles;
import id.sdmi.catalog.organization.OrganizationRecords.OrganizationInput;
import id.sdmi.catalog.organization.OrganizationRecords.OrganizationPage;
import id.sdmi.catalog.organization.OrganizationRecords.OrganizationView;
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

@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "Data producers, walidata and pembina data of the NSDR")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService organizations;

    public OrganizationResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listOrganizations", summary = "List organisations",
            description = "Producers, walidata and pembina data in code order, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of organisations",
            content = @Content(schema = @Schema(implementation = OrganizationPage.class),
                    examples = @ExampleObject(name = "page", value = OrganizationExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<OrganizationView> list(@Valid @BeanParam PageRequest page) {
        return organizations.list(page);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getOrganization", summary = "Get an organisation",
            description = "With its ETag, which a change sends back as If-Match.")
    @APIResponse(responseCode = "200", description = "The organisation", headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = OrganizationView.class),
                    examples = @ExampleObject(name = "office", value = OrganizationExamples.OFFICE)))
    @APIResponse(responseCode = "404", description = "No organisation with this code")
    public RestResponse<OrganizationView> get(@Parameter(example = "BPS", schema = @Schema(
            type = SchemaType.STRING, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE))
            @PathParam("code") String code) {
        Organization found = OrganizationService.find(code);
        return Responses.ok(organizations.view(found), ETags.of(found.code, found.rowVersion));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.WALIDATA})
    @Operation(operationId = "createOrganization", summary = "Register an organisation",
            description = "By an administrator or a walidata. Provincial and regency offices need the BPS code of "
                    + "their province (2 digits) or regency (4).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrganizationInput.class),
            examples = @ExampleObject(name = "office", value = OrganizationExamples.INPUT)))
    @APIResponse(responseCode = "201", description = "Registered; its ETag in the header",
            headers = {@Header(ref = OpenApiConventions.LOCATION), @Header(ref = OpenApiConventions.ETAG)},
            content = @Content(schema = @Schema(implementation = OrganizationView.class),
                    examples = @ExampleObject(name = "office", value = OrganizationExamples.OFFICE)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields (e.g. a code in lower case)")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "The region code is not a BPS code of the office's level",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "region", value = OrganizationExamples.REGION_UNKNOWN)))
    public RestResponse<OrganizationView> create(@Valid @NotNull(message = "a JSON body is required") OrganizationInput input,
            UriInfo uri) {
        Organization created = organizations.create(input);
        return Responses.created(uri, created.code, organizations.view(created), ETags.of(created.code, created.rowVersion));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.WALIDATA})
    @Operation(operationId = "updateOrganization", summary = "Change an organisation",
            description = "By an administrator or a walidata; the code stays. With If-Match, a stale ETag gets 412 "
                    + "and changes nothing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrganizationInput.class),
            examples = @ExampleObject(name = "office", value = OrganizationExamples.INPUT)))
    @APIResponse(responseCode = "200", description = "Changed; the new ETag in the header",
            headers = @Header(ref = OpenApiConventions.ETAG),
            content = @Content(schema = @Schema(implementation = OrganizationView.class),
                    examples = @ExampleObject(name = "office", value = OrganizationExamples.OFFICE)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields, or a code other than the path's")
    @APIResponse(responseCode = "404", description = "No organisation with this code")
    @APIResponse(responseCode = "412", description = "Changed since you read it (a stale If-Match)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "stale", value = OrganizationExamples.STALE)))
    @APIResponse(responseCode = "422", description = "The region code is not a BPS code of the office's level")
    public RestResponse<OrganizationView> update(@Parameter(example = "DISNAKERTRANS-33", schema = @Schema(
                    type = SchemaType.STRING, maxLength = Codes.CODE_LENGTH,
                    pattern = Codes.CODE)) @PathParam("code") String code,
            @Valid @NotNull(message = "a JSON body is required") OrganizationInput input,
            @BeanParam IfMatch ifMatch) {
        Organization changed = organizations.update(code, input, ifMatch.value);
        return Responses.ok(organizations.view(changed), ETags.of(changed.code, changed.rowVersion));
    }
}
