package id.sdmi.catalog.harvest;

import id.sdmi.catalog.ckan.CkanRecords;
import id.sdmi.catalog.dataset.DatasetEnums.Access;
import id.sdmi.catalog.dataset.DatasetEnums.Disaggregation;
import id.sdmi.catalog.dataset.DatasetEnums.GeographicLevel;
import id.sdmi.catalog.dataset.DatasetEnums.Periodicity;
import id.sdmi.catalog.dataset.DatasetEnums.SourceType;
import id.sdmi.catalog.dataset.DatasetRecords;
import id.sdmi.catalog.dcat.DcatGraph;
import id.sdmi.catalog.dataset.DatasetRecords.Availability;
import id.sdmi.catalog.dataset.DatasetRecords.Contact;
import id.sdmi.catalog.dataset.DatasetRecords.DatasetInput;
import id.sdmi.catalog.dataset.DatasetRecords.Distribution;
import id.sdmi.catalog.dataset.DatasetRecords.TemporalCoverage;
import id.sdmi.web.Label;
import id.sdmi.web.Problem.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What a source's record becomes in the NSDR: a CKAN package (the mapping of docs/ckan.md, read back) or a DCAT
 * dataset (the terms the DCAT export writes, read back), as a dataset's input under the source's producer, with the
 * fields that could not be taken, each with its reason.
 */
final class HarvestMapping {

    /** A record of a source: its id there, its name, what it becomes, and what is wrong with it (then it fails). */
    record Harvested(String sourceRecord, String name, DatasetInput input, List<FieldError> errors) {
    }

    /** The export's vocabularies read back: EU codes to the NSDR's values. */
    private static final Map<String, Periodicity> FREQUENCY = reverse(DcatGraph.FREQUENCY);
    private static final Map<String, Access> ACCESS_RIGHTS = reverse(DcatGraph.ACCESS_RIGHTS);
    /** CKAN licence ids by licence IRI: the EU's as the export writes them, and Creative Commons' own CC BY 4.0. */
    private static final Map<String, String> LICENCE_IRIS = licenceIris();
    private static final Pattern LICENCE_ID = Pattern.compile(DatasetRecords.LICENCE_IDS);
    private static final Pattern GCM = Pattern.compile("#gcm-objectives-(\\d{1,2})$");
    private static final Pattern MGI = Pattern.compile("#mgi-domains-(D[1-6])$");
    private static final Property VCARD_FN = org.apache.jena.rdf.model.ResourceFactory
            .createProperty("http://www.w3.org/2006/vcard/ns#fn");
    private static final Property VCARD_EMAIL = org.apache.jena.rdf.model.ResourceFactory
            .createProperty("http://www.w3.org/2006/vcard/ns#hasEmail");
    private static final Property AVAILABILITY = org.apache.jena.rdf.model.ResourceFactory
            .createProperty("http://data.europa.eu/r5r/availability");

    private HarvestMapping() {
    }

    private static <K, V> Map<V, K> reverse(Map<K, V> map) {
        return map.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    }

    private static Map<String, String> licenceIris() {
        Map<String, String> iris = new java.util.HashMap<>();
        for (String id : DatasetRecords.LICENCE_IDS.split("\\|")) {
            String iri = DcatGraph.euLicence(id);
            if (iri != null) {
                iris.put(iri, id);
            }
        }
        iris.put("http://creativecommons.org/licenses/by/4.0/", "cc-by");
        iris.put("https://creativecommons.org/licenses/by/4.0/", "cc-by");
        return Map.copyOf(iris);
    }

