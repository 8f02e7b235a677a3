package id.sdmi.indicator.framework;

import id.sdmi.indicator.Roles;
import id.sdmi.indicator.framework.FrameworkRecords.FrameworkPage;
import id.sdmi.indicator.framework.FrameworkRecords.FrameworkView;
import id.sdmi.indicator.framework.FrameworkRecords.NewFramework;
import id.sdmi.web.Codes;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/frameworks")
@Tag(name = "Frameworks", description = "MGI indicator sets such as MGI-NATIONAL and MGI-LOCAL")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrameworkResource {

    private final FrameworkService frameworks;
    private final SecurityIdentity identity;

    public FrameworkResource(FrameworkService frameworks, SecurityIdentity identity) {
        this.frameworks = frameworks;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.ADMIN})
    @Operation(operationId = "createFramework", summary = "Create a framework",
            description = "Creates an MGI framework and announces it on sdmi.indicator.catalog.v1. "
                    + "Only catalog editors and administrators may create frameworks.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewFramework.class),
            examples = @ExampleObject(name = "national", value = FrameworkExamples.NEW_FRAMEWORK)))
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(ref = OpenApiConventions.LOCATION),
            content = @Content(schema = @Schema(implementation = FrameworkView.class),
                    examples = @ExampleObject(name = "created", value = FrameworkExamples.FRAMEWORK)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid", value = FrameworkExamples.INVALID)))
    @APIResponse(responseCode = "409", description = "A framework with this code exists")
    public RestResponse<FrameworkView> create(@Valid @NotNull(message = "a JSON body is required") NewFramework request,
            UriInfo uri) {
        FrameworkView created = frameworks.create(request, identity.getPrincipal().getName());
        return Responses.created(uri, created.code(), created, null);
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listFrameworks", summary = "List frameworks",
            description = "Frameworks in code order, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of frameworks",
            content = @Content(schema = @Schema(implementation = FrameworkPage.class),
                    examples = @ExampleObject(name = "page", value = FrameworkExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<FrameworkView> list(@Valid @BeanParam PageRequest page) {
        return frameworks.list(page);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getFramework", summary = "Get a framework",
            description = "A framework by its code; its versions are under /versions.")
    @APIResponse(responseCode = "200", description = "The framework",
            content = @Content(schema = @Schema(implementation = FrameworkView.class),
                    examples = @ExampleObject(name = "framework", value = FrameworkExamples.FRAMEWORK)))
    @APIResponse(responseCode = "404", description = "No framework with this code")
    public FrameworkView get(@Parameter(example = "MGI-NATIONAL",
            schema = @Schema(type = SchemaType.STRING, maxLength = Codes.CODE_LENGTH)) @PathParam("code") String code) {
        return frameworks.get(code);
    }
}
