package id.sdmi.catalog.search;

import id.sdmi.catalog.dataset.DatasetEnums.Access;
import id.sdmi.catalog.dataset.DatasetEnums.Disaggregation;
import id.sdmi.catalog.dataset.DatasetEnums.GeographicLevel;
import id.sdmi.catalog.dataset.DatasetEnums.SourceType;
import id.sdmi.catalog.dataset.DatasetEnums.Status;
import id.sdmi.catalog.dataset.DatasetRecords;
import id.sdmi.web.Codes;
import id.sdmi.web.PageRequest;
import id.sdmi.web.Problem;
import id.sdmi.web.ProblemException;
import id.sdmi.web.ProblemType;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The words and facet values of a dataset search, as the query string gives them. Values of one facet repeated:
 * a dataset has one producer, source type, access, geographic level and status, so any of those given matches;
 * it has many topics, objectives, domains and disaggregations, so it must have all of those given.
 */
public class SearchQuery extends PageRequest {

    /** Beyond this a search must be narrowed: ranking deep pages costs and nobody reads them. */
    public static final int MAX_WINDOW = 10_000;
    /** How many times one facet may be given, and how long one value (or comma-separated values) may be. */
    static final int VALUES_MAX = 100;
    static final int VALUE_MAX = 1000;
    private static final String VALUES_MESSAGE = "give at most 100 values";
    private static final String VALUE_MESSAGE = "must be at most 1000 characters";

    @QueryParam("q")
    @Size(max = 200, message = "must be at most 200 characters")
    @Parameter(description = "Words in Indonesian or English; \"quoted phrases\", or, -excluded", example = "pekerja migran")
    public String q;

    @QueryParam("producer")
    @Size(max = VALUES_MAX, message = VALUES_MESSAGE)
    @Parameter(description = "Producer's code (any of those given; also comma-separated)", example = "[\"BPS\"]")
    public List<@Size(max = VALUE_MAX, message = VALUE_MESSAGE) String> producer;

    @QueryParam("topic")
    @Size(max = VALUES_MAX, message = VALUES_MESSAGE)
    @Parameter(description = "Topic, a lower-case slug (all of those given; also comma-separated)",
            example = "[\"labour-migration\"]")
    public List<@Size(max = VALUE_MAX, message = VALUE_MESSAGE) String> topic;

    @QueryParam("gcmObjective")
    @Size(max = VALUES_MAX, message = VALUES_MESSAGE)
    @Parameter(description = "GCM objective, 1 to 23 (all of those given; also comma-separated)", example = "[\"6\"]")
    public List<@Size(max = VALUE_MAX, message = VALUE_MESSAGE) String> gcmObjective;

    @QueryParam("mgiDomain")
    @Size(max = VALUES_MAX, message = VALUES_MESSAGE)
    @Parameter(description = "MGI domain, D1 to D6 (all of those given; also comma-separated)", example = "[\"D4\"]")
    public List<@Size(max = VALUE_MAX, message = VALUE_MESSAGE) String> mgiDomain;

