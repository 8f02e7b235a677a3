package id.sdmi.catalog.coverage;

import id.sdmi.catalog.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
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
    public record Cover(String code, long datasets, long sexDisaggregated, boolean gap) {
    }

    @Schema(name = "Coverage")
    public record Coverage(long publishedDatasets, List<Cover> gcmObjectives, List<Cover> mgiDomains,
            List<String> gcmObjectiveGaps, List<String> mgiDomainGaps) {
    }

    private final EntityManager em;

    public CoverageResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Coverage of the GCM objectives and MGI domains",
            description = "For each of the 23 GCM objectives and the six MGI domains: how many published datasets "
                    + "cover it and how many of those are disaggregated by sex. Those no dataset covers are gaps.")
    @APIResponse(responseCode = "200", description = "The coverage", content = @Content(examples = @ExampleObject(
            name = "coverage", value = """
                    {"publishedDatasets":21,"gcmObjectives":[{"code":"1","datasets":9,"sexDisaggregated":7,"gap":false},\
                    {"code":"8","datasets":0,"sexDisaggregated":0,"gap":true}],"mgiDomains":[{"code":"D1","datasets":4,\
                    "sexDisaggregated":3,"gap":false}],"gcmObjectiveGaps":["8"],"mgiDomainGaps":[]}""")))
    public Coverage coverage() {
        List<Cover> objectives = covers("""
                SELECT o::text, count(d.id), count(d.id) FILTER (WHERE 'SEX' = ANY (d.disaggregations))
                FROM generate_series(1, 23) AS o
                LEFT JOIN dataset d ON d.status = 'PUBLISHED' AND o = ANY (d.gcm_objectives)
                GROUP BY o ORDER BY o::int""");
        List<Cover> domains = covers("""
                SELECT m, count(d.id), count(d.id) FILTER (WHERE 'SEX' = ANY (d.disaggregations))
                FROM unnest(ARRAY['D1', 'D2', 'D3', 'D4', 'D5', 'D6']) AS m
                LEFT JOIN dataset d ON d.status = 'PUBLISHED' AND m = ANY (d.mgi_domains)
                GROUP BY m ORDER BY m""");
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
