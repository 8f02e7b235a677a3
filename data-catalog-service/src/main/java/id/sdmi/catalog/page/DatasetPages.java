package id.sdmi.catalog.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sdmi.catalog.dataset.Dataset;
import id.sdmi.catalog.dataset.DatasetEnums.Access;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.dcat.DcatGraph;
import id.sdmi.catalog.dataset.DatasetRecords.Distribution;
import id.sdmi.catalog.organization.Organization;
import id.sdmi.reference.RegionCodes;
import id.sdmi.web.ProblemException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A public page per published dataset, for people and for search engines: its metadata in Indonesian (English
 * beside it), with schema.org {@code Dataset} JSON-LD that Google Dataset Search reads, links to its DCAT documents,
 * an index of the published datasets in pages, and a sitemap.
 */
@Path("/nsdr")
@PermitAll
@Tag(name = "Pages", description = "Public pages of the published datasets")
public class DatasetPages {

    static final int PAGE = 100;
    static final int SITEMAP_MAX = 50_000;
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
    /** Indonesia's box as schema.org's GeoShape writes it (south west north east), from the DCAT export's bbox. */
    static final String INDONESIA_BOX = "-10.9097 95.2066 5.9070 140.9762";

    private final Template dataset;
    private final Template index;
    private final Template sitemap;
    private final ObjectMapper json;
    private final RegionCodes regions;
    private final String catalogTitle;

    public DatasetPages(@Location("nsdr/dataset.html") Template dataset, @Location("nsdr/index.html") Template index,
            @Location("nsdr/sitemap.xml") Template sitemap, ObjectMapper json, RegionCodes regions,
            @ConfigProperty(name = "sdmi.dcat.title", defaultValue = "Satu Data Migrasi Internasional") String catalogTitle) {
        this.dataset = dataset;
        this.index = index;
        this.sitemap = sitemap;
        this.json = json;
        this.regions = regions;
        this.catalogTitle = catalogTitle;
    }

    /** One line of the index or the sitemap. */
    @TemplateData
    public record Item(String url, String title, String producer, String modified) {
    }

