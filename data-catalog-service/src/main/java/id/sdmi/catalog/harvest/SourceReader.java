package id.sdmi.catalog.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sdmi.catalog.ckan.CkanRecords;
import id.sdmi.catalog.harvest.HarvestMapping.Harvested;
import id.sdmi.catalog.harvest.SafeFetcher.FetchException;
import id.sdmi.catalog.harvest.SafeFetcher.Fetched;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads a source's listing page by page: a CKAN API through {@code package_search} (rows and start, sorted by id,
 * until a page comes back empty), or a DCAT catalog in Turtle, RDF/XML or JSON-LD following Hydra's {@code next}.
 * A listing that loops or repeats itself is stopped and said to be incomplete, so that nothing is withdrawn on it.
 */
abstract class SourceReader {

    static final int MAX_PAGES = 10_000;

    /** Why the listing is not known to be complete (then nothing is withdrawn), or null. */
    String incomplete;

    /** The next page of records, or null when the listing is over. */
    abstract List<Harvested> next() throws FetchException;

    static final class Ckan extends SourceReader {
        private final SafeFetcher fetcher;
        private final ObjectMapper json;
        private final String base;
        private final String filter;
        private final int rows;
        private final String producer;
        private final Set<String> seen = new HashSet<>();
        private int start;
        private int pages;

        Ckan(SafeFetcher fetcher, ObjectMapper json, String url, String filter, int rows, String producer) {
            this.fetcher = fetcher;
            this.filter = filter;
            this.json = json;
            this.base = url.replaceAll("/+$", "").replaceAll("/api/3/action$", "").replaceAll("/api/action$", "");
            this.rows = rows;
            this.producer = producer;
        }

        @Override
        List<Harvested> next() throws FetchException {
            if (incomplete != null || pages++ >= MAX_PAGES) {
                incomplete = incomplete != null ? incomplete : "more than " + MAX_PAGES + " pages";
                return null;
            }
            URI page = URI.create(base + "/api/3/action/package_search?rows=" + rows + "&start=" + start
                    + "&sort=id%20asc" + (filter == null ? "" : "&fq=" + java.net.URLEncoder.encode(filter,
                            java.nio.charset.StandardCharsets.UTF_8)));
            Fetched answer = fetcher.get(page, "application/json");
            JsonNode envelope;
            try {
                envelope = json.readTree(answer.body());
            } catch (IOException e) {
                throw new FetchException(page + " did not answer JSON");
            }
            if (!envelope.path("success").asBoolean(false)) {
                throw new FetchException(page + " answered an error: " + envelope.path("error"));
            }
            JsonNode results = envelope.path("result").path("results");
            if (!results.isArray()) {
                throw new FetchException(page + " answered no result.results list, as CKAN's package_search does");
            }
            if (results.isEmpty()) {
                return null;
            }
            start += rows;
            List<Harvested> records = new ArrayList<>();
            int fresh = 0;
            for (JsonNode node : results) {
                CkanRecords.Package p;
                try {
                    p = json.treeToValue(node, CkanRecords.Package.class);
                } catch (IOException | IllegalArgumentException e) {
                    String id = node.path("id").asText(node.path("name").asText("?"));
                    records.add(new Harvested(id, id, null, List.of(new id.sdmi.web.Problem.FieldError("package",
                            "cannot be read as a CKAN package: " + e.getMessage().lines().findFirst().orElse("")))));
                    continue;
                }
                String id = p.id() != null ? p.id() : p.name();
                if (id == null || !seen.add(id)) {
                    continue;
                }
                fresh++;
                if ("harvest".equals(p.type()) || Boolean.TRUE.equals(p.isPrivate())
                        || p.state() != null && !p.state().equals("active")) {
                    continue;
                }
                records.add(HarvestMapping.fromCkan(p, producer));
            }
            if (fresh == 0) {
                incomplete = "the source answered the same packages again at start=" + (start - rows);
                return null;
            }
            return records;
        }
    }

    static final class Dcat extends SourceReader {
        private static final Property NEXT = ModelFactory.createDefaultModel()
                .createProperty("http://www.w3.org/ns/hydra/core#next");
        private static final Property NEXT_PAGE = ModelFactory.createDefaultModel()
                .createProperty("http://www.w3.org/ns/hydra/core#nextPage");
        private final SafeFetcher fetcher;
        private final String producer;
        private final Set<String> visited = new HashSet<>();
        private final Set<String> seen = new HashSet<>();
        private URI next;

        Dcat(SafeFetcher fetcher, String url, String producer) {
            this.fetcher = fetcher;
            this.producer = producer;
            this.next = URI.create(url);
        }

        @Override
        List<Harvested> next() throws FetchException {
            if (next == null) {
                return null;
            }
            if (!visited.add(next.toString())) {
                incomplete = "the catalog's pages loop back to " + next;
                return null;
            }
            if (visited.size() > MAX_PAGES) {
                incomplete = "more than " + MAX_PAGES + " pages";
                return null;
            }
            Fetched answer = fetcher.get(next, "text/turtle, application/rdf+xml;q=0.9, application/ld+json;q=0.8");
            Model model = parse(answer);
            List<Harvested> records = new ArrayList<>();
            model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).forEach(d -> {
                if (seen.add(d.isURIResource() ? d.getURI() : d.toString())) {
                    records.add(HarvestMapping.fromDcat(d, producer));
                }
            });
            RDFNode link = model.listObjectsOfProperty(NEXT).nextOptional()
                    .orElseGet(() -> model.listObjectsOfProperty(NEXT_PAGE).nextOptional().orElse(null));
            next = link == null ? null : answer.uri().resolve(link.isURIResource() ? link.asResource().getURI()
                    : link.toString());
            return records;
        }

        /** The page in the syntax its Content-Type names (else its suffix, else Turtle); no remote context is fetched. */
        static Model parse(Fetched answer) throws FetchException {
            String type = answer.contentType() == null ? "" : answer.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
            Lang lang = RDFLanguages.contentTypeToLang(type);
            if (lang == null) {
                lang = RDFLanguages.filenameToLang(answer.uri().getPath(), Lang.TURTLE);
            }
            Model model = ModelFactory.createDefaultModel();
            try {
                RDFParser.create().source(new ByteArrayInputStream(answer.body())).base(answer.uri().toString())
                        .lang(lang).context(LockedDown.CONTEXT).parse(model);
            } catch (RiotException e) {
                throw new FetchException(answer.uri() + " is not valid " + lang.getLabel() + ": " + e.getMessage());
            }
            return model;
        }
    }
}
