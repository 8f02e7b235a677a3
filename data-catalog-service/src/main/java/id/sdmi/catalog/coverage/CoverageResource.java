package id.sdmi.catalog.coverage;

import static id.sdmi.web.Codes.GCM_OBJECTIVES;
import static id.sdmi.web.Codes.MGI_DOMAINS;

import id.sdmi.catalog.Roles;
import id.sdmi.web.Codes;
import id.sdmi.web.PageSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/coverage")
@Tag(name = "Coverage", description = "Where the evidence gaps are")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    /** How many published datasets cover one GCM objective or MGI domain, and how many of them by sex. */
    @Schema(name = "CoverageCell", description = "How many published datasets cover one GCM objective or MGI domain, "
            + "and how many of those are disaggregated by sex")
    public record Cover(
            @Schema(required = true, maxLength = 2, pattern = "[1-9]|1[0-9]|2[0-3]|D[1-6]",
                    description = "The objective (1 to 23) or domain (D1 to D6)") String code,
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX) long datasets,
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX) long sexDisaggregated,
            @Schema(required = true, description = "No published dataset covers it") boolean gap) {
    }

    @Schema(name = "Coverage", description = "The coverage of every GCM objective and MGI domain by published datasets")
    public record Coverage(
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX) long publishedDatasets,
            @Schema(required = true, minItems = GCM_OBJECTIVES, maxItems = GCM_OBJECTIVES, description = "1 to 23, in order")
            List<Cover> gcmObjectives,
            @Schema(required = true, minItems = MGI_DOMAINS, maxItems = MGI_DOMAINS, description = "D1 to D6, in order")
            List<Cover> mgiDomains,
            @Schema(required = true, maxItems = GCM_OBJECTIVES, description = "The objectives no published dataset covers")
            List<@Size(max = 2) @Pattern(regexp = "[1-9]|1[0-9]|2[0-3]") String> gcmObjectiveGaps,
            @Schema(required = true, maxItems = MGI_DOMAINS, description = "The domains no published dataset covers")
            List<@Size(max = 2) @Pattern(regexp = Codes.MGI_DOMAIN) String> mgiDomainGaps) {
    }

    private final EntityManager em;

    public CoverageResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getCoverage", summary = "Coverage of the GCM objectives and MGI domains",
            description = "For each of the 23 GCM objectives and the six MGI domains: how many published datasets "
                    + "cover it and how many of those are disaggregated by sex. Those no dataset covers are gaps.")
    @APIResponse(responseCode = "200", description = "The coverage", content = @Content(
            schema = @Schema(implementation = Coverage.class),
            examples = @ExampleObject(name = "coverage", value = CoverageExamples.COVERAGE)))
    public Coverage coverage() {
        List<Cover> objectives = covers("""
                SELECT o::text, count(d.id), count(d.id) FILTER (WHERE 'SEX' = ANY (d.disaggregations))
                FROM generate_series(1, %d) AS o
                LEFT JOIN dataset d ON d.status = 'PUBLISHED' AND o = ANY (d.gcm_objectives)
                GROUP BY o ORDER BY o::int""".formatted(Codes.GCM_OBJECTIVES));
        List<Cover> domains = covers("""
                SELECT m, count(d.id), count(d.id) FILTER (WHERE 'SEX' = ANY (d.disaggregations))
                FROM unnest(CAST(string_to_array('%s', ',') AS text[])) AS m
                LEFT JOIN dataset d ON d.status = 'PUBLISHED' AND m = ANY (d.mgi_domains)
                GROUP BY m ORDER BY m""".formatted(String.join(",", Codes.mgiDomains())));
        long published = ((Number) em.createNativeQuery("SELECT count(*) FROM dataset WHERE status = 'PUBLISHED'")
                .getSingleResult()).longValue();
        return new Coverage(published, objectives, domains,
                objectives.stream().filter(Cover::gap).map(Cover::code).toList(),
                domains.stream().filter(Cover::gap).map(Cover::code).toList());
    }

    private List<Cover> covers(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> {
            long datasets = ((Number) r[1]).longValue();
            return new Cover((String) r[0], datasets, ((Number) r[2]).longValue(), datasets == 0);
        }).toList();
    }
}
