package id.sdmi.catalog.harvest;

import id.sdmi.catalog.Caller;
import id.sdmi.catalog.CurrentCaller;
import id.sdmi.catalog.Roles;
import id.sdmi.catalog.harvest.HarvestJob.State;
import id.sdmi.catalog.organization.Organization;
import id.sdmi.web.Codes;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import id.sdmi.web.PageSchema;
import id.sdmi.web.Problem;
import id.sdmi.web.ProblemException;
import id.sdmi.web.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Harvest sources and their jobs: an administrator or the walidata registers a producer's portal (a CKAN API or a
 * DCAT catalog) and runs it on demand; it also runs on its schedule. Every run is a job with its history, counts and
 * an error per failed record; a job can be cancelled.
 */
@Path("/api/v1")
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "Harvesting", description = "Producers' portals harvested into the NSDR")
@Produces(MediaType.APPLICATION_JSON)
public class HarvestResource {

    static final String URL = "^https?://[^\\s/$.?#][^\\s]*$";
    static final int ERRORS_SHOWN = 1000;

    @Schema(name = "HarvestSourceInput", description = "A producer's portal to harvest")
    public record SourceInput(
            @NotNull(message = "is required") @Pattern(regexp = Codes.CODE, message = "must be an organisation code")
            @Schema(description = "The producer whose datasets the portal holds (a registered organisation, else 422)",
                    maxLength = Codes.CODE_LENGTH, example = "BP2MI") String organization,
            @NotNull(message = "is required") @Schema(description = "CKAN: the portal's address (its /api/3/action is "
                    + "read); DCAT: the catalog's address (Turtle, RDF/XML or JSON-LD, paged with Hydra)")
            HarvestSource.Kind kind,
            @NotNull(message = "is required") @Size(max = 2000) @Pattern(regexp = URL, message = "must be an http or https URL")
            @Schema(example = "https://data.bp2mi.go.id") String url,
            @NotBlank(message = "is required") @Size(max = 200) @Schema(example = "Portal Data BP2MI") String title,
            @Size(max = 1000) @Schema(nullable = true, description = "CKAN only: a filter query (fq) limiting what is "
                    + "harvested, as CKAN's package_search reads it", example = "organization:bp2mi") String filter,
            @Schema(description = "Its datasets are published at once (default: they wait for the walidata)",
                    nullable = true) Boolean trusted,
            @Min(value = 1, message = "must be from 1 to 8760") @Max(value = 8760, message = "must be from 1 to 8760")
            @Schema(description = "Hours between scheduled harvests (default 24)", nullable = true, example = "24")
            Integer everyHours) {
    }