    @GET
    @Path("{name}")
    @Produces("text/html")
    @Operation(operationId = "getDatasetPage", summary = "A published dataset's public page, with schema.org JSON-LD",
            description = "HTML in Indonesian (English beside it) for people and search engines: the metadata, links to "
                    + "the distributions and to the DCAT documents, and schema.org Dataset JSON-LD (Google Dataset "
                    + "Search). No token needed.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = "text/html",
            schema = @Schema(type = SchemaType.STRING, maxLength = 1_000_000)))
    @APIResponse(responseCode = "404", description = "No published dataset has this identifier or id")
    public Response page(@PathParam("name") @Parameter(description = "The dataset's identifier or id",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = "^[a-z0-9-]{1,100}$")) String name, @Context UriInfo uri) {
        Dataset d = Dataset.findPublished(name)
                .orElseThrow(() -> ProblemException.notFound("no published dataset " + name));
        URI base = uri.getBaseUri();
        Organization producer = Organization.findById(d.producer);
        String producerName = producer == null ? d.producer : producer.nameId;
        String url = base.resolve("nsdr/" + d.name()).toString();
        String html = dataset.data("d", d).data("catalogTitle", catalogTitle).data("url", url)
                .data("index", base.resolve("nsdr").toString())
                .data("dcat", base.resolve("api/v1/catalog/datasets/" + d.id).toString())
                .data("summary", d.descriptionId.length() > 300 ? d.descriptionId.substring(0, 297) + "…" : d.descriptionId)
                .data("producerName", producerName).data("period", period(d)).data("place", place(d))
                .data("topics", String.join(", ", d.topics)).data("modified", day(d.updatedAt))
                .data("jsonLd", scriptSafe(schemaOrg(d, producerName, url, base))).render();
        return Response.ok(html, "text/html;charset=UTF-8").header("Content-Security-Policy", POLICY)
                .header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Produces("text/html")
    @Operation(operationId = "getDatasetPages", summary = "The index of the published datasets' pages, 100 a page",
            description = "HTML, by title, linked page to page (rel=next, rel=prev). No token needed.")
    @APIResponse(responseCode = "200", description = "The index", content = @Content(mediaType = "text/html",
            schema = @Schema(type = SchemaType.STRING, maxLength = 1_000_000)))
    @APIResponse(responseCode = "400", description = "page is not a page number")
    public Response index(@QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000"))
            Integer page, @Context UriInfo uri) {
        int at = page == null ? 0 : page;
        if (at < 0 || at > 1_000_000) {
            throw ProblemException.invalid("page", "must be from 0 to 1000000");
        }
        URI base = uri.getBaseUri();
        var query = Dataset.<Dataset>find("status", Sort.by("titleId").and("id"), Status.PUBLISHED);
        long total = query.count();
        List<Item> items = items(query.page(Page.of(at, PAGE)).list(), base);
        String html = index.data("catalogTitle", catalogTitle).data("total", total).data("items", items)
                .data("catalog", base.resolve("api/v1/catalog").toString())
                .data("sitemap", base.resolve("nsdr/sitemap.xml").toString())
                .data("previous", at > 0 ? base.resolve("nsdr?page=" + (at - 1)).toString() : null)
                .data("next", (at + 1L) * PAGE < total ? base.resolve("nsdr?page=" + (at + 1)).toString() : null)
                .render();
        return Response.ok(html, "text/html;charset=UTF-8").header("Content-Security-Policy", POLICY).build();
    }

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml")
    @Operation(operationId = "getDatasetSitemap", summary = "The sitemap of the published datasets' pages",
            description = "At most 50,000 pages (a sitemap's limit), the newest changes first, with their last change. "
                    + "No token needed.")
    @APIResponse(responseCode = "200", description = "The sitemap", content = @Content(mediaType = "application/xml",
            schema = @Schema(type = SchemaType.STRING, maxLength = 20_000_000)))
    public Response sitemap(@Context UriInfo uri) {
        List<Dataset> published = Dataset.<Dataset>find("status", Sort.descending("updatedAt"), Status.PUBLISHED)
                .page(Page.ofSize(SITEMAP_MAX)).list();
        String xml = sitemap.data("items", items(published, uri.getBaseUri())).render();
        return Response.ok(xml, "application/xml;charset=UTF-8").build();
    }

    /** schema.org's Dataset, as Google Dataset Search reads it. */
    String schemaOrg(Dataset d, String producerName, String url, URI base) {
        ObjectNode n = json.createObjectNode();
        n.put("@context", "https://schema.org/");
        n.put("@type", "Dataset");
        n.put("name", d.titleId);
        if (d.titleEn != null) {
            n.put("alternateName", d.titleEn);
        }
        n.put("description", d.descriptionId);
        n.put("url", url);
        n.put("sameAs", base.resolve("api/v1/catalog/datasets/" + d.id).toString());
        ArrayNode identifiers = n.putArray("identifier");
        if (d.identifier != null) {
            identifiers.add(d.identifier);
        }
        identifiers.add(d.id.toString());
        ArrayNode keywords = n.putArray("keywords");
        for (String topic : d.topics) {
            keywords.add(topic);
        }
        String eu = DcatGraph.euLicence(d.licenceId);
        if (eu != null) {
            n.put("license", eu);
        } else if (d.licence != null) {
            n.putObject("license").put("@type", "CreativeWork").put("name", d.licence);
        }
        ObjectNode creator = n.putObject("creator").put("@type", "Organization").put("name", producerName);
        n.set("publisher", creator.deepCopy());
        n.put("isAccessibleForFree", d.access == Access.OPEN);
        Integer end = d.temporalEnd;
        if (d.temporalStart != null) {
            n.put("temporalCoverage", d.temporalStart + "/" + (end == null ? ".." : end));
        }
        ObjectNode placeNode = n.putObject("spatialCoverage").put("@type", "Place").put("name", place(d));
        if (d.regionCode == null) {
            placeNode.putObject("geo").put("@type", "GeoShape").put("box", INDONESIA_BOX);
        }
        ArrayNode downloads = n.putArray("distribution");
        for (Distribution x : d.distributions) {
            if (x.downloadUrl() != null) {
                ObjectNode download = downloads.addObject().put("@type", "DataDownload")
                        .put("contentUrl", x.downloadUrl());
                if (x.mediaType() != null) {
                    download.put("encodingFormat", x.mediaType());
                }
                if (x.title() != null) {
                    download.put("name", x.title());
                }
            }
        }
        if (downloads.isEmpty()) {
            n.remove("distribution");
        }
        n.putObject("includedInDataCatalog").put("@type", "DataCatalog").put("name", catalogTitle)
                .put("url", base.resolve("nsdr").toString());
        if (d.publishedAt != null) {
            n.put("datePublished", day(d.publishedAt));
        }
        n.put("dateModified", day(d.updatedAt));
        n.put("inLanguage", "id");
        try {
            return json.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON inside a script element: no character that could end it or open markup. */
    static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private List<Item> items(List<Dataset> datasets, URI base) {
        Map<String, Organization> producers = Organization.byCode(datasets.stream().map(d -> d.producer).toList());
        return datasets.stream().map(d -> new Item(base.resolve("nsdr/" + d.name()).toString(), d.titleId,
                producers.containsKey(d.producer) ? producers.get(d.producer).nameId : d.producer, day(d.updatedAt)))
                .toList();
    }

    private String place(Dataset d) {
        if (d.regionCode == null) {
            return "Indonesia";
        }
        String name = regions.name(d.regionCode);
        return (name == null ? d.regionCode : name) + ", Indonesia";
    }

    private static String period(Dataset d) {
        if (d.temporalStart == null) {
            return "—";
        }
        if (d.temporalEnd != null) {
            return d.temporalStart + "–" + d.temporalEnd;
        }
        return d.temporalStart + "–sekarang" + (d.temporalLatest == null ? "" : " (data sampai " + d.temporalLatest + ")");
    }

    private static String day(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