    /** A CKAN package: CKAN's core fields, and the NSDR's own and ckanext-dcat's extras where the source has them. */
    static Harvested fromCkan(CkanRecords.Package p, String producer) {
        List<FieldError> errors = new ArrayList<>();
        String record = p.id() != null ? p.id() : p.name();
        if (isBlank(p.title())) {
            errors.add(new FieldError("title", "is missing at the source"));
        }
        List<String> topics = topics(p.tags() == null ? List.of() : p.tags().stream().map(CkanRecords.Tag::name)
                .toList(), "tags", errors);
        List<Distribution> distributions = new ArrayList<>();
        List<CkanRecords.Resource> resources = p.resources() == null ? List.of() : p.resources();
        for (int i = 0; i < resources.size(); i++) {
            CkanRecords.Resource r = resources.get(i);
            String access = r.accessUrl() != null ? r.accessUrl() : r.url();
            if (!isHttp(access)) {
                errors.add(new FieldError("resources[" + i + "].url", "'" + access + "' is not an http or https address"));
                continue;
            }
            distributions.add(new Distribution(r.name(), access, isHttp(r.downloadUrl()) ? r.downloadUrl() : null,
                    blankToNull(r.format()), mediaType(r.mimetype()), blankToNull(r.description()),
                    enumOf(Availability.class, r.availability()).orElse(null)));
        }
        Function<String, String> extra = p::extra;
        String periodicity = extra.apply("periodicity");
        String frequency = extra.apply("frequency");
        Periodicity period = enumOf(Periodicity.class, periodicity).orElseGet(() -> frequency == null ? Periodicity.IRREGULAR
                : FREQUENCY.getOrDefault(lastSegment(frequency), Periodicity.IRREGULAR));
        String licenceId = p.licenseId() != null && LICENCE_ID.matcher(p.licenseId()).matches() ? p.licenseId() : null;
        Access access = enumOf(Access.class, extra.apply("access"))
                .orElse("other-closed".equals(licenceId) ? Access.RESTRICTED : Access.OPEN);
        String title = isBlank(p.title()) ? p.name() : p.title();
        DatasetInput input = new DatasetInput(null, new Label(title, blankToNull(extra.apply("title_en"))),
                new Label(isBlank(p.notes()) ? title : p.notes(), blankToNull(extra.apply("notes_en"))), producer,
                enumOf(SourceType.class, extra.apply("source_type")).orElse(SourceType.OTHER), period,
                integer(extra.apply("release_lag_days"), "extras.release_lag_days", errors), topics,
                integers(extra.apply("gcm_objectives"), "extras.gcm_objectives", errors),
                list(extra.apply("mgi_domains")),
                temporal(year(extra.apply("temporal_start")), year(extra.apply("temporal_end")),
                        year(extra.apply("temporal_latest"))),
                enumOf(GeographicLevel.class, extra.apply("geographic_level")).orElse(GeographicLevel.NATIONAL),
                blankToNull(extra.apply("region_code")),
                disaggregations(extra.apply("disaggregations"), errors), access,
                clip(firstNonBlank(extra.apply("licence"), p.licenseTitle()), 200), licenceId,
                contact(p.maintainer(), p.maintainerEmail()), distributions);
        return new Harvested(record, p.name() == null ? record : p.name(), input, errors);
    }

