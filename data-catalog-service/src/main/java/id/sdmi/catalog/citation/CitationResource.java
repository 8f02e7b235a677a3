package id.sdmi.catalog.citation;

import id.sdmi.catalog.CurrentCaller;
import id.sdmi.catalog.Roles;
import id.sdmi.catalog.dataset.DatasetService;
import id.sdmi.web.SqlValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/datasets/{id}/citations")
@Tag(name = "Datasets")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class CitationResource {

    @Schema(name = "Citation", description = "A published assessment whose evidence cites the dataset")
    public record Citation(String assessmentId, String title, String framework, String version, String scopeLevel,
            String regionCode, OffsetDateTime publishedAt) {
    }

    private final DatasetService datasets;
    private final CurrentCaller caller;
    private final EntityManager em;

    public CitationResource(DatasetService datasets, CurrentCaller caller, EntityManager em) {
        this.datasets = datasets;
        this.caller = caller;
        this.em = em;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The assessments that cite a dataset",
            description = "Published assessments whose answers cite the dataset as evidence, newest first; learned from "
                    + "sdmi.assessment.published.v1. The dataset's citations field is their number.")
    @APIResponse(responseCode = "200", description = "The citing assessments", content = @Content(examples = @ExampleObject(
            name = "citations", value = "[{\"assessmentId\":\"4f6c…\",\"title\":\"MGI Lokal Jawa Tengah 2023\","
                    + "\"framework\":\"MGI-LOCAL\",\"version\":\"2023\",\"scopeLevel\":\"PROVINCE\",\"regionCode\":\"33\","
                    + "\"publishedAt\":\"2023-11-30T09:00:00Z\"}]")))
    @APIResponse(responseCode = "404", description = "No such dataset, or not yours to see")
    public List<Citation> citations(@PathParam("id") UUID id) {
        datasets.visible(id, caller.get());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT assessment_id, assessment_title, framework, version, scope_level, region_code, published_at
                FROM dataset_citation WHERE dataset_id = ?1 ORDER BY published_at DESC, assessment_id""")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new Citation((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], SqlValues.offsetDateTime(r[6]))).toList();
    }
}
