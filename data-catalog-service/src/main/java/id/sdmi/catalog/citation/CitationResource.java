package id.sdmi.catalog.citation;

import id.sdmi.catalog.CurrentCaller;
import id.sdmi.catalog.Roles;
import id.sdmi.catalog.dataset.DatasetService;
import id.sdmi.web.Codes;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/datasets/{id}/citations")
@Tag(name = "Datasets")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class CitationResource {

    /** How many assessments' citations of one dataset are answered at most: the newest. */
    static final int CITATIONS_MAX = 10_000;

    @Schema(name = "DatasetCitation", description = "A published assessment whose evidence cites the dataset")
    public record Citation(
            @Schema(required = true, format = "uuid", maxLength = 36) String assessmentId,
            @Schema(required = true, maxLength = 4000, description = "The assessment's title in Indonesian") String title,
            @Schema(required = true, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE,
                    description = "The framework's code") String framework,
            @Schema(required = true, maxLength = Codes.VERSION_LENGTH, pattern = Codes.VERSION,
                    description = "The catalog version assessed") String version,
            @Schema(required = true, enumeration = {"NATIONAL", "PROVINCE", "REGENCY"}, description = "What it covers")
            String scopeLevel,
            @Schema(nullable = true, maxLength = Codes.REGION_LENGTH, pattern = Codes.REGION,
                    description = "The BPS code of the province or regency assessed") String regionCode,
            @Schema(required = true) OffsetDateTime publishedAt) {
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
    @Operation(operationId = "listDatasetCitations", summary = "The assessments that cite a dataset",
            description = "Published assessments whose answers cite the dataset as evidence, newest first (at most "
                    + CITATIONS_MAX + "); learned from "
                    + "sdmi.assessment.published.v1. The dataset's citations field is their number.")
    @APIResponse(responseCode = "200", description = "The citing assessments, newest first", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = Citation.class, maxItems = CITATIONS_MAX),
            examples = @ExampleObject(name = "citations", value = CitationExamples.CITATIONS)))
    @APIResponse(responseCode = "404", description = "No such dataset, or not yours to see")
    public List<Citation> citations(@Parameter(description = "The dataset's id",
            example = "7b1e4c52-3f0a-4f7e-9a8e-0c3d2b1a9f10") @PathParam("id") UUID id) {
        datasets.visible(id, caller.get());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT assessment_id, assessment_title, framework, version, scope_level, region_code, published_at
                FROM dataset_citation WHERE dataset_id = ?1 ORDER BY published_at DESC, assessment_id""")
                .setParameter(1, id).setMaxResults(CITATIONS_MAX).getResultList();
        return rows.stream().map(r -> new Citation((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], SqlValues.offsetDateTime(r[6]))).toList();
    }
}
