package id.sdmi.indicator.indicator;

import id.sdmi.indicator.catalog.Indicator;
import id.sdmi.indicator.catalog.CatalogRecords.DomainView;
import id.sdmi.indicator.catalog.CatalogService;
import id.sdmi.indicator.catalog.CatalogVersion;
import id.sdmi.indicator.catalog.Domain;
import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorView;
import id.sdmi.web.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed between two versions of a framework: domains and indicators added, removed and changed. */
@ApplicationScoped
public class CatalogDiff {

    @Schema(name = "VersionDiff", description = "What changed from one version of a framework to another")
    public record Diff(
            @Schema(required = true, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE,
                    description = "The framework's code") String framework,
            @Schema(required = true, maxLength = Codes.VERSION_LENGTH, pattern = Codes.VERSION,
                    description = "The version compared from") String from,
            @Schema(required = true, maxLength = Codes.VERSION_LENGTH, pattern = Codes.VERSION,
                    description = "The version compared to") String to,
            @Schema(required = true, implementation = DiffSchemas.DomainChanges.class) Section<DomainView> domains,
            @Schema(required = true, implementation = DiffSchemas.IndicatorChanges.class) Section<IndicatorView> indicators) {
    }

    /** Added, removed and changed domains or indicators; described for the OpenAPI document by {@link DiffSchemas}. */
    public record Section<T>(List<T> added, List<T> removed, List<Change> changed) {
    }

    /** Something in both versions, with each field that differs. */
    public record Change(String code, List<FieldChange> fields) {
    }

    @Schema(name = "FieldChange", description = "A field whose value differs between the two versions")
    public record FieldChange(
            @Schema(required = true, maxLength = 20, pattern = "[a-zA-Z]+(\\.[a-z]+)?",
                    description = "The field as a JSON path: order, name.id or name.en of a domain; domain, order, "
                            + "text.id, text.en, guidance.id, guidance.en, gcmObjectives or sdgTargets of an indicator")
            String field,
            @Schema(description = "Its value in the version compared from (a text, a number, a list of numbers or of "
                    + "texts, as in Domain and Indicator); null when it had none") Object from,
            @Schema(description = "Its value in the version compared to; null when it has none") Object to) {
    }

    public Diff between(String framework, String from, String to) {
        CatalogVersion a = CatalogService.version(framework, from);
        CatalogVersion b = CatalogService.version(framework, to);
        return new Diff(framework, from, to,
                section(domains(a), domains(b), DomainView::code, CatalogDiff::domainFields),
                section(IndicatorService.all(a), IndicatorService.all(b), IndicatorView::code, CatalogDiff::indicatorFields));
    }

    private static List<DomainView> domains(CatalogVersion version) {
        return Domain.of(version).stream().map(DomainView::of).toList();
    }

    private static Map<String, Object> domainFields(DomainView d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("order", d.order());
        fields.put("name.id", d.name().id());
        fields.put("name.en", d.name().en());
        return fields;
    }

    private static Map<String, Object> indicatorFields(IndicatorView i) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("domain", i.domain());
        fields.put("order", i.order());
        fields.put("text.id", i.text().id());
        fields.put("text.en", i.text().en());
        fields.put("guidance.id", i.guidance() == null ? null : i.guidance().id());
        fields.put("guidance.en", i.guidance() == null ? null : i.guidance().en());
        fields.put("gcmObjectives", i.gcmObjectives());
        fields.put("sdgTargets", i.sdgTargets());
        return fields;
    }

    private static <T> Section<T> section(List<T> before, List<T> after, Function<T, String> code,
            Function<T, Map<String, Object>> fieldsOf) {
        Map<String, T> old = new LinkedHashMap<>();
        before.forEach(t -> old.put(code.apply(t), t));
        Map<String, T> now = new LinkedHashMap<>();
        after.forEach(t -> now.put(code.apply(t), t));
        List<T> added = after.stream().filter(t -> !old.containsKey(code.apply(t))).toList();
        List<T> removed = before.stream().filter(t -> !now.containsKey(code.apply(t))).toList();
        List<Change> changed = new ArrayList<>();
        for (T t : after) {
            T previous = old.get(code.apply(t));
            if (previous == null) {
                continue;
            }
            Map<String, Object> was = fieldsOf.apply(previous);
            Map<String, Object> is = fieldsOf.apply(t);
            List<FieldChange> fields = was.keySet().stream()
                    .filter(f -> !Objects.equals(was.get(f), is.get(f)))
                    .map(f -> new FieldChange(f, was.get(f), is.get(f)))
                    .toList();
            if (!fields.isEmpty()) {
                changed.add(new Change(code.apply(t), fields));
            }
        }
        return new Section<>(added, removed, changed);
    }
}
