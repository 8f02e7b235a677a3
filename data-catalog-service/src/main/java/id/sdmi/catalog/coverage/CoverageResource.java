package id.sdmi.catalog.coverage;

import static id.sdmi.web.Codes.GCM_OBJECTIVES;
import static id.sdmi.web.Codes.MGI_DOMAINS;

import id.sdmi.catalog.Roles;
import id.sdmi.web.Codes;
import id.sdmi.web.PageSchema;
import id.sdmi.web.Representations;
import id.sdmi.web.SdmxCsv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    /** The SDMX dataflow of the coverage figures (docs/sdmx.md). */
    static final String FLOW = "DF_NSDR_COVERAGE";
    static final String FLOW_VERSION = "1.0.0";
    /** The header and 2 × 29 rows of short codes: a bound for the document. */
    static final int MAX_SDMX = 8_000;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Produces({MediaType.APPLICATION_JSON, Representations.SDMX_CSV})
    @Operation(operationId = "getCoverage", summary = "Coverage of the GCM objectives and MGI domains",
            description = "For each of the 23 GCM objectives and the six MGI domains: how many published datasets "
                    + "cover it and how many of those are disaggregated by sex. Those no dataset covers are gaps. "
                    + "As SDMX-CSV 2.0.0 (?format=sdmx-csv, or Accept: application/vnd.sdmx.data+csv;version=2.0.0) "
                    + "the same figures as observations of the dataflow SDMI:DF_NSDR_COVERAGE(1.0.0): dimensions "
                    + "REF_AREA, THEME (GCM01-GCM23, MGI_D1-MGI_D6), STATISTIC (DS: published datasets; DS_SEX: of "
                    + "which disaggregated by sex), TIME_PERIOD (the day computed); measure OBS_VALUE; attribute "
                    + "UNIT_MEASURE.")
    @APIResponse(responseCode = "200", description = "The coverage", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Coverage.class),
                examples = @ExampleObject(name = "coverage", value = CoverageExamples.COVERAGE)),
        @Content(mediaType = Representations.SDMX_CSV, schema = @Schema(type = SchemaType.STRING, maxLength = MAX_SDMX),
                examples = @ExampleObject(name = "sdmx-csv", value = CoverageExamples.SDMX_CSV))})
    @APIResponse(responseCode = "400", description = "format is neither json nor sdmx-csv")
    @APIResponse(responseCode = "406", description = "Accept names neither JSON nor SDMX-CSV 2.0.0 (another version)")
    public Response coverage(
            @Parameter(description = "sdmx-csv for SDMX-CSV 2.0.0; json (the default, unless Accept asks for SDMX-CSV)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "sdmx-csv"}))
            @QueryParam("format") @Pattern(regexp = "json|sdmx-csv", message = "must be json or sdmx-csv") String format,
            @Context HttpHeaders headers) {
        Coverage coverage = figures();
        if (Representations.choose(headers, format, MediaType.APPLICATION_JSON_TYPE, Representations.SDMX_CSV_TYPE)
                .equals(Representations.SDMX_CSV_TYPE)) {
            return Representations.text(sdmx(coverage, LocalDate.now(ZoneOffset.UTC)), Representations.SDMX_CSV_TYPE)
                    .build();
        }
        return Response.ok(coverage, MediaType.APPLICATION_JSON).build();
    }

    /** The coverage as SDMX-CSV observations: two per objective and per domain. */
    static String sdmx(Coverage coverage, LocalDate day) {
        SdmxCsv csv = new SdmxCsv(FLOW, FLOW_VERSION, "REF_AREA", "THEME", "STATISTIC", "TIME_PERIOD", "OBS_VALUE",
                "UNIT_MEASURE");
        for (Cover c : coverage.gcmObjectives()) {
            String theme = "GCM" + (c.code().length() == 1 ? "0" : "") + c.code();
            csv.row("IDN", theme, "DS", day, c.datasets(), "NUMBER").row("IDN", theme, "DS_SEX", day, c.sexDisaggregated(), "NUMBER");
        }
        for (Cover c : coverage.mgiDomains()) {
            String theme = "MGI_" + c.code();
            csv.row("IDN", theme, "DS", day, c.datasets(), "NUMBER").row("IDN", theme, "DS_SEX", day, c.sexDisaggregated(), "NUMBER");
        }
        return csv.toString();
    }

    Coverage figures() {
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