    /** A DCAT dataset: the terms the NSDR's own DCAT export writes. */
    static Harvested fromDcat(Resource d, String producer) {
        List<FieldError> errors = new ArrayList<>();
        String record = d.isURIResource() ? d.getURI() : text(d, DCTerms.identifier, null);
        String[] title = texts(d, DCTerms.title);
        if (title[0] == null) {
            errors.add(new FieldError("dct:title", "is missing at the source"));
        }
        String[] description = texts(d, DCTerms.description);
        List<String> keywords = d.listProperties(DCAT.keyword).mapWith(s -> s.getObject().isLiteral()
                ? s.getLiteral().getLexicalForm() : s.getObject().toString()).toList();
        List<String> topics = topics(keywords, "dcat:keyword", errors);
        List<Integer> gcm = new ArrayList<>();
        List<String> mgi = new ArrayList<>();
        for (RDFNode theme : d.listProperties(DCAT.theme).mapWith(Statement::getObject).toList()) {
            if (theme.isURIResource()) {
                Matcher g = GCM.matcher(theme.asResource().getURI());
                Matcher m = MGI.matcher(theme.asResource().getURI());
                if (g.find()) {
                    gcm.add(Integer.parseInt(g.group(1)));
                } else if (m.find()) {
                    mgi.add(m.group(1));
                }
            }
        }
        Resource period = object(d, DCTerms.temporal);
        Integer start = period == null ? null : year(text(period, DCAT.startDate, null));
        Integer end = period == null ? null : year(text(period, DCAT.endDate, null));
        Resource region = object(d, DCTerms.coverage);
        String regionCode = region == null ? null : text(region, SKOS.notation, null);
        Resource frequency = object(d, DCTerms.accrualPeriodicity);
        Resource rights = object(d, DCTerms.accessRights);
        Resource contactPoint = object(d, DCAT.contactPoint);
        String email = null;
        if (contactPoint != null && contactPoint.hasProperty(VCARD_EMAIL)) {
            RDFNode node = contactPoint.getProperty(VCARD_EMAIL).getObject();
            email = (node.isURIResource() ? node.asResource().getURI() : node.toString()).replaceFirst("^mailto:", "");
        }
        List<Resource> distributionNodes = d.listProperties(DCAT.distribution).mapWith(Statement::getObject)
                .filterKeep(RDFNode::isResource).mapWith(RDFNode::asResource).toList().stream()
                // RDF has no order: the NSDR's own distributions are numbered (…#distribution-1, -2, …)
                .sorted(java.util.Comparator.comparing((Resource r) -> String.valueOf(r.getURI()).length())
                        .thenComparing(r -> String.valueOf(r.getURI())))
                .toList();
        List<Distribution> distributions = new ArrayList<>();
        Resource licence = null;
        for (int i = 0; i < distributionNodes.size(); i++) {
            Resource x = distributionNodes.get(i);
            Resource accessUrl = object(x, DCAT.accessURL);
            Resource downloadUrl = object(x, DCAT.downloadURL);
            String access = accessUrl != null && accessUrl.isURIResource() ? accessUrl.getURI()
                    : downloadUrl != null && downloadUrl.isURIResource() ? downloadUrl.getURI() : null;
            if (!isHttp(access)) {
                errors.add(new FieldError("dcat:distribution[" + i + "].dcat:accessURL", "'" + access
                        + "' is not an http or https address"));
                continue;
            }
            licence = licence == null ? object(x, DCTerms.license) : licence;
            Resource format = object(x, DCTerms.format);
            Resource media = object(x, DCAT.mediaType);
            Resource availability = object(x, AVAILABILITY);
            distributions.add(new Distribution(text(x, DCTerms.title, null), access,
                    downloadUrl != null && downloadUrl.isURIResource() && isHttp(downloadUrl.getURI())
                            ? downloadUrl.getURI() : null,
                    format == null ? null : clip(lastSegment(format.isURIResource() ? format.getURI() : format.toString()), 40),
                    media == null || !media.isURIResource() ? null : mediaType(media.getURI()
                            .replaceFirst("^https?://www\\.iana\\.org/assignments/media-types/", "")),
                    clip(text(x, DCTerms.description, null), 1000),
                    availability == null || !availability.isURIResource() ? null
                            : enumOf(Availability.class, lastSegment(availability.getURI())).orElse(null)));
        }
        licence = licence == null ? object(d, DCTerms.license) : licence;
        String licenceId = null;
        String licenceWords = null;
        if (licence != null) {
            licenceId = licence.isURIResource() ? LICENCE_IRIS.get(licence.getURI()) : null;
            String stated = text(licence, DCTerms.identifier, null);
            if (licenceId == null && stated != null && LICENCE_ID.matcher(stated).matches()) {
                licenceId = stated;
            }
            licenceWords = text(licence, RDFS.label, licence.isURIResource() ? licence.getURI() : null);
        }
        String name = firstNonBlank(text(d, DCTerms.identifier, null), record == null ? null : lastSegment(record));
        String titleId = title[0] == null ? name : title[0];
        DatasetInput input = new DatasetInput(null, new Label(titleId, title[1]),
                new Label(description[0] == null ? titleId : description[0], description[1]), producer,
                SourceType.OTHER, frequency == null || !frequency.isURIResource() ? Periodicity.IRREGULAR
                        : FREQUENCY.getOrDefault(lastSegment(frequency.getURI()), Periodicity.IRREGULAR),
                null, topics, gcm, mgi, temporal(start, end, null),
                regionCode == null ? GeographicLevel.NATIONAL : GeographicLevel.PROVINCE, regionCode, List.of(),
                rights == null || !rights.isURIResource() ? Access.OPEN
                        : ACCESS_RIGHTS.getOrDefault(lastSegment(rights.getURI()), Access.OPEN),
                clip(licenceWords, 200), licenceId,
                contact(contactPoint == null ? null : text(contactPoint, VCARD_FN, null), email), distributions);
        return new Harvested(record, name, input, errors);
    }

