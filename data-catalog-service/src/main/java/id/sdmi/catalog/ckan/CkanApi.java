package id.sdmi.catalog.ckan;

import id.sdmi.catalog.ckan.CkanRecords.ErrorAnswer;
import id.sdmi.catalog.ckan.CkanRecords.HelpAnswer;
import id.sdmi.catalog.ckan.CkanRecords.NamesAnswer;
import id.sdmi.catalog.ckan.CkanRecords.OrganizationAnswer;
import id.sdmi.catalog.ckan.CkanRecords.OrganizationsAnswer;
import id.sdmi.catalog.ckan.CkanRecords.Package;
import id.sdmi.catalog.ckan.CkanRecords.PackageAnswer;
import id.sdmi.catalog.ckan.CkanRecords.SearchAnswer;
import id.sdmi.catalog.ckan.CkanRecords.SearchResult;
import id.sdmi.catalog.ckan.CkanRecords.StatusAnswer;
import id.sdmi.catalog.dataset.Dataset;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.organization.Organization;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A read API in CKAN's shape (its Action API, version 3) for CKAN portals' harvesters: published datasets only, open
 * like the DCAT catalog. A CKAN portal's stock CKAN harvester pointed at the platform's address harvests the NSDR
 * unchanged: it pages through {@code package_search} (rows and start, sorted by id) until a page comes back empty,
 * with a {@code metadata_modified} range after its first run. Answers are CKAN's envelope; so are its errors (not
 * the platform's problem details), with CKAN's statuses: 404 Not Found Error, 400 Search Query Error or Bad Request,
 * 409 Validation Error.
 */
