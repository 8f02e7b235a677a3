package id.sdmi.catalog.organization;

import id.sdmi.web.Label;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "Data producers and walidata of the NSDR")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    /** An organisation as the API shows it. */
    public record OrganizationView(String code, Label name, String type, String sdiRole, String regionCode) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.code, new Label(o.nameId, o.nameEn), o.type, o.sdiRole, o.regionCode);
        }
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(summary = "List organisations", description = "Producers and walidata in code order, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of organisations", content = @Content(examples = @ExampleObject(
            name = "page", value = """
                    {"items":[{"code":"BPS","name":{"id":"Badan Pusat Statistik","en":"Statistics Indonesia"},\
                    "type":"AGENCY","sdiRole":"PEMBINA_DATA","regionCode":null}],"page":0,"size":50,"total":1}""")))
    public Page<OrganizationView> list(@Valid @BeanParam PageRequest page) {
        var query = Organization.<Organization>findAll(Sort.by("code"));
        return Page.of(query.page(page.page, page.size).list(), page, query.count(), OrganizationView::of);
    }
}
