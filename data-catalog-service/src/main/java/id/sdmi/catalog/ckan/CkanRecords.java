package id.sdmi.catalog.ckan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * CKAN's shapes, with CKAN's field names: the package (dataset) dictionary, its resources, tags and extras, an
 * organisation, and the envelope every action answers in. The same records read another CKAN portal's answers when
 * harvesting (unknown fields are ignored there).
 */
public final class CkanRecords {

    static final int TEXT = 100_000;
    static final int NAME = 200;
    static final int URL = 2000;
    static final int MANY = 1000;

    private CkanRecords() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CkanTag", description = "A tag (the dataset's topics)")
    public record Tag(@Schema(maxLength = NAME) String name,
            @JsonProperty("display_name") @Schema(maxLength = NAME) String displayName,
            @Schema(maxLength = 20, nullable = true) String state,
            @JsonProperty("vocabulary_id") @Schema(maxLength = NAME, nullable = true) String vocabularyId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CkanExtra", description = "A key and value beyond CKAN's core fields (named as ckanext-dcat names "
            + "them where it has a name)")
    public record Extra(@Schema(maxLength = NAME) String key, @Schema(maxLength = TEXT) String value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CkanResource", description = "A resource: one of the dataset's distributions")
    public record Resource(@Schema(maxLength = 36) String id,
            @JsonProperty("package_id") @Schema(maxLength = 36, nullable = true) String packageId,
            @Schema(maxLength = URL) String url,
            @Schema(maxLength = 300, nullable = true) String name,
            @Schema(maxLength = 1000, nullable = true) String description,
            @Schema(maxLength = 40, nullable = true) String format,
            @Schema(maxLength = 255, nullable = true) String mimetype,
            @Schema(nullable = true, minimum = "0", maximum = "1000") Integer position,
            @Schema(maxLength = 20, nullable = true) String state,
            @Schema(maxLength = 35, nullable = true) String created,
            @JsonProperty("access_url") @Schema(maxLength = URL, nullable = true, description = "The page the data is "
                    + "reached from (dcat:accessURL)") String accessUrl,
            @JsonProperty("download_url") @Schema(maxLength = URL, nullable = true, description = "The file itself "
                    + "(dcat:downloadURL)") String downloadUrl,
            @Schema(maxLength = 20, nullable = true, description = "Planned availability: TEMPORARY, EXPERIMENTAL, "
                    + "AVAILABLE, STABLE") String availability) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CkanOrganization", description = "An organisation: a producer of published datasets")
    public record Organization(@Schema(maxLength = NAME) String id, @Schema(maxLength = NAME) String name,
            @Schema(maxLength = 300, nullable = true) String title,
            @Schema(maxLength = TEXT, nullable = true) String description,
            @Schema(maxLength = 20, nullable = true) String type,
            @JsonProperty("is_organization") @Schema(nullable = true) Boolean isOrganization,
            @Schema(maxLength = 20, nullable = true) String state,
            @JsonProperty("approval_status") @Schema(maxLength = 20, nullable = true) String approvalStatus,
            @Schema(maxLength = 35, nullable = true) String created,
            @JsonProperty("image_url") @Schema(maxLength = URL, nullable = true) String imageUrl,
            @JsonProperty("package_count") @Schema(nullable = true, minimum = "0", maximum = "1000000000")
            Integer packageCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CkanPackage", description = "A published dataset as CKAN's package dictionary")
    public record Package(@Schema(maxLength = 36) String id, @Schema(maxLength = NAME) String name,
            @Schema(maxLength = 300, nullable = true) String title,
            @Schema(maxLength = TEXT, nullable = true) String notes,
            @Schema(maxLength = 20, nullable = true) String state,
            @JsonProperty("private") @Schema(nullable = true) Boolean isPrivate,
            @Schema(maxLength = 20, nullable = true) String type,
            @JsonProperty("metadata_created") @Schema(maxLength = 35, nullable = true,
                    description = "UTC, as CKAN writes it: 2025-01-31T08:00:00.000000") String metadataCreated,
            @JsonProperty("metadata_modified") @Schema(maxLength = 35, nullable = true,
                    description = "UTC, as CKAN writes it: 2025-01-31T08:00:00.000000") String metadataModified,
            @JsonProperty("owner_org") @Schema(maxLength = NAME, nullable = true) String ownerOrg,
            @Schema(nullable = true) Organization organization,
            @Schema(maxLength = 200, nullable = true) String maintainer,
            @JsonProperty("maintainer_email") @Schema(maxLength = 254, nullable = true) String maintainerEmail,
            @Schema(maxLength = 300, nullable = true) String author,
            @JsonProperty("license_id") @Schema(maxLength = 20, nullable = true) String licenseId,
            @JsonProperty("license_title") @Schema(maxLength = 200, nullable = true) String licenseTitle,
            @Schema(maxLength = URL, nullable = true, description = "The dataset's public page") String url,
            @Schema(maxLength = 100, nullable = true) String version,
            @Schema(nullable = true, maxItems = MANY) List<Tag> tags,
            @Schema(nullable = true, maxItems = MANY) List<Resource> resources,
            @Schema(nullable = true, maxItems = MANY) List<Extra> extras,
            @Schema(nullable = true, maxItems = 0, description = "Always empty: the NSDR has no groups")
            List<Map<String, Object>> groups,
            @JsonProperty("num_resources") @Schema(nullable = true, minimum = "0", maximum = "1000") Integer numResources,
            @JsonProperty("num_tags") @Schema(nullable = true, minimum = "0", maximum = "1000") Integer numTags) {

        /** An extra's value, or null. */
        public String extra(String key) {
            return extras == null ? null : extras.stream().filter(e -> key.equals(e.key())).map(Extra::value)
                    .findFirst().orElse(null);
        }
    }

    @Schema(name = "CkanSearchResult", description = "One page of package_search")
    public record SearchResult(@Schema(minimum = "0", maximum = "1000000000") long count,
            @Schema(maxLength = 200) String sort,
            @Schema(maxItems = MANY) List<Package> results,
            @Schema(description = "Always empty: ask the NSDR's own search for facets") Map<String, Object> facets,
            @JsonProperty("search_facets") @Schema(description = "Always empty") Map<String, Object> searchFacets) {
    }

    @Schema(name = "CkanStatus", description = "What the portal is")
    public record Status(@JsonProperty("site_title") @Schema(maxLength = 200) String siteTitle,
            @JsonProperty("site_description") @Schema(maxLength = 1000) String siteDescription,
            @JsonProperty("site_url") @Schema(maxLength = URL) String siteUrl,
            @JsonProperty("locale_default") @Schema(maxLength = 10) String localeDefault,
            @JsonProperty("ckan_version") @Schema(maxLength = 20, description = "The CKAN API version this API follows")
            String ckanVersion,
            @Schema(maxItems = 20) List<@Size(max = 100) String> extensions) {
    }

    /** Every action's answer: {@code help}, {@code success} and the {@code result}. */
    interface Envelope {
    }

    @Schema(name = "CkanPackageAnswer", description = "CKAN's envelope around one package")
    public record PackageAnswer(@Schema(maxLength = URL) String help, boolean success, Package result)
            implements Envelope {
    }

    @Schema(name = "CkanSearchAnswer", description = "CKAN's envelope around a page of package_search")
    public record SearchAnswer(@Schema(maxLength = URL) String help, boolean success, SearchResult result)
            implements Envelope {
    }

    @Schema(name = "CkanNamesAnswer", description = "CKAN's envelope around a list of names")
    public record NamesAnswer(@Schema(maxLength = URL) String help, boolean success,
            @Schema(maxItems = 1_000_000) List<@Size(max = NAME) String> result) implements Envelope {
    }

    @Schema(name = "CkanOrganizationAnswer", description = "CKAN's envelope around one organisation")
    public record OrganizationAnswer(@Schema(maxLength = URL) String help, boolean success, Organization result)
            implements Envelope {
    }

    @Schema(name = "CkanOrganizationsAnswer", description = "CKAN's envelope around organisations (all_fields=true)")
    public record OrganizationsAnswer(@Schema(maxLength = URL) String help, boolean success,
            @Schema(maxItems = 100_000) List<Organization> result) implements Envelope {
    }

    @Schema(name = "CkanStatusAnswer", description = "CKAN's envelope around the portal's status")
    public record StatusAnswer(@Schema(maxLength = URL) String help, boolean success, Status result)
            implements Envelope {
    }

    @Schema(name = "CkanHelpAnswer", description = "CKAN's envelope around an action's documentation")
    public record HelpAnswer(@Schema(maxLength = URL) String help, boolean success,
            @Schema(maxLength = 10_000) String result) implements Envelope {
    }

    @Schema(name = "CkanError", description = "CKAN's envelope around an error: success false and the error's type "
            + "(Not Found Error, Search Query Error, Validation Error, Bad Request) with a message, or for a "
            + "Validation Error each field with its messages")
    public record ErrorAnswer(@Schema(maxLength = URL) String help, boolean success,
            @Schema(type = SchemaType.OBJECT, maxProperties = 50) Map<String, Object> error) implements Envelope {
    }
}