    @Schema(name = "HarvestSource", description = "A producer's portal the NSDR harvests")
    public record SourceView(@Schema(required = true) UUID id,
            @Schema(required = true, maxLength = Codes.CODE_LENGTH) String organization,
            @Schema(required = true) HarvestSource.Kind kind, @Schema(required = true, maxLength = 2000) String url,
            @Schema(required = true, maxLength = 200) String title,
            @Schema(nullable = true, maxLength = 1000) String filter, @Schema(required = true) boolean trusted,
            @Schema(required = true) boolean enabled,
            @Schema(required = true, minimum = "1", maximum = "8760") int everyHours,
            @Schema(nullable = true, maxLength = 35) OffsetDateTime nextRunAt,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true, maxLength = 200) String createdBy) {
    }

    @Schema(name = "HarvestJobError", description = "A record the job could not take, and why")
    public record JobError(@Schema(required = true, maxLength = 2000, description = "The record's id at the source (a "
            + "package id, a dataset IRI) or the source's address") String sourceRecord,
            @Schema(nullable = true, maxLength = 200, description = "The field at fault, in the source's terms")
            String field, @Schema(required = true, maxLength = 2000) String reason) {
    }

    @Schema(name = "HarvestJob", description = "One harvest of a source: its state, counts and errors")
    public record JobView(@Schema(required = true) UUID id, @Schema(required = true) UUID sourceId,
            @Schema(required = true) HarvestJob.Trigger trigger,
            @Schema(required = true, description = "QUEUED, RUNNING, then SUCCEEDED, FAILED or CANCELLED") State state,
            @Schema(required = true, maxLength = 200) String requestedBy,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(nullable = true, maxLength = 35) OffsetDateTime startedAt,
            @Schema(nullable = true, maxLength = 35) OffsetDateTime finishedAt,
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX) int created,
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX) int updated,
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX) int unchanged,
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX) int withdrawn,
            @Schema(required = true, minimum = "0", maximum = PageSchema.COUNT_MAX) int failed,
            @Schema(required = true) boolean cancelRequested,
            @Schema(nullable = true, maxLength = 2000, description = "How it ended, when not simply") String message,
            @Schema(required = true, maxItems = ERRORS_SHOWN, description = "The errors, one per failed record (the "
                    + "first 1000)") List<JobError> errors) {
    }

    @Schema(name = "HarvestSourcePage", description = "A page of harvest sources")
    public static final class SourcePage extends PageSchema<SourceView> {
    }

    @Schema(name = "HarvestJobPage", description = "A page of a source's jobs, the newest first")
    public static final class JobPage extends PageSchema<JobView> {
    }

    private static final ProblemType JOB_WAITING = ProblemType.of("harvest-job-waiting",
            "A job of this source is already waiting or running", 409);

    private final CurrentCaller callers;
    private final HarvestJobs jobs;
    private final EntityManager em;

    public HarvestResource(CurrentCaller callers, HarvestJobs jobs, EntityManager em) {
        this.callers = callers;
        this.jobs = jobs;
        this.em = em;
    }

    @POST
    @Path("harvest-sources")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.WALIDATA})
    @Operation(operationId = "createHarvestSource", summary = "Register a producer's portal to harvest",
            description = "An administrator or the walidata. It is harvested every everyHours hours, the first time "
                    + "within a minute; POST …/jobs harvests it at once.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(
            implementation = SourceView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid")
    @APIResponse(responseCode = "409", description = "This organisation already has a source at this address")
    @APIResponse(responseCode = "422", description = "No such organisation")
    public Response create(@Valid @NotNull(message = "a body is required") SourceInput input, UriInfo uri) {
        Caller caller = callers.get();
        SourceView view = QuarkusTransaction.requiringNew().call(() -> {
            if (Organization.findById(input.organization()) == null) {
                throw ProblemException.fields(ProblemType.UNPROCESSABLE, List.of(new Problem.FieldError("organization",
                        "no organisation " + input.organization() + " is registered (GET /api/v1/organizations)")));
            }
            if (HarvestSource.count("organization = ?1 and url = ?2", input.organization(), input.url()) > 0) {
                throw ProblemException.conflict(input.organization() + " already has a harvest source at " + input.url());
            }
            HarvestSource s = new HarvestSource();
            s.id = UUID.randomUUID();
            s.organization = input.organization();
            s.kind = input.kind();
            s.url = input.url();
            s.title = input.title();
            s.filter = input.filter() == null || input.filter().isBlank() ? null : input.filter().trim();
            s.trusted = Boolean.TRUE.equals(input.trusted());
            s.enabled = true;
            s.everyHours = input.everyHours() == null ? 24 : input.everyHours();
            s.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            s.createdBy = caller.name();
            s.nextRunAt = s.createdAt.plusMinutes(1);
            s.persist();
            return view(s);
        });
        return Response.created(uri.getBaseUri().resolve("api/v1/harvest-sources/" + view.id())).entity(view).build();
    }

    @GET
    @Path("harvest-sources")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listHarvestSources", summary = "The harvest sources",
            description = "By organisation, then title.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(
            implementation = SourcePage.class)))
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<SourceView> list(@Valid @BeanParam PageRequest page) {
        var query = HarvestSource.<HarvestSource>findAll(Sort.by("organization").and("title").and("id"));
        return Page.of(query.page(page.page, page.size).list(), page, query.count(), HarvestResource::view);
    }

    @GET
    @Path("harvest-sources/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getHarvestSource", summary = "One harvest source", description = "Its settings and "
            + "when it runs next.")
    @APIResponse(responseCode = "200", description = "The source", content = @Content(schema = @Schema(
            implementation = SourceView.class)))
    @APIResponse(responseCode = "404", description = "No such source")
    public SourceView get(@PathParam("id") UUID id) {
        return view(source(id));
    }

    @POST
    @Path("harvest-sources/{id}/jobs")
    @RolesAllowed({Roles.ADMIN, Roles.WALIDATA})
    @Operation(operationId = "runHarvestSource", summary = "Harvest a source now",
            description = "A job, QUEUED and started within seconds by a replica that wins the source's lease; follow "
                    + "it at its Location.")
    @APIResponse(responseCode = "202", description = "The job, waiting", content = @Content(schema = @Schema(
            implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such source")
    @APIResponse(responseCode = "409", description = "A job of this source is already waiting or running (its id is "
            + "in the detail)")
    public Response run(@PathParam("id") UUID id, UriInfo uri) {
        Caller caller = callers.get();
        source(id);
        UUID job = UUID.randomUUID();
        int queued = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                INSERT INTO harvest_job (id, source_id, trigger, state, requested_by, created_at)
                VALUES (?1, ?2, 'MANUAL', 'QUEUED', ?3, now()) ON CONFLICT DO NOTHING""")
                .setParameter(1, job).setParameter(2, id).setParameter(3, caller.name()).executeUpdate());
        if (queued == 0) {
            HarvestJob waiting = HarvestJob.find("sourceId = ?1 and state in ?2", id, List.of(State.QUEUED, State.RUNNING))
                    .firstResult();
            throw new ProblemException(Problem.of(JOB_WAITING, "job " + (waiting == null ? "?" : waiting.id)
                    + " of this source is " + (waiting == null ? "waiting" : waiting.state)
                    + "; follow it at /api/v1/harvest-jobs/" + (waiting == null ? "" : waiting.id)));
        }
        JobView queuedJob = job(job);
        jobs.kick();
        URI location = uri.getBaseUri().resolve("api/v1/harvest-jobs/" + job);
        return Response.accepted(queuedJob).location(location).build();
    }

    @GET
    @Path("harvest-sources/{id}/jobs")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listHarvestJobs", summary = "A source's jobs, the newest first",
            description = "Each with its state and counts; the errors are in each job's own page.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(
            implementation = JobPage.class)))
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @APIResponse(responseCode = "404", description = "No such source")
    public Page<JobView> jobs(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        source(id);
        var query = HarvestJob.<HarvestJob>find("sourceId", Sort.descending("createdAt").and("id"), id);
        return Page.of(query.page(page.page, page.size).list(), page, query.count(), j -> view(j, List.of()));
    }

    @GET
    @Path("harvest-jobs/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getHarvestJob", summary = "One harvest job: its report",
            description = "State, times, counts (created, updated, unchanged, withdrawn, failed) and an error per "
                    + "failed record: the record's id at the source, the field, the reason.")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(
            implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such job")
    public JobView job(@PathParam("id") UUID id) {
        HarvestJob job = HarvestJob.findById(id);
        if (job == null) {
            throw ProblemException.notFound("no harvest job " + id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT source_record, field, reason FROM harvest_job_error WHERE job_id = ?1 ORDER BY position LIMIT ?2""")
                .setParameter(1, id).setParameter(2, ERRORS_SHOWN).getResultList();
        return view(job, rows.stream().map(r -> new JobError((String) r[0], (String) r[1], (String) r[2])).toList());
    }

    @POST
    @Path("harvest-jobs/{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.WALIDATA})
    @Operation(operationId = "cancelHarvestJob", summary = "Cancel a harvest job",
            description = "A waiting job is cancelled at once; a running one stops before its next record (what it "
                    + "took stays; nothing is withdrawn).")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(
            implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such job")
    @APIResponse(responseCode = "409", description = "The job has already finished")
    public JobView cancel(@PathParam("id") UUID id) {
        QuarkusTransaction.requiringNew().run(() -> {
            HarvestJob job = HarvestJob.findById(id);
            if (job == null) {
                throw ProblemException.notFound("no harvest job " + id);
            }
            if (job.state.finished()) {
                throw ProblemException.conflict("job " + id + " has already finished: " + job.state);
            }
            job.cancelRequested = true;
            if (job.state == State.QUEUED) {
                job.state = State.CANCELLED;
                job.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
                job.message = "cancelled before it started";
            }
        });
        return job(id);
    }

    private static HarvestSource source(UUID id) {
        HarvestSource source = HarvestSource.findById(id);
        if (source == null) {
            throw ProblemException.notFound("no harvest source " + id);
        }
        return source;
    }

    static SourceView view(HarvestSource s) {
        return new SourceView(s.id, s.organization, s.kind, s.url, s.title, s.filter, s.trusted, s.enabled, s.everyHours,
                s.nextRunAt, s.createdAt, s.createdBy);
    }

    static JobView view(HarvestJob j, List<JobError> errors) {
        return new JobView(j.id, j.sourceId, j.trigger, j.state, j.requestedBy, j.createdAt, j.startedAt, j.finishedAt,
                j.created, j.updated, j.unchanged, j.withdrawn, j.failed, j.cancelRequested, j.message, errors);
    }
}
