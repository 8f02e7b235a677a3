package id.sdmi.catalog.ckan;

import id.sdmi.catalog.ckan.CkanRecords.Extra;
import id.sdmi.catalog.ckan.CkanRecords.Package;
import id.sdmi.catalog.ckan.CkanRecords.Tag;
import id.sdmi.catalog.dataset.Dataset;
import id.sdmi.catalog.dataset.DatasetRecords.Distribution;
import id.sdmi.catalog.organization.Organization;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A published dataset as CKAN's package dictionary (the mapping is written out in docs/ckan.md): CKAN's core fields
 * where it has one, the rest as extras named as ckanext-dcat names them, or with the NSDR's own names.
 */
final class CkanPackages {

    /** CKAN's own form of a moment: UTC without a zone, always six fractional digits (harvesters compare strings). */
    static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final Map<String, String> LICENCE_TITLES = Map.ofEntries(
            Map.entry("notspecified", "License not specified"), Map.entry("odc-pddl", "Open Data Commons Public Domain "
                    + "Dedication and License (PDDL)"), Map.entry("odc-odbl", "Open Data Commons Open Database License "
                    + "(ODbL)"), Map.entry("odc-by", "Open Data Commons Attribution License"),
            Map.entry("cc-zero", "Creative Commons CCZero"), Map.entry("cc-by", "Creative Commons Attribution"),
            Map.entry("cc-by-sa", "Creative Commons Attribution Share-Alike"),
            Map.entry("gfdl", "GNU Free Documentation License"), Map.entry("other-open", "Other (Open)"),
            Map.entry("other-pd", "Other (Public Domain)"), Map.entry("other-at", "Other (Attribution)"),
            Map.entry("uk-ogl", "UK Open Government Licence (OGL)"),
            Map.entry("cc-nc", "Creative Commons Non-Commercial (Any)"), Map.entry("other-nc", "Other (Non-Commercial)"),
            Map.entry("other-closed", "Other (Not Open)"));

    private CkanPackages() {
    }

    static String time(OffsetDateTime at) {
        return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).format(CKAN_TIME);
    }

    /** An organisation's CKAN name: its code in lower case (CKAN's names are lower case). */
    static String organizationName(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    /** A distribution's resource id: the same for the same place in the same dataset, a UUID as CKAN wants. */
    static String resourceId(UUID dataset, int index) {
        return UUID.nameUUIDFromBytes((dataset + "#distribution-" + (index + 1)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static CkanRecords.Organization organization(Organization o, Integer packageCount) {
        String name = organizationName(o.code);
        return new CkanRecords.Organization(name, name, o.nameId, o.nameEn, "organization", true, "active", "approved",
                time(o.createdAt), "", packageCount);
    }

    static Package of(Dataset d, Organization producer, URI base) {
        String name = d.name();
        List<CkanRecords.Resource> resources = new ArrayList<>();
        for (int i = 0; i < d.distributions.size(); i++) {
            Distribution x = d.distributions.get(i);
            resources.add(new CkanRecords.Resource(resourceId(d.id, i), d.id.toString(),
                    x.downloadUrl() != null ? x.downloadUrl() : x.accessUrl(),
                    x.title() != null ? x.title() : x.format(), x.description(), x.format(), x.mediaType(), i, "active",
                    time(d.createdAt), x.accessUrl(), x.downloadUrl(),
                    x.availability() == null ? null : x.availability().name()));
        }
        List<Tag> tags = Arrays.stream(d.topics).map(t -> new Tag(t, t, "active", null)).toList();
        CkanRecords.Organization organization = producer == null ? null : organization(producer, null);
        return new Package(d.id.toString(), name, d.titleId, d.descriptionId, "active", false, "dataset",
                time(d.createdAt), time(d.updatedAt), organizationName(d.producer), organization, d.contactName,
                d.contactEmail, producer == null ? d.producer : producer.nameId, d.licenceId,
                d.licenceId == null ? d.licence : LICENCE_TITLES.getOrDefault(d.licenceId, d.licence),
                base.resolve("nsdr/" + name).toString(), null, tags, resources, extras(d, producer, base), List.of(),
                resources.size(), tags.size());
    }

    private static List<Extra> extras(Dataset d, Organization producer, URI base) {
        List<Extra> extras = new ArrayList<>();
        add(extras, "uri", base.resolve("api/v1/catalog/datasets/" + d.id).toString());
        add(extras, "identifier", d.name());
        add(extras, "title_en", d.titleEn);
        add(extras, "notes_en", d.descriptionEn);
        add(extras, "licence", d.licence);
        add(extras, "source_type", d.sourceType.name());
        add(extras, "periodicity", d.periodicity.name());
        add(extras, "release_lag_days", d.releaseLagDays);
        add(extras, "access", d.access.name());
        add(extras, "geographic_level", d.geographicLevel.name());
        add(extras, "region_code", d.regionCode);
        add(extras, "temporal_start", d.temporalStart);
        add(extras, "temporal_end", d.temporalEnd);
        add(extras, "temporal_latest", d.temporalLatest);
        add(extras, "gcm_objectives", join(d.gcmObjectives));
        add(extras, "mgi_domains", join(d.mgiDomains));
        add(extras, "disaggregations", join(d.disaggregations));
        add(extras, "contact_name", d.contactName);
        add(extras, "contact_email", d.contactEmail);
        add(extras, "publisher_name", producer == null ? d.producer : producer.nameId);
        add(extras, "publisher_uri", base.resolve("api/v1/catalog#organization-" + d.producer).toString());
        add(extras, "spatial_uri", "http://publications.europa.eu/resource/authority/country/IDN");
        return extras;
    }

    private static void add(List<Extra> extras, String key, Object value) {
        if (value != null && !String.valueOf(value).isEmpty()) {
            extras.add(new Extra(key, String.valueOf(value)));
        }
    }

    private static String join(Object[] values) {
        return values.length == 0 ? null : Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(","));
    }
}
