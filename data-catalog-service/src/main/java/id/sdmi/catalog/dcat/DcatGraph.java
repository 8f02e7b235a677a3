package id.sdmi.catalog.dcat;

import id.sdmi.catalog.dataset.Dataset;
import id.sdmi.catalog.dataset.DatasetEnums.Access;
import id.sdmi.catalog.dataset.DatasetEnums.Periodicity;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.dataset.DatasetRecords.Distribution;
import id.sdmi.catalog.organization.Organization;
import id.sdmi.catalog.organization.OrganizationType;
import id.sdmi.reference.RegionCodes;
import id.sdmi.web.Codes;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The published datasets as a DCAT-AP 3 graph (Apache Jena), for any RDF syntax: the catalog with the two APIs that
 * serve it as {@code dcat:DataService}s, its datasets with their distributions, publishers typed with the ADMS
 * publisher types, contact points, periodicity, access rights, licences, planned availability, places and file types
 * from the EU vocabularies, and the GCM objectives and MGI domains as SKOS concepts (the datasets' themes). Pages are
 * linked with a Hydra {@code PartialCollectionView}, as DCAT harvesters (CKAN's among them) follow them.
 *
 * <p>Where the data has no finer fact, the export says the coarse true one: every dataset's {@code dct:spatial} is
 * Indonesia (with its bounding box and centroid), and a region's dataset names its BPS region in {@code dct:coverage}.
 */
@ApplicationScoped
public class DcatGraph {

    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String DCATAP = "http://data.europa.eu/r5r/";
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String GSP = "http://www.opengis.net/ont/geosparql#";
    static final String ADMS_PUBLISHER = "http://purl.org/adms/publishertype/";
    static final String ADMS_LICENCE = "http://purl.org/adms/licencetype/";
    static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("dcat", DCAT.NS), Map.entry("dct", DCTerms.NS),
            Map.entry("foaf", FOAF), Map.entry("vcard", VCARD), Map.entry("skos", SKOS.uri),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"), Map.entry("rdfs", RDFS.uri),
            Map.entry("hydra", HYDRA), Map.entry("dcatap", DCATAP), Map.entry("gsp", GSP));

    /**
     * Indonesia's bounding box and area-weighted centroid (WGS 84), computed from the Natural Earth 1:50m countries
     * (public domain, naturalearthdata.com), feature IDN.
     */
    static final String INDONESIA_BBOX = "POLYGON((95.2066 -10.9097, 140.9762 -10.9097, 140.9762 5.9070, "
            + "95.2066 5.9070, 95.2066 -10.9097))";
    static final String INDONESIA_CENTROID = "POINT(117.2401 -2.2151)";

    /** Periodicity as the EU frequency vocabulary's code. */
    public static final Map<Periodicity, String> FREQUENCY = Map.of(Periodicity.MONTHLY, "MONTHLY",
            Periodicity.QUARTERLY, "QUARTERLY", Periodicity.SEMIANNUAL, "ANNUAL_2", Periodicity.ANNUAL, "ANNUAL",
            Periodicity.FIVE_YEARLY, "QUINQUENNIAL", Periodicity.DECENNIAL, "DECENNIAL", Periodicity.IRREGULAR, "IRREG",
            Periodicity.ONE_TIME, "NEVER");
    /** Access as the EU access-right vocabulary's code. */
    public static final Map<Access, String> ACCESS_RIGHTS = Map.of(Access.OPEN, "PUBLIC", Access.RESTRICTED,
            "RESTRICTED", Access.CLOSED, "NON_PUBLIC");
    /** ADMS publisher types: what kind of body publishes. */
    private static final Map<OrganizationType, String> PUBLISHER_TYPE = Map.of(
            OrganizationType.MINISTRY, "NationalAuthority", OrganizationType.AGENCY, "NationalAuthority",
            OrganizationType.PROVINCIAL_OFFICE, "RegionalAuthority", OrganizationType.REGENCY_OFFICE, "LocalAuthority",
            OrganizationType.INTERNATIONAL_ORGANIZATION, "SupraNationalAuthority",
            OrganizationType.CIVIL_SOCIETY, "NonGovernmentalOrganisation");
    /** CKAN's licence ids: the EU licence they are, where there is one. */
    private static final Map<String, String> EU_LICENCE = Map.of("cc-by", "CC_BY_4_0", "cc-by-sa", "CC_BYSA_4_0",
            "cc-zero", "CC0", "cc-nc", "CC_BYNC_4_0", "odc-by", "ODC_BY");
    /** CKAN's licence ids: the ADMS licence type of their terms. */
    private static final Map<String, String> LICENCE_TYPE = Map.ofEntries(Map.entry("cc-by", "Attribution"),
            Map.entry("odc-by", "Attribution"), Map.entry("other-at", "Attribution"), Map.entry("uk-ogl", "Attribution"),
            Map.entry("cc-by-sa", "ViralEffect-ShareAlike"), Map.entry("odc-odbl", "ViralEffect-ShareAlike"),
            Map.entry("gfdl", "ViralEffect-ShareAlike"), Map.entry("cc-zero", "PublicDomain"),
            Map.entry("odc-pddl", "PublicDomain"), Map.entry("other-pd", "PublicDomain"),
            Map.entry("cc-nc", "NonCommercialUseOnly"), Map.entry("other-nc", "NonCommercialUseOnly"),
            Map.entry("other-closed", "OtherRestrictiveClauses"), Map.entry("other-open", "Attribution"),
            Map.entry("notspecified", "UnknownIPR"));
    private static final Set<String> FILE_TYPES = Set.of("CSV", "XLSX", "XLS", "PDF", "HTML", "JSON", "XML", "ODS",
            "ZIP", "SHP", "TSV", "DOCX", "RDF_XML", "RDF_TURTLE", "JSON_LD", "SDMX");
    private static final String[] DOMAINS = {"", "Migrants' rights", "Whole-of-government approach", "Partnerships",
        "Well-being of migrants", "Mobility dimensions of crises", "Safe, orderly and regular migration"};
    private static final RDFDatatype WKT = new BaseDatatype(GSP + "wktLiteral");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final RegionCodes regions;
    private final String title;
    private final String titleEn;
    private final String publisher;
    private final String catalogLicence;
    private final String contactName;
    private final String contactEmail;

    public DcatGraph(RegionCodes regions,
            @ConfigProperty(name = "sdmi.dcat.title", defaultValue = "Satu Data Migrasi Internasional") String title,
            @ConfigProperty(name = "sdmi.dcat.title-en", defaultValue = "One Data on International Migration") String titleEn,
            @ConfigProperty(name = "sdmi.dcat.publisher", defaultValue = "BAPPENAS") String publisher,
            @ConfigProperty(name = "sdmi.dcat.catalog-licence", defaultValue = "cc-by") String catalogLicence,
            @ConfigProperty(name = "sdmi.dcat.contact-name", defaultValue = "Sekretariat Satu Data Migrasi Internasional")
            String contactName,
            @ConfigProperty(name = "sdmi.dcat.contact-email", defaultValue = "sdmi@example.org") String contactEmail) {
        this.regions = regions;
        this.title = title;
        this.titleEn = titleEn;
        this.publisher = publisher;
        this.catalogLicence = catalogLicence;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
    }

    /** Which page of the catalog, of the datasets changed since when (null: all), in which syntax (for its links). */
    public record Page(int page, int size, OffsetDateTime modifiedSince, RdfSyntax syntax) {
    }

    /** One page of the catalog; {@code base} is the API's address as the caller sees it (through the gateway). */
    public Model catalog(URI base, Page page) {
        String where = page.modifiedSince() == null ? "status = :status" : "status = :status and updatedAt >= :since";
        Parameters parameters = Parameters.with("status", Status.PUBLISHED);
        if (page.modifiedSince() != null) {
            parameters.and("since", page.modifiedSince());
        }
        var query = Dataset.<Dataset>find(where, Sort.by("publishedAt").and("id"), parameters);
        long total = query.count();
        List<Dataset> datasets = query.page(page.page(), page.size()).list();
        Object[] span = (Object[]) Dataset.getEntityManager().createQuery(
                "select min(d.publishedAt), max(d.updatedAt) from Dataset d where d.status = :status")
                .setParameter("status", Status.PUBLISHED).getSingleResult();

        Iris iris = new Iris(base);
        Model model = model();
        Resource catalog = model.createResource(iris.catalog(), DCAT.Catalog);
        texts(catalog, DCTerms.title, title, titleEn);
        texts(catalog, DCTerms.description, "Katalog sumber data migrasi internasional Indonesia (National Secondary "
                + "Data Review).", "The catalog of Indonesia's international migration data sources (National "
                + "Secondary Data Review).");
        catalog.addProperty(DCTerms.publisher, model.createResource(iris.organization(publisher)));
        catalog.addProperty(model.createProperty(FOAF, "homepage"),
                model.createResource(base.toString(), model.createResource(FOAF + "Document")));
        catalog.addProperty(DCTerms.language, model.createResource(EU + "language/IND", DCTerms.LinguisticSystem));
        catalog.addProperty(DCTerms.language, model.createResource(EU + "language/ENG", DCTerms.LinguisticSystem));
        catalog.addProperty(DCAT.themeTaxonomy, model.createResource(iris.scheme("gcm-objectives")));
        catalog.addProperty(DCAT.themeTaxonomy, model.createResource(iris.scheme("mgi-domains")));
        catalog.addProperty(DCTerms.spatial, indonesia(model));
        catalog.addProperty(DCTerms.license, licence(model, iris.catalog() + "#licence", catalogLicence, null));
        if (span[0] != null) {
            catalog.addLiteral(DCTerms.issued, dateTime(model, (OffsetDateTime) span[0]));
            catalog.addLiteral(DCTerms.modified, dateTime(model, (OffsetDateTime) span[1]));
        }

        Set<String> producers = datasets.stream().map(d -> d.producer).collect(Collectors.toCollection(TreeSet::new));
        producers.add(publisher);
        List<Resource> members = datasets.stream().map(d -> dataset(model, iris, d)).toList();
        members.forEach(d -> catalog.addProperty(DCAT.dataset, d));
        catalog.addProperty(DCAT.service, service(model, iris, members, "dcat-api", iris.catalog(),
                "API katalog DCAT-AP", "DCAT-AP catalog API", EU_STANDARD_DCAT_AP));
        catalog.addProperty(DCAT.service, service(model, iris, members, "ckan-api", base.resolve("api/3/action/")
                .toString(), "API baca CKAN", "CKAN-compatible read API", CKAN_ACTION_API));
        agents(model, iris, producers);
        concepts(model, iris);
        paging(model, catalog, base, page, total);
        return model;
    }

    /** One published dataset with what it refers to (its publisher, themes, places), or null if none is published. */
    public Model dataset(URI base, Dataset d) {
        Iris iris = new Iris(base);
        Model model = model();
        dataset(model, iris, d);
        agents(model, iris, Set.of(d.producer));
        concepts(model, iris);
        return model;
    }

    private static final String EU_STANDARD_DCAT_AP = "https://semiceu.github.io/DCAT-AP/releases/3.0.1/";
    private static final String CKAN_ACTION_API = "https://docs.ckan.org/en/2.10/api/";

    /** The EU licence a CKAN licence id names, as its IRI; null for none. */
    public static String euLicence(String licenceId) {
        String code = licenceId == null ? null : EU_LICENCE.get(licenceId);
        return code == null ? null : EU + "licence/" + code;
    }

    private Resource service(Model model, Iris iris, List<Resource> datasets, String name, String endpoint,
            String titleId, String titleEnglish, String standard) {
        Resource service = model.createResource(iris.catalog() + "#" + name, DCAT.DataService);
        texts(service, DCTerms.title, titleId, titleEnglish);
        service.addProperty(DCAT.endpointURL, model.createResource(endpoint));
        service.addProperty(DCAT.endpointDescription, model.createResource(iris.base.resolve("openapi/platform.json")
                .toString()));
        service.addProperty(DCTerms.publisher, model.createResource(iris.organization(publisher)));
        service.addProperty(DCAT.contactPoint, contact(model, iris.catalog() + "#contact", contactName, contactEmail));
        service.addProperty(DCTerms.conformsTo, model.createResource(standard, DCTerms.Standard)
                .addProperty(DCTerms.title, standard.contains("ckan") ? "CKAN Action API" : "DCAT-AP 3.0.1"));
        service.addProperty(DCAT.theme, concept(model, EU + "data-theme/SOCI", "Population and society"));
        service.addProperty(DCAT.keyword, "migrasi", "id");
        service.addProperty(DCAT.keyword, "migration", "en");
        datasets.forEach(d -> service.addProperty(DCAT.servesDataset, d));
        return service;
    }

    private Resource dataset(Model model, Iris iris, Dataset d) {
        Resource n = model.createResource(iris.dataset(d), DCAT.Dataset);
        n.addProperty(DCTerms.identifier, d.name());
        texts(n, DCTerms.title, d.titleId, d.titleEn);
        texts(n, DCTerms.description, d.descriptionId, d.descriptionEn);
        n.addProperty(DCTerms.publisher, model.createResource(iris.organization(d.producer)));
        n.addProperty(DCAT.landingPage, model.createResource(iris.page(d), model.createResource(FOAF + "Document")));
        n.addProperty(DCTerms.accrualPeriodicity, model.createResource(EU + "frequency/" + FREQUENCY.get(d.periodicity),
                DCTerms.Frequency));
        n.addProperty(DCTerms.accessRights, model.createResource(EU + "access-right/" + ACCESS_RIGHTS.get(d.access),
                DCTerms.RightsStatement));
        if (d.publishedAt != null) {
            n.addLiteral(DCTerms.issued, dateTime(model, d.publishedAt));
        }
        n.addLiteral(DCTerms.modified, dateTime(model, d.updatedAt));
        for (String topic : d.topics) {
            n.addProperty(DCAT.keyword, topic);
        }
        for (Integer objective : d.gcmObjectives) {
            n.addProperty(DCAT.theme, model.createResource(iris.concept("gcm-objectives", String.valueOf(objective))));
        }
        for (String domain : d.mgiDomains) {
            n.addProperty(DCAT.theme, model.createResource(iris.concept("mgi-domains", domain)));
        }
        n.addProperty(DCTerms.spatial, indonesia(model));
        if (d.regionCode != null) {
            Resource region = model.createResource(iris.region(d.regionCode), SKOS.Concept)
                    .addProperty(SKOS.notation, d.regionCode)
                    .addProperty(SKOS.inScheme, model.createResource(iris.scheme("bps-regions"), SKOS.ConceptScheme)
                            .addProperty(DCTerms.title, "Kode wilayah BPS", "id"));
            String name = regions.name(d.regionCode);
            region.addProperty(SKOS.prefLabel, name == null ? d.regionCode : name, "id");
            n.addProperty(DCTerms.coverage, region);
        }
        Integer end = d.temporalEnd != null ? d.temporalEnd : d.temporalLatest;
        if (d.temporalStart != null || end != null) {
            Resource period = model.createResource(iris.dataset(d) + "#period", DCTerms.PeriodOfTime);
            if (d.temporalStart != null) {
                period.addLiteral(DCAT.startDate, model.createTypedLiteral(String.valueOf(d.temporalStart),
                        XSDDatatype.XSDgYear));
            }
            if (end != null) {
                period.addLiteral(DCAT.endDate, model.createTypedLiteral(String.valueOf(end), XSDDatatype.XSDgYear));
            }
            n.addProperty(DCTerms.temporal, period);
        }
        if (d.contactName != null || d.contactEmail != null) {
            n.addProperty(DCAT.contactPoint, contact(model, iris.dataset(d) + "#contact",
                    d.contactName == null ? d.producer : d.contactName, d.contactEmail));
        }
        Resource licence = d.licence == null && d.licenceId == null ? null
                : licence(model, iris.dataset(d) + "#licence", d.licenceId, d.licence);
        for (int i = 0; i < d.distributions.size(); i++) {
            n.addProperty(DCAT.distribution, distribution(model, iris.dataset(d) + "#distribution-" + (i + 1),
                    d.distributions.get(i), licence));
        }
        return n;
    }

    private static Resource distribution(Model model, String id, Distribution x, Resource licence) {
        Resource n = model.createResource(id, DCAT.Distribution);
        n.addProperty(DCAT.accessURL, model.createResource(x.accessUrl()));
        if (x.downloadUrl() != null) {
            n.addProperty(DCAT.downloadURL, model.createResource(x.downloadUrl()));
        }
        if (x.title() != null) {
            n.addProperty(DCTerms.title, x.title(), "id");
        }
        if (x.description() != null) {
            n.addProperty(DCTerms.description, x.description(), "id");
        }
        String format = x.format() == null ? null : x.format().toUpperCase(Locale.ROOT);
        if (format != null && FILE_TYPES.contains(format)) {
            n.addProperty(DCTerms.format, model.createResource(EU + "file-type/" + format, DCTerms.MediaTypeOrExtent));
        }
        if (x.mediaType() != null) {
            n.addProperty(DCAT.mediaType, model.createResource("https://www.iana.org/assignments/media-types/"
                    + x.mediaType(), DCTerms.MediaType));
        }
        if (x.availability() != null) {
            n.addProperty(model.createProperty(DCATAP, "availability"), concept(model, EU + "planned-availability/"
                    + x.availability().name(), x.availability().name().toLowerCase(Locale.ROOT)));
        }
        if (licence != null) {
            n.addProperty(DCTerms.license, licence);
        }
        return n;
    }

    /**
     * A licence: the EU's own licence where CKAN's id names one, else a licence document of this dataset with the
     * producer's words; typed with the ADMS licence type when the id is known.
     */
    private static Resource licence(Model model, String own, String id, String words) {
        String eu = euLicence(id);
        Resource licence = model.createResource(eu == null ? own : eu, DCTerms.LicenseDocument);
        if (words != null) {
            licence.addProperty(RDFS.label, words, "id");
        }
        String type = id == null ? null : LICENCE_TYPE.get(id);
        if (type != null) {
            licence.addProperty(DCTerms.type, concept(model, ADMS_LICENCE + type, type));
        }
        if (id != null) {
            licence.addProperty(DCTerms.identifier, id);
        }
        return licence;
    }

    private static Resource contact(Model model, String id, String name, String email) {
        Resource contact = model.createResource(id, model.createResource(VCARD + "Kind"));
        contact.addProperty(model.createProperty(VCARD, "fn"), name);
        if (email != null) {
            contact.addProperty(model.createProperty(VCARD, "hasEmail"), model.createResource("mailto:" + email));
        }
        return contact;
    }

    private static Resource indonesia(Model model) {
        return model.createResource(EU + "country/IDN", DCTerms.Location)
                .addProperty(SKOS.prefLabel, "Indonesia", "id")
                .addLiteral(DCAT.bbox, model.createTypedLiteral(INDONESIA_BBOX, WKT))
                .addLiteral(DCAT.centroid, model.createTypedLiteral(INDONESIA_CENTROID, WKT));
    }

    private static Resource concept(Model model, String iri, String label) {
        return model.createResource(iri, SKOS.Concept).addProperty(SKOS.prefLabel, label, "en");
    }

    private static void agents(Model model, Iris iris, Collection<String> codes) {
        Map<String, Organization> organizations = Organization.byCode(codes);
        for (String code : codes) {
            Organization o = organizations.get(code);
            Resource agent = model.createResource(iris.organization(code), model.createResource(FOAF + "Agent"));
            Property name = model.createProperty(FOAF, "name");
            if (o == null) {
                agent.addProperty(name, code);
                continue;
            }
            agent.addProperty(name, o.nameId, "id");
            if (o.nameEn != null && !o.nameEn.isBlank()) {
                agent.addProperty(name, o.nameEn, "en");
            }
            agent.addProperty(DCTerms.identifier, code);
            String type = o.type == OrganizationType.AGENCY && o.regionCode != null ? "RegionalAuthority"
                    : PUBLISHER_TYPE.get(o.type);
            agent.addProperty(DCTerms.type, concept(model, ADMS_PUBLISHER + type, type));
        }
    }

    /** The GCM objectives and MGI domains as SKOS concept schemes: the datasets' themes. */
    private static void concepts(Model model, Iris iris) {
        Resource gcm = model.createResource(iris.scheme("gcm-objectives"), SKOS.ConceptScheme)
                .addProperty(DCTerms.title, "Objectives of the Global Compact for Safe, Orderly and Regular Migration",
                        "en");
        for (int o : Codes.gcmObjectives()) {
            model.createResource(iris.concept("gcm-objectives", String.valueOf(o)), SKOS.Concept)
                    .addProperty(SKOS.prefLabel, "GCM objective " + o, "en")
                    .addProperty(SKOS.notation, String.valueOf(o)).addProperty(SKOS.inScheme, gcm);
        }
        Resource mgi = model.createResource(iris.scheme("mgi-domains"), SKOS.ConceptScheme)
                .addProperty(DCTerms.title, "Domains of the Migration Governance Indicators", "en");
        for (String code : Codes.mgiDomains()) {
            model.createResource(iris.concept("mgi-domains", code), SKOS.Concept)
                    .addProperty(SKOS.prefLabel, DOMAINS[Codes.mgiDomainNumber(code)], "en")
                    .addProperty(SKOS.notation, code).addProperty(SKOS.inScheme, mgi);
        }
    }

    /** Hydra's view of this page: first, last, previous and next, in the syntax asked for, for any total. */
    private static void paging(Model model, Resource catalog, URI base, Page page, long total) {
        String self = base.resolve("api/v1/catalog." + page.syntax().suffix()).toString();
        String since = page.modifiedSince() == null ? "" : "&modified_since="
                + URLEncoder.encode(dateTime(page.modifiedSince()), StandardCharsets.UTF_8);
        Function<Long, String> at = n -> self + "?page=" + n + "&size=" + page.size() + since;
        long last = Math.max(0, (total - 1) / page.size());
        Property hydra = model.createProperty(HYDRA, "view");
        Resource view = model.createResource(at.apply((long) page.page()),
                model.createResource(HYDRA + "PartialCollectionView"));
        catalog.addProperty(hydra, view);
        view.addLiteral(model.createProperty(HYDRA, "totalItems"), model.createTypedLiteral(String.valueOf(total),
                XSDDatatype.XSDinteger));
        view.addProperty(model.createProperty(HYDRA, "first"), model.createResource(at.apply(0L)));
        view.addProperty(model.createProperty(HYDRA, "last"), model.createResource(at.apply(last)));
        if (page.page() > 0) {
            view.addProperty(model.createProperty(HYDRA, "previous"),
                    model.createResource(at.apply(Math.min(last, page.page() - 1L))));
        }
        if (page.page() < last) {
            view.addProperty(model.createProperty(HYDRA, "next"), model.createResource(at.apply(page.page() + 1L)));
        }
    }

    private static Model model() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(PREFIXES);
        return model;
    }

    static String dateTime(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).format(DATE_TIME);
    }

    private static org.apache.jena.rdf.model.Literal dateTime(Model model, OffsetDateTime at) {
        return model.createTypedLiteral(dateTime(at), XSDDatatype.XSDdateTime);
    }

    /** Indonesian always, English when there is one: language-tagged literals. */
    private static void texts(Resource node, Property property, String indonesian, String english) {
        node.addProperty(property, indonesian, "id");
        if (english != null && !english.isBlank()) {
            node.addProperty(property, english, "en");
        }
    }

    /** The IRIs of this catalog's things, under the API's address; each opens without a token. */
    record Iris(URI base) {
        String catalog() {
            return base.resolve("api/v1/catalog").toString();
        }

        String dataset(Dataset d) {
            return base.resolve("api/v1/catalog/datasets/" + d.id).toString();
        }

        String page(Dataset d) {
            return base.resolve("nsdr/" + d.name()).toString();
        }

        String organization(String code) {
            return base.resolve("api/v1/catalog#organization-" + code).toString();
        }

        String region(String code) {
            return base.resolve("api/v1/catalog#bps-region-" + code).toString();
        }

        String scheme(String name) {
            return base.resolve("api/v1/catalog#" + name).toString();
        }

        String concept(String scheme, String code) {
            return scheme(scheme) + "-" + code;
        }
    }
}
