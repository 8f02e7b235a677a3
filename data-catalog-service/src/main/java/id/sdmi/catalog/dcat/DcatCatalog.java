package id.sdmi.catalog.dcat;

import id.sdmi.web.Codes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sdmi.catalog.dataset.Dataset;
import id.sdmi.catalog.dataset.DatasetEnums.Access;
import id.sdmi.catalog.dataset.DatasetEnums.Periodicity;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.dataset.DatasetRecords.Distribution;
import id.sdmi.catalog.organization.Organization;
import id.sdmi.reference.RegionCodes;
import id.sdmi.web.PageRequest;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The published datasets as a DCAT-AP 3 catalog in JSON-LD: the catalog, its datasets with their distributions,
 * publishers (foaf:Agent), contact points, periodicity, access rights and coverage from the EU vocabularies, and the
 * GCM objectives and MGI domains as SKOS concepts (the datasets' themes). Large catalogs come in pages, linked with
 * Hydra as DCAT-AP harvesters (CKAN's among them) follow them.
 */
@ApplicationScoped
public class DcatCatalog {

    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final Map<String, String> CONTEXT = Map.ofEntries(
            Map.entry("dcat", "http://www.w3.org/ns/dcat#"), Map.entry("dct", "http://purl.org/dc/terms/"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"), Map.entry("vcard", "http://www.w3.org/2006/vcard/ns#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"), Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"), Map.entry("hydra", "http://www.w3.org/ns/hydra/core#"));

    private static final Map<Periodicity, String> FREQUENCY = Map.of(Periodicity.MONTHLY, "MONTHLY",
            Periodicity.QUARTERLY, "QUARTERLY", Periodicity.SEMIANNUAL, "ANNUAL_2", Periodicity.ANNUAL, "ANNUAL",
            Periodicity.FIVE_YEARLY, "QUINQUENNIAL", Periodicity.DECENNIAL, "DECENNIAL", Periodicity.IRREGULAR, "IRREG",
            Periodicity.ONE_TIME, "NEVER");
    private static final Map<Access, String> ACCESS_RIGHTS = Map.of(Access.OPEN, "PUBLIC", Access.RESTRICTED,
            "RESTRICTED", Access.CLOSED, "NON_PUBLIC");
    private static final String[] DOMAINS = {"", "Migrants' rights", "Whole-of-government approach", "Partnerships",
        "Well-being of migrants", "Mobility dimensions of crises", "Safe, orderly and regular migration"};

    private final ObjectMapper json;
    private final RegionCodes regions;
    private final String title;
    private final String titleEn;
    private final String publisher;

    public DcatCatalog(ObjectMapper json, RegionCodes regions,
            @ConfigProperty(name = "sdmi.dcat.title", defaultValue = "Satu Data Migrasi Internasional") String title,
            @ConfigProperty(name = "sdmi.dcat.title-en", defaultValue = "One Data on International Migration") String titleEn,
            @ConfigProperty(name = "sdmi.dcat.publisher", defaultValue = "BAPPENAS") String publisher) {
        this.json = json;
        this.regions = regions;
        this.title = title;
        this.titleEn = titleEn;
        this.publisher = publisher;
    }

    /** One page of the catalog; {@code base} is the API's address as the caller sees it (through the gateway). */
    public ObjectNode page(URI base, PageRequest page) {
        var query = Dataset.<Dataset>find("status", Sort.by("publishedAt").and("id"), Status.PUBLISHED);
        long total = query.count();
        List<Dataset> datasets = query.page(page.page, page.size).list();
        Set<String> producers = datasets.stream().map(d -> d.producer).collect(Collectors.toCollection(TreeSet::new));
        producers.add(publisher);
        Map<String, Organization> organizations = Organization.<Organization>list("code in ?1", producers).stream()
                .collect(Collectors.toMap(o -> o.code, Function.identity()));
        String self = base.resolve("api/v1/catalog.jsonld").toString();
        Iris iris = new Iris(base);

        ObjectNode root = json.createObjectNode();
        ObjectNode context = root.putObject("@context");
        CONTEXT.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> context.put(e.getKey(), e.getValue()));
        ArrayNode graph = root.putArray("@graph");

        ObjectNode catalog = node(graph, self, "dcat:Catalog");
        texts(catalog, "dct:title", title, titleEn);
        texts(catalog, "dct:description", "Katalog sumber data migrasi internasional Indonesia (National Secondary "
                + "Data Review).", "The catalog of Indonesia's international migration data sources (National "
                + "Secondary Data Review).");
        ref(catalog, "dct:publisher", iris.organization(publisher));
        catalog.putObject("foaf:homepage").put("@id", base.toString()).put("@type", "foaf:Document");
        ArrayNode languages = catalog.putArray("dct:language");
        languages.addObject().put("@id", EU + "language/IND").put("@type", "dct:LinguisticSystem");
        languages.addObject().put("@id", EU + "language/ENG").put("@type", "dct:LinguisticSystem");
        ArrayNode taxonomies = catalog.putArray("dcat:themeTaxonomy");
        taxonomies.addObject().put("@id", iris.scheme("gcm-objectives"));
        taxonomies.addObject().put("@id", iris.scheme("mgi-domains"));
        datasets.stream().map(d -> d.updatedAt).max(OffsetDateTime::compareTo)
                .ifPresent(m -> typed(catalog, "dct:modified", m.toString(), "xsd:dateTime"));
        ArrayNode members = catalog.putArray("dcat:dataset");

        for (Dataset d : datasets) {
            members.addObject().put("@id", iris.dataset(d));
            dataset(graph, d, iris);
        }
        for (String code : producers) {
            Organization o = organizations.get(code);
            ObjectNode agent = node(graph, iris.organization(code), "foaf:Agent");
            if (o == null) {
                agent.put("foaf:name", code);
            } else {
                texts(agent, "foaf:name", o.nameId, o.nameEn);
            }
            agent.put("dct:identifier", code);
        }
        concepts(graph, iris);
        if (total > page.size) {
            paging(graph, self, page, total);
        }
        return root;
    }

    private void dataset(ArrayNode graph, Dataset d, Iris iris) {
        String id = iris.dataset(d);
        ObjectNode n = node(graph, id, "dcat:Dataset");
        n.put("dct:identifier", d.identifier == null ? d.id.toString() : d.identifier);
        texts(n, "dct:title", d.titleId, d.titleEn);
        texts(n, "dct:description", d.descriptionId, d.descriptionEn);
        ref(n, "dct:publisher", iris.organization(d.producer));
        ObjectNode frequency = n.putObject("dct:accrualPeriodicity");
        frequency.put("@id", EU + "frequency/" + FREQUENCY.get(d.periodicity));
        frequency.put("@type", "dct:Frequency");
        ObjectNode rights = n.putObject("dct:accessRights");
        rights.put("@id", EU + "access-right/" + ACCESS_RIGHTS.get(d.access));
        rights.put("@type", "dct:RightsStatement");
        if (d.publishedAt != null) {
            typed(n, "dct:issued", d.publishedAt.toString(), "xsd:dateTime");
        }
        typed(n, "dct:modified", d.updatedAt.toString(), "xsd:dateTime");
        if (d.topics.length > 0) {
            ArrayNode keywords = n.putArray("dcat:keyword");
            for (String topic : d.topics) {
                keywords.add(topic);
            }
        }
        ArrayNode themes = n.putArray("dcat:theme");
        for (Integer objective : d.gcmObjectives) {
            themes.addObject().put("@id", iris.concept("gcm-objectives", String.valueOf(objective)));
        }
        for (String domain : d.mgiDomains) {
            themes.addObject().put("@id", iris.concept("mgi-domains", domain));
        }
        if (themes.isEmpty()) {
            n.remove("dcat:theme");
        }
        ObjectNode spatial = n.putObject("dct:spatial");
        if (d.regionCode == null) {
            spatial.put("@id", EU + "country/IDN");
            spatial.put("@type", "dct:Location");
        } else {
            spatial.put("@type", "dct:Location");
            spatial.put("dct:identifier", d.regionCode);
            String region = regions.name(d.regionCode);
            if (region != null) {
                spatial.put("skos:prefLabel", region);
            }
        }
        if (d.temporalStart != null || d.temporalEnd != null) {
            ObjectNode period = n.putObject("dct:temporal");
            period.put("@type", "dct:PeriodOfTime");
            if (d.temporalStart != null) {
                typed(period, "dcat:startDate", String.valueOf(d.temporalStart), "xsd:gYear");
            }
            if (d.temporalEnd != null) {
                typed(period, "dcat:endDate", String.valueOf(d.temporalEnd), "xsd:gYear");
            }
        }
        if (d.contactName != null || d.contactEmail != null) {
            ObjectNode contact = n.putObject("dcat:contactPoint");
            contact.put("@type", "vcard:Kind");
            contact.put("vcard:fn", d.contactName == null ? d.producer : d.contactName);
            if (d.contactEmail != null) {
                ref(contact, "vcard:hasEmail", "mailto:" + d.contactEmail);
            }
        }
        if (!d.distributions.isEmpty()) {
            ArrayNode distributions = n.putArray("dcat:distribution");
            for (int i = 0; i < d.distributions.size(); i++) {
                String distributionId = id + "#distribution-" + (i + 1);
                distributions.addObject().put("@id", distributionId);
                distribution(graph, distributionId, d.distributions.get(i), d.licence);
            }
        }
    }

    private static void distribution(ArrayNode graph, String id, Distribution x, String licence) {
        ObjectNode n = node(graph, id, "dcat:Distribution");
        ref(n, "dcat:accessURL", x.accessUrl());
        if (x.downloadUrl() != null) {
            ref(n, "dcat:downloadURL", x.downloadUrl());
        }
        if (x.title() != null) {
            n.put("dct:title", x.title());
        }
        if (x.format() != null && x.format().matches("[A-Za-z0-9_]+")) {
            ObjectNode format = n.putObject("dct:format");
            format.put("@id", EU + "file-type/" + x.format().toUpperCase(Locale.ROOT));
            format.put("@type", "dct:MediaTypeOrExtent");
        }
        if (x.mediaType() != null) {
            ObjectNode media = n.putObject("dcat:mediaType");
            media.put("@id", "https://www.iana.org/assignments/media-types/" + x.mediaType());
            media.put("@type", "dct:MediaType");
        }
        if (licence != null) {
            ObjectNode license = n.putObject("dct:license");
            license.put("@type", "dct:LicenseDocument");
            license.put("rdfs:label", licence);
        }
    }

    /** The GCM objectives and MGI domains as SKOS concept schemes: the datasets' themes. */
    private static void concepts(ArrayNode graph, Iris iris) {
        ObjectNode gcm = node(graph, iris.scheme("gcm-objectives"), "skos:ConceptScheme");
        gcm.put("dct:title", "Objectives of the Global Compact for Safe, Orderly and Regular Migration");
        for (int o : Codes.gcmObjectives()) {
            ObjectNode concept = node(graph, iris.concept("gcm-objectives", String.valueOf(o)), "skos:Concept");
            concept.put("skos:prefLabel", "GCM objective " + o);
            concept.put("skos:notation", String.valueOf(o));
            ref(concept, "skos:inScheme", iris.scheme("gcm-objectives"));
        }
        ObjectNode mgi = node(graph, iris.scheme("mgi-domains"), "skos:ConceptScheme");
        mgi.put("dct:title", "Domains of the Migration Governance Indicators");
        for (String code : Codes.mgiDomains()) {
            ObjectNode concept = node(graph, iris.concept("mgi-domains", code), "skos:Concept");
            concept.put("skos:prefLabel", DOMAINS[Codes.mgiDomainNumber(code)]);
            concept.put("skos:notation", code);
            ref(concept, "skos:inScheme", iris.scheme("mgi-domains"));
        }
    }

    private static void paging(ArrayNode graph, String self, PageRequest page, long total) {
        ObjectNode view = node(graph, self + "?page=" + page.page + "&size=" + page.size, "hydra:PartialCollectionView");
        view.put("hydra:totalItems", total);
        long last = (total - 1) / page.size;
        ref(view, "hydra:first", self + "?page=0&size=" + page.size);
        ref(view, "hydra:last", self + "?page=" + last + "&size=" + page.size);
        if (page.page > 0) {
            ref(view, "hydra:previous", self + "?page=" + (page.page - 1) + "&size=" + page.size);
        }
        if (page.page < last) {
            ref(view, "hydra:next", self + "?page=" + (page.page + 1) + "&size=" + page.size);
        }
    }

    /** The IRIs of this catalog's things, under the API's address. */
    private record Iris(URI base) {
        String dataset(Dataset d) {
            return base.resolve("api/v1/datasets/" + d.id).toString();
        }

        String organization(String code) {
            return base.resolve("api/v1/organizations/" + code).toString();
        }

        String scheme(String name) {
            return base.resolve("api/v1/catalog.jsonld#" + name).toString();
        }

        String concept(String scheme, String code) {
            return scheme(scheme) + "-" + code;
        }
    }

    private static ObjectNode node(ArrayNode graph, String id, String type) {
        ObjectNode node = graph.addObject();
        node.put("@id", id);
        node.put("@type", type);
        return node;
    }

    private static void ref(ObjectNode node, String property, String iri) {
        node.putObject(property).put("@id", iri);
    }

    private static void typed(ObjectNode node, String property, String value, String type) {
        ObjectNode literal = node.putObject(property);
        literal.put("@value", value);
        literal.put("@type", type);
    }

    /** Indonesian always, English when there is one: language-tagged literals. */
    private static void texts(ObjectNode node, String property, String indonesian, String english) {
        ArrayNode values = node.putArray(property);
        values.addObject().put("@value", indonesian).put("@language", "id");
        if (english != null && !english.isBlank()) {
            values.addObject().put("@value", english).put("@language", "en");
        }
    }
}