@Path("/api/3/action")
@Tag(name = "CKAN", description = "A CKAN-compatible read API for CKAN portals' harvesters")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CkanApi {

    private static final Logger LOG = Logger.getLogger(CkanApi.class);
    private static final String JSON = MediaType.APPLICATION_JSON;
    static final int ROWS_MAX = 1000;
    private static final String PUBLISHED = "status = 'PUBLISHED'";
    private static final Map<String, String> SORTS = Map.of("id", "id", "name", "coalesce(identifier, id::text)",
            "title", "title_id", "metadata_modified", "updated_at", "metadata_created", "created_at");
    static final Map<String, String> HELP = Map.of(
            "package_list", "The names of the published datasets, by name; limit and offset page it.",
            "package_show", "One published dataset as a package; id: its id or its name.",
            "package_search", "Published datasets matching q (words, or field:value) and fq (field:value, ranges "
                    + "[from TO to] of metadata_modified or metadata_created, OR, -, parentheses; fields organization, "
                    + "tags, name, id, res_format, license_id), sorted by sort (id, name, title, metadata_modified, "
                    + "metadata_created; asc or desc), rows (at most 1000) from start.",
            "organization_list", "The names of the organisations with published datasets; all_fields=true: each in "
                    + "full; limit and offset page it.",
            "organization_show", "One organisation with published datasets; id: its name (its code in lower case).",
            "status_show", "What this portal is.",
            "help_show", "An action's documentation; name: the action.");

    static final String CKAN_NOTE = "Published datasets only, no token needed; CKAN's envelope, also for errors.";
    static final String HELP_PACKAGE_LIST = "The names of the published datasets, by name; limit and offset page it. "
            + CKAN_NOTE;
    static final String HELP_PACKAGE_SHOW = "One published dataset as a package; id: its id or its name. " + CKAN_NOTE;
    static final String HELP_ORGANIZATION_SHOW = "One organisation with published datasets; id: its name (its code in "
            + "lower case). " + CKAN_NOTE;
    static final String HELP_STATUS_SHOW = "What this portal is. " + CKAN_NOTE;
    static final String HELP_HELP_SHOW = "An action's documentation; name: the action. " + CKAN_NOTE;

    private final EntityManager em;
    private final String siteTitle;

    public CkanApi(EntityManager em,
            @ConfigProperty(name = "sdmi.dcat.title", defaultValue = "Satu Data Migrasi Internasional") String siteTitle) {
        this.em = em;
        this.siteTitle = siteTitle;
    }

    @GET
    @Path("package_list")
    @Operation(operationId = "ckanPackageList", summary = "CKAN package_list: the published datasets' names",
            description = HELP_PACKAGE_LIST)
    @APIResponse(responseCode = "200", description = "The names", content = @Content(schema = @Schema(
            implementation = NamesAnswer.class)))
    @APIResponse(responseCode = "409", description = "limit or offset is not a whole number",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    @APIResponse(responseCode = "500", description = "A fault of the service",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    public NamesAnswer packageList(@QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 10)) String limit,
            @QueryParam("offset") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 10)) String offset, @Context UriInfo uri) {
        Query query = em.createNativeQuery("SELECT coalesce(identifier, id::text) FROM dataset WHERE " + PUBLISHED
                + " ORDER BY 1").setFirstResult(number("offset", offset, 0, Integer.MAX_VALUE, 0));
        if (limit != null) {
            query.setMaxResults(number("limit", limit, 0, Integer.MAX_VALUE, 0));
        }
        @SuppressWarnings("unchecked")
        List<String> names = query.getResultList();
        return new NamesAnswer(help(uri, "package_list"), true, names);
    }

    @GET
    @Path("package_show")
    @Operation(operationId = "ckanPackageShow", summary = "CKAN package_show: one published dataset",
            description = HELP_PACKAGE_SHOW)
    @APIResponse(responseCode = "200", description = "The package", content = @Content(schema = @Schema(
            implementation = PackageAnswer.class)))
    @APIResponse(responseCode = "404", description = "No published dataset has this id or name",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    @APIResponse(responseCode = "409", description = "id is missing",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    @APIResponse(responseCode = "500", description = "A fault of the service",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    public PackageAnswer packageShow(@QueryParam("id") @Parameter(description = "The dataset's id or name",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String id, @Context UriInfo uri) {
        if (id == null || id.isBlank()) {
            throw CkanException.validation("id", "Missing value");
        }
        Dataset dataset = Dataset.findPublished(id)
                .orElseThrow(() -> CkanException.notFound("Not found: no published dataset " + id));
        return new PackageAnswer(help(uri, "package_show"), true, packages(List.of(dataset), base(uri)).get(0));
    }

    @GET
    @Path("package_search")
    @Operation(operationId = "ckanPackageSearch", summary = "CKAN package_search: published datasets by query, paged",
            description = "What CKAN's harvester calls: rows=100&start=0,100,…&sort=id asc, and after a first run "
                    + "fq=metadata_modified:[<last run> TO *]; it stops at the first empty page. " + CKAN_NOTE)
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(
            implementation = SearchAnswer.class)))
    @APIResponse(responseCode = "400", description = "q, fq or sort cannot be read (Search Query Error)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    @APIResponse(responseCode = "409", description = "rows or start is not a whole number in range (Validation Error)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    @APIResponse(responseCode = "500", description = "A fault of the service",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    public SearchAnswer packageSearch(
            @QueryParam("q") @Parameter(description = "Words, or field:value terms as in fq; *:* or none: all",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 1000)) String q,
            @QueryParam("fq") @Parameter(description = "field:value terms, ranges, OR, -, parentheses",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 2000)) String fq,
            @QueryParam("sort") @Parameter(description = "e.g. id asc, metadata_modified desc (the default)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String sort,
            @QueryParam("rows") @Parameter(description = "0 to 1000, 10 by default", schema = @Schema(type = SchemaType.STRING, maxLength = 10))
            String rows,
            @QueryParam("start") @Parameter(description = "How many to skip, 0 by default", schema = @Schema(type = SchemaType.STRING, maxLength = 10))
            String start,
            @Context UriInfo uri) {
        int size = number("rows", rows, 0, ROWS_MAX, 10);
        int skip = number("start", start, 0, Integer.MAX_VALUE, 0);
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(PUBLISHED);
        for (String part : new String[] {q, fq}) {
            if (part == null || part.isBlank()) {
                continue;
            }
            if (part == q && !q.contains(":")) {
                where.append(" AND id IN (SELECT s.id FROM dataset_search s WHERE s.search @@ "
                        + "(websearch_to_tsquery('simple', ?) || websearch_to_tsquery('english', ?)))");
                parameters.add(q);
                parameters.add(q);
                continue;
            }
            CkanQuery.Sql sql = CkanQuery.parse(part);
            where.append(" AND ").append(sql.condition());
            parameters.addAll(sql.parameters());
        }
        String order = order(sort);
        long count = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM dataset WHERE " + where), parameters)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> ids = size == 0 ? List.of() : bind(em.createNativeQuery("SELECT id FROM dataset WHERE " + where
                + " ORDER BY " + order), parameters).setFirstResult(skip).setMaxResults(size).getResultList();
        Map<UUID, Dataset> found = ids.isEmpty() ? Map.of() : Dataset.<Dataset>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
        List<Dataset> page = ids.stream().map(found::get).toList();
        return new SearchAnswer(help(uri, "package_search"), true, new SearchResult(count,
                sort == null ? "metadata_modified desc" : sort, packages(page, base(uri)), Map.of(), Map.of()));
    }

    @GET
    @Path("organization_list")
    @Operation(operationId = "ckanOrganizationList", summary = "CKAN organization_list: organisations with published "
            + "datasets", description = "Their names; with all_fields=true, use ckanOrganizationListAllFields' shape "
                    + "(each organisation in full). " + CKAN_NOTE)
    @APIResponse(responseCode = "200", description = "The names, or the organisations in full", content = @Content(
            schema = @Schema(oneOf = {NamesAnswer.class, OrganizationsAnswer.class})))
    @APIResponse(responseCode = "409", description = "limit or offset is not a whole number",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    @APIResponse(responseCode = "500", description = "A fault of the service",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    public Object organizationList(
            @QueryParam("all_fields") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"true", "false"})) String allFields,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 10)) String limit,
            @QueryParam("offset") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 10)) String offset, @Context UriInfo uri) {
        Map<String, Long> counts = publishedCounts();
        List<Organization> organizations = Organization.<Organization>list("code in ?1", counts.keySet()).stream()
                .sorted(java.util.Comparator.comparing(o -> CkanPackages.organizationName(o.code)))
                .skip(number("offset", offset, 0, Integer.MAX_VALUE, 0))
                .limit(limit == null ? Long.MAX_VALUE : number("limit", limit, 0, Integer.MAX_VALUE, 0)).toList();
        if ("true".equalsIgnoreCase(allFields)) {
            return new OrganizationsAnswer(help(uri, "organization_list"), true, organizations.stream()
                    .map(o -> CkanPackages.organization(o, counts.get(o.code).intValue())).toList());
        }
        return new NamesAnswer(help(uri, "organization_list"), true, organizations.stream()
                .map(o -> CkanPackages.organizationName(o.code)).toList());
    }

    @GET
    @Path("organization_show")
    @Operation(operationId = "ckanOrganizationShow", summary = "CKAN organization_show: one organisation",
            description = HELP_ORGANIZATION_SHOW)
    @APIResponse(responseCode = "200", description = "The organisation", content = @Content(schema = @Schema(
            implementation = OrganizationAnswer.class)))
    @APIResponse(responseCode = "404", description = "No organisation with published datasets has this name",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    @APIResponse(responseCode = "409", description = "id is missing",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    @APIResponse(responseCode = "500", description = "A fault of the service",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    public OrganizationAnswer organizationShow(@QueryParam("id") @Parameter(description = "Its name (the code in "
            + "lower case) or code", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String id, @Context UriInfo uri) {
        if (id == null || id.isBlank()) {
            throw CkanException.validation("id", "Missing value");
        }
        Map<String, Long> counts = publishedCounts();
        Organization organization = Organization.<Organization>list("lower(code) = lower(?1)", id).stream()
                .filter(o -> counts.containsKey(o.code)).findFirst()
                .orElseThrow(() -> CkanException.notFound("Not found: no organisation " + id + " with published datasets"));
        return new OrganizationAnswer(help(uri, "organization_show"), true,
                CkanPackages.organization(organization, counts.get(organization.code).intValue()));
    }

    @GET
    @Path("status_show")
    @Operation(operationId = "ckanStatusShow", summary = "CKAN status_show: what this portal is",
            description = HELP_STATUS_SHOW)
    @APIResponse(responseCode = "200", description = "The status", content = @Content(schema = @Schema(
            implementation = StatusAnswer.class)))
    @APIResponse(responseCode = "500", description = "A fault of the service",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    public StatusAnswer statusShow(@Context UriInfo uri) {
        return new StatusAnswer(help(uri, "status_show"), true, new CkanRecords.Status(siteTitle,
                "Satu Data Migrasi Internasional: the National Secondary Data Review of Indonesia's international "
                        + "migration data sources, read-only in CKAN's shape", base(uri).toString(), "id", "2.10.0",
                List.of()));
    }

    @GET
    @Path("help_show")
    @Operation(operationId = "ckanHelpShow", summary = "CKAN help_show: an action's documentation",
            description = HELP_HELP_SHOW)
    @APIResponse(responseCode = "200", description = "The documentation", content = @Content(schema = @Schema(
            implementation = HelpAnswer.class)))
    @APIResponse(responseCode = "404", description = "No such action",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    @APIResponse(responseCode = "500", description = "A fault of the service",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    public HelpAnswer helpShow(@QueryParam("name") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String name,
            @Context UriInfo uri) {
        String help = name == null ? null : HELP.get(name);
        if (help == null) {
            throw CkanException.notFound("Not found: no action " + name + " (this API has " + String.join(", ",
                    new java.util.TreeSet<>(HELP.keySet())) + ")");
        }
        return new HelpAnswer(help(uri, "help_show"), true, help);
    }

    @GET
    @Path("{action}")
    @Operation(operationId = "ckanUnknownAction", summary = "Any other action: 400, as CKAN answers it", hidden = true)
    public Response unknown(@PathParam("action") String action) {
        throw CkanException.badRequest("Bad request - Action name not known: " + action);
    }

    @ServerExceptionMapper
    Response ckan(CkanException e, UriInfo uri) {
        return envelope(e.status(), e.error(), uri);
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        return envelope(status, Map.of("__type", status == 404 ? "Not Found Error" : "Bad Request",
                "message", e.getMessage() == null ? "" : e.getMessage()), uri);
    }

    @ServerExceptionMapper
    Response fault(RuntimeException e, UriInfo uri) {
        LOG.error("CKAN API fault", e);
        return envelope(500, CkanException.internal("an unexpected fault (please report the X-Request-Id)").error(), uri);
    }

    private static Response envelope(int status, Map<String, Object> error, UriInfo uri) {
        String action = uri.getPathParameters().getFirst("action");
        String path = uri.getPath();
        String name = action != null ? action : path.substring(path.lastIndexOf('/') + 1);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorAnswer(help(uri, name), false, error)).build();
    }

    private static String help(UriInfo uri, String action) {
        return base(uri).resolve("api/3/action/help_show?name=" + java.net.URLEncoder.encode(action,
                java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static URI base(UriInfo uri) {
        return uri.getBaseUri();
    }

    private List<Package> packages(List<Dataset> datasets, URI base) {
        Map<String, Organization> producers = Organization.byCode(datasets.stream().map(d -> d.producer).toList());
        return datasets.stream().map(d -> CkanPackages.of(d, producers.get(d.producer), base)).toList();
    }

    private Map<String, Long> publishedCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT producer, count(*) FROM dataset WHERE " + PUBLISHED
                + " GROUP BY producer").getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** CKAN's sort: comma-separated "field asc|desc"; score (relevance) is left to the other keys; id breaks ties. */
    static String order(String sort) {
        List<String> keys = new ArrayList<>();
        String asked = sort == null || sort.isBlank() ? "metadata_modified desc" : sort;
        for (String key : asked.split(",")) {
            String[] words = key.trim().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            String direction = words.length > 1 ? words[1].toLowerCase(java.util.Locale.ROOT) : "asc";
            if (words.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
                throw CkanException.searchQuery("cannot sort by '" + key.trim() + "': a field, then asc or desc");
            }
            if (words[0].equals("score")) {
                continue;
            }
            String column = SORTS.get(words[0]);
            if (column == null) {
                throw CkanException.searchQuery("cannot sort by '" + words[0] + "' (id, name, title, "
                        + "metadata_modified, metadata_created)");
            }
            keys.add(column + " " + direction);
        }
        keys.add("id");
        return String.join(", ", keys);
    }

    /** A whole number parameter, as CKAN validates it (409 Validation Error). */
    static int number(String field, String value, int min, int max, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min) {
                throw CkanException.validation(field, "Must be a natural number");
            }
            if (n > max) {
                throw CkanException.validation(field, "Must be less than or equal to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw CkanException.validation(field, "Invalid integer");
        }
    }

    private static Query bind(Query query, List<Object> parameters) {
        // the conditions use JDBC's ? placeholders; JPA numbers them
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