    @QueryParam("sourceType")
    @Size(max = VALUES_MAX, message = VALUES_MESSAGE)
    @Parameter(description = "Source type (any of those given: repeat the parameter for several)", example = "[\"SURVEY\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = SourceType.class, maxItems = VALUES_MAX))
    public List<@Size(max = VALUE_MAX, message = VALUE_MESSAGE) String> sourceType;

    @QueryParam("access")
    @Size(max = VALUES_MAX, message = VALUES_MESSAGE)
    @Parameter(description = "Access level (any of those given: repeat the parameter for several)", example = "[\"OPEN\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Access.class, maxItems = VALUES_MAX))
    public List<@Size(max = VALUE_MAX, message = VALUE_MESSAGE) String> access;

    @QueryParam("disaggregation")
    @Size(max = VALUES_MAX, message = VALUES_MESSAGE)
    @Parameter(description = "Disaggregation (all of those given: repeat the parameter for several)", example = "[\"SEX\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Disaggregation.class, maxItems = VALUES_MAX))
    public List<@Size(max = VALUE_MAX, message = VALUE_MESSAGE) String> disaggregation;

    @QueryParam("geographicLevel")
    @Size(max = VALUES_MAX, message = VALUES_MESSAGE)
    @Parameter(description = "Finest geographic level published (any of those given: repeat the parameter for several)",
            example = "[\"REGENCY\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = GeographicLevel.class, maxItems = VALUES_MAX))
    public List<@Size(max = VALUE_MAX, message = VALUE_MESSAGE) String> geographicLevel;

    @QueryParam("status")
    @Size(max = VALUES_MAX, message = VALUES_MESSAGE)
    @Parameter(description = "Status (any of those given: repeat the parameter for several); a walidata's queue is "
            + "status=SUBMITTED",
            example = "[\"PUBLISHED\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Status.class, maxItems = VALUES_MAX))
    public List<@Size(max = VALUE_MAX, message = VALUE_MESSAGE) String> status;

    @QueryParam("identifier")
    @Size(max = 100, message = "must be at most 100 characters")
    @Parameter(description = "The dataset's short name", example = "bps-sakernas")
    public String identifier;

    @QueryParam("sort")
    @Parameter(description = "relevance (the default with q), created (the default without), -created, updated, "
            + "-updated, title, -title; a leading - for descending", example = "-updated",
            schema = @Schema(implementation = Sort.class))
    public String sort;

    /** What a dataset must be to match, parsed and checked. */
    public record Filter(String words, Set<String> producers, Set<String> topics, int gcmObjectives, int mgiDomains,
            Set<SourceType> sourceTypes, Set<Access> access, int disaggregations, Set<GeographicLevel> levels,
            Set<Status> statuses, String identifier, Sort sort) {
    }

    @Schema(name = "DatasetSort", description = "The order of a dataset search: by relevance "
            + "to the words, by creation, change or title; a leading - for descending", enumeration = {"relevance",
                "created", "-created", "updated", "-updated", "title", "-title"})
    public enum Sort {
        RELEVANCE("relevance"), CREATED("created"), CREATED_DESC("-created"), UPDATED("updated"),
        UPDATED_DESC("-updated"), TITLE("title"), TITLE_DESC("-title");

        final String name;

        Sort(String name) {
            this.name = name;
        }
    }

    /** The filter, or 400 naming every bad value: an unknown value would otherwise silently match nothing. */
    Filter filter(Set<String> producers) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (offset() + size > MAX_WINDOW) {
            errors.add(new Problem.FieldError("page", "page × size + size must be at most " + MAX_WINDOW
                    + ": narrow the search with words or facets, or use /api/v1/datasets/export"));
        }
        Set<String> unknownProducers = values(producer).stream().filter(p -> !producers.contains(p))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!unknownProducers.isEmpty()) {
            errors.add(new Problem.FieldError("producer", "no organisation " + String.join(", ", unknownProducers)
                    + " is registered (GET /api/v1/organizations)"));
        }
        values(topic).stream().filter(t -> !t.matches(DatasetRecords.SLUG)).forEach(t -> errors.add(
                new Problem.FieldError("topic", "'" + t + "' is not a topic: topics are lower-case slugs such as labour-migration")));
        int objectives = 0;
        for (String value : values(gcmObjective)) {
            Integer number = value.matches("[0-9]{1,2}") ? Integer.valueOf(value) : null;
            if (!Codes.isGcmObjective(number)) {
                errors.add(new Problem.FieldError("gcmObjective", "'" + value + "' is not a GCM objective: 1 to "
                        + Codes.GCM_OBJECTIVES));
            } else {
                objectives |= 1 << number;
            }
        }
        int domains = 0;
        for (String value : values(mgiDomain)) {
            if (value.matches(Codes.MGI_DOMAIN)) {
                domains |= 1 << Codes.mgiDomainNumber(value);
            } else {
                errors.add(new Problem.FieldError("mgiDomain", "'" + value + "' is not an MGI domain: D1 to D" + Codes.MGI_DOMAINS));
            }
        }
        int disaggregations = 0;
        for (Disaggregation d : enums("disaggregation", disaggregation, Disaggregation.class, errors)) {
            disaggregations |= 1 << d.ordinal();
        }
        Sort order = sort(errors);
        Filter filter = new Filter(q == null || q.isBlank() ? null : q.trim(), Set.copyOf(values(producer)),
                Set.copyOf(values(topic)), objectives, domains, enums("sourceType", sourceType, SourceType.class, errors),
                enums("access", access, Access.class, errors), disaggregations,
                enums("geographicLevel", geographicLevel, GeographicLevel.class, errors),
                enums("status", status, Status.class, errors), identifier, order);
        if (!errors.isEmpty()) {
            throw ProblemException.fields(ProblemType.VALIDATION_FAILED, errors);
        }
        return filter;
    }

    private Sort sort(List<Problem.FieldError> errors) {
        if (sort == null || sort.isBlank()) {
            return q == null || q.isBlank() ? Sort.CREATED : Sort.RELEVANCE;
        }
        for (Sort s : Sort.values()) {
            if (s.name.equals(sort)) {
                if (s == Sort.RELEVANCE && (q == null || q.isBlank())) {
                    errors.add(new Problem.FieldError("sort", "relevance needs words to rank by (q)"));
                }
                return s;
            }
        }
        errors.add(new Problem.FieldError("sort", "'" + sort + "' is not a sort: one of "
                + Arrays.stream(Sort.values()).map(s -> s.name).collect(Collectors.joining(", "))));
        return Sort.CREATED;
    }

    /** Values as given, also comma-separated ({@code ?disaggregation=SEX,AGE}). */
    private static List<String> values(List<String> given) {
        if (given == null) {
            return List.of();
        }
        return given.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).filter(v -> !v.isEmpty())
                .distinct().toList();
    }

    private static <E extends Enum<E>> Set<E> enums(String field, List<String> given, Class<E> type,
            List<Problem.FieldError> errors) {
        Set<E> result = EnumSet.noneOf(type);
        Function<String, E> parse = v -> Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(v))
                .findFirst().orElse(null);
        for (String value : values(given)) {
            E parsed = parse.apply(value);
            if (parsed == null) {
                errors.add(new Problem.FieldError(field, "'" + value + "' is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            } else {
                result.add(parsed);
            }
        }
        return result;
    }
}