    /** A dataset's metadata as the input that would store it. */
    static DatasetInput asInput(DatasetRecords.DatasetView v) {
        return new DatasetInput(v.identifier(), v.title(), v.description(), v.producer(), v.sourceType(), v.periodicity(),
                v.releaseLagDays(), v.topics(), v.gcmObjectives(), v.mgiDomains(), v.temporalCoverage(),
                v.geographicLevel(), v.regionCode(), v.disaggregations(), v.access(), v.licence(), v.licenceId(),
                v.contact(), v.distributions());
    }

    /** The dataset's identifier in the NSDR: the producer's prefix and the source's name, as a slug. */
    static String identifier(String producer, String name) {
        String prefix = producer.toLowerCase(Locale.ROOT) + "-";
        String slug = slug(name);
        String identifier = slug.startsWith(prefix) ? slug : prefix + slug;
        return identifier.length() <= 90 ? identifier : identifier.substring(0, 90).replaceAll("-+$", "");
    }

    static String slug(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static List<String> topics(List<String> words, String field, List<FieldError> errors) {
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String topic = slug(words.get(i));
            if (topic.isEmpty()) {
                errors.add(new FieldError(field + "[" + i + "]", "'" + words.get(i) + "' has no letter or digit to make "
                        + "a topic of"));
            } else if (!topics.contains(topic)) {
                topics.add(topic.length() > 100 ? topic.substring(0, 100).replaceAll("-+$", "") : topic);
            }
        }
        return topics;
    }

    private static List<Disaggregation> disaggregations(String value, List<FieldError> errors) {
        List<Disaggregation> found = new ArrayList<>();
        for (String each : list(value)) {
            Optional<Disaggregation> d = enumOf(Disaggregation.class, each);
            if (d.isPresent()) {
                found.add(d.get());
            } else {
                errors.add(new FieldError("extras.disaggregations", "'" + each + "' is not a disaggregation"));
            }
        }
        return found;
    }

    private static TemporalCoverage temporal(Integer start, Integer end, Integer latest) {
        return start == null && end == null && latest == null ? null : new TemporalCoverage(start, end, latest);
    }

    private static Contact contact(String name, String email) {
        return isBlank(name) && isBlank(email) ? null : new Contact(clip(blankToNull(name), 200), blankToNull(email));
    }

    private static List<String> list(String value) {
        return isBlank(value) ? List.of() : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<Integer> integers(String value, String field, List<FieldError> errors) {
        List<Integer> numbers = new ArrayList<>();
        for (String each : list(value)) {
            Integer n = integer(each, field, errors);
            if (n != null) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    private static Integer integer(String value, String field, List<FieldError> errors) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a whole number"));
            return null;
        }
    }

    /** The year of a year, a date or a date-time. */
    static Integer year(String value) {
        return value != null && value.trim().matches("\\d{4}.*") ? Integer.valueOf(value.trim().substring(0, 4)) : null;
    }

    private static String mediaType(String value) {
        return value != null && value.matches("[a-z]+/[a-zA-Z0-9.+-]+") ? value : null;
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String value) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Indonesian (or untagged) and English literals of a property. */
    private static String[] texts(Resource node, Property property) {
        String[] found = new String[2];
        for (Statement s : node.listProperties(property).toList()) {
            if (!s.getObject().isLiteral()) {
                continue;
            }
            Literal l = s.getLiteral();
            String lang = l.getLanguage().toLowerCase(Locale.ROOT);
            if (lang.equals("en")) {
                found[1] = found[1] == null ? l.getLexicalForm() : found[1];
            } else if (lang.isEmpty() || lang.startsWith("id") || lang.startsWith("in")) {
                found[0] = found[0] == null ? l.getLexicalForm() : found[0];
            }
        }
        if (found[0] == null && found[1] != null) {
            found[0] = found[1];
            found[1] = null;
        }
        return found;
    }

    private static String text(Resource node, Property property, String otherwise) {
        Statement s = node.getProperty(property);
        if (s == null) {
            return otherwise;
        }
        return s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : s.getObject().toString();
    }

    private static Resource object(Resource node, Property property) {
        Statement s = node.getProperty(property);
        return s == null || !s.getObject().isResource() ? null : s.getObject().asResource();
    }

    static boolean isHttp(String url) {
        return url != null && url.matches("(?i)https?://[^\\s/$.?#][^\\s]*");
    }

    private static String lastSegment(String iri) {
        String trimmed = iri.replaceAll("[/#]+$", "");
        return trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#')) + 1);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }

    private static String firstNonBlank(String a, String b) {
        return !isBlank(a) ? a : blankToNull(b);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
