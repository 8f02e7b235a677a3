package id.sdmi.indicator.indicator;

import id.sdmi.indicator.catalog.Indicator;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.indicator.Text;
import id.sdmi.indicator.catalog.CatalogService;
import id.sdmi.indicator.catalog.CatalogVersion;
import id.sdmi.indicator.catalog.Domain;
import id.sdmi.indicator.indicator.IndicatorRecords.ImportResult;
import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorInput;
import id.sdmi.indicator.indicator.IndicatorRecords.IndicatorView;
import id.sdmi.web.ETags;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import id.sdmi.web.Problem;
import id.sdmi.web.Problem.FieldError;
import id.sdmi.web.ProblemException;
import id.sdmi.web.ProblemMappers;
import id.sdmi.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The indicators of catalog versions: single edits of drafts, bulk import and export. */
@ApplicationScoped
public class IndicatorService {

    /** Most bad rows an import reports one by one (the detail still gives the count). */
    static final int MAX_REPORTED_ERRORS = 1000;

    private final CatalogService catalogs;
    private final Validator validator;
    private final EntityManager em;

    public IndicatorService(CatalogService catalogs, Validator validator, EntityManager em) {
        this.catalogs = catalogs;
        this.validator = validator;
        this.em = em;
    }

    public Page<IndicatorView> list(String framework, String version, PageRequest page) {
        CatalogVersion found = CatalogService.version(framework, version);
        var query = Indicator.<Indicator>find(
                "select i from Indicator i join fetch i.domain d where i.version = ?1 order by d.order, i.order, i.code",
                found);
        return Page.of(query.page(page.page, page.size).list(), page, Indicator.count("version", found),
                IndicatorView::of);
    }

    public List<IndicatorView> all(String framework, String version) {
        return all(CatalogService.version(framework, version));
    }

    static List<IndicatorView> all(CatalogVersion version) {
        return Indicator.<Indicator>list(
                "select i from Indicator i join fetch i.domain d where i.version = ?1 order by d.order, i.order, i.code",
                version).stream().map(IndicatorView::of).toList();
    }

    public Indicator get(String framework, String version, String code) {
        CatalogVersion found = CatalogService.version(framework, version);
        return Indicator.find(found, code)
                .orElseThrow(() -> ProblemException.notFound("indicator " + code + " of " + found.label()));
    }

    @Transactional
    public Indicator add(String framework, String version, IndicatorInput input) {
        CatalogVersion draft = catalogs.draftForChange(framework, version);
        Domain domain = domainOf(draft, input.domain());
        if (Indicator.find(draft, input.code()).isPresent()) {
            throw ProblemException.conflict("version " + draft.label() + " already has an indicator " + input.code());
        }
        requireRoom(draft, Indicator.count("version", draft) + 1);
        Indicator indicator = new Indicator();
        indicator.version = draft;
        indicator.code = input.code();
        apply(indicator, domain, input, input.order() != null ? input.order() : nextOrder(domain));
        checkDistinct(input, null, "");
        indicator.persist();
        return indicator;
    }

    @Transactional
    public Indicator update(String framework, String version, String code, IndicatorInput input, String ifMatch) {
        Indicator indicator = draftIndicator(framework, version, code, ifMatch);
        if (!code.equals(input.code())) {
            throw ProblemException.invalid("code", "must be " + code + ", the indicator's code in the path");
        }
        Domain domain = domainOf(indicator.version, input.domain());
        checkDistinct(input, null, "");
        apply(indicator, domain, input, input.order() != null ? input.order()
                : domain.id.equals(indicator.domain.id) ? indicator.order : nextOrder(domain));
        em.flush();
        return indicator;
    }

    @Transactional
    public void remove(String framework, String version, String code, String ifMatch) {
        Indicator indicator = draftIndicator(framework, version, code, ifMatch);
        indicator.delete();
    }

    /** An indicator of a draft about to change, if the caller's If-Match (when sent) is still its ETag. */
    private Indicator draftIndicator(String framework, String version, String code, String ifMatch) {
        CatalogVersion draft = catalogs.draftForChange(framework, version);
        Indicator indicator = Indicator.find(draft, code)
                .orElseThrow(() -> ProblemException.notFound("indicator " + code + " of " + draft.label()));
        ETags.check(ifMatch, ETags.of(indicator.id, indicator.rowVersion), "indicator " + code);
        return indicator;
    }

    /**
     * Imports rows into a draft, all or nothing: when any row is wrong, nothing is written and the answer (422)
     * lists every wrong row with its field and reason. With {@code replace}, the rows replace the draft's
     * indicators; otherwise they are added and a code the draft has already is an error.
     *
     * @param fieldName how a field of IndicatorInput is called in the caller's format (CSV columns or JSON fields)
     */
    @Transactional
    public ImportResult importRows(String framework, String version, List<IndicatorCsv.Row> rows, boolean replace,
            UnaryOperator<String> fieldName) {
        CatalogVersion draft = catalogs.draftForChange(framework, version);
        if (rows.size() > CatalogPublished.MAX_INDICATORS) {
            throw ProblemException.invalid("body", "has " + rows.size() + " indicators; an import takes at most "
                    + CatalogPublished.MAX_INDICATORS);
        }
        Map<String, Domain> domains = Domain.of(draft).stream()
                .collect(Collectors.toMap(d -> d.code, d -> d));
        Set<String> existing = replace ? Set.of() : new HashSet<>(em.createQuery(
                "select i.code from Indicator i where i.version = ?1", String.class).setParameter(1, draft).getResultList());
        requireRoom(draft, existing.size() + rows.size());
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (IndicatorCsv.Row row : rows) {
            errors.addAll(row.errors());
            IndicatorInput input = row.input();
            if (input == null) {
                continue;
            }
            for (ConstraintViolation<IndicatorInput> v : validator.validate(input)) {
                errors.add(new FieldError(row.number(), fieldName.apply(ProblemMappers.fieldOf(v)), v.getMessage()));
            }
            if (input.domain() != null && !domains.containsKey(input.domain())) {
                errors.add(new FieldError(row.number(), fieldName.apply("domain"), unknownDomain(draft, input.domain(),
                        domains.keySet())));
            }
            checkDistinct(input, row.number(), fieldName.apply("gcmObjectives"), errors);
            if (input.code() != null) {
                Integer first = firstRowOf.putIfAbsent(input.code(), row.number());
                if (first != null) {
                    errors.add(new FieldError(row.number(), fieldName.apply("code"),
                            "indicator " + input.code() + " is already in row " + first));
                } else if (existing.contains(input.code())) {
                    errors.add(new FieldError(row.number(), fieldName.apply("code"),
                            "version " + draft.label() + " already has an indicator " + input.code()));
                }
            }
        }
        if (rows.isEmpty()) {
            errors.add(new FieldError(null, "body", "has no indicator rows"));
        }
        if (!errors.isEmpty()) {
            throw importRefused(errors);
        }
        if (replace) {
            Indicator.delete("version", draft);
        }
        Map<String, Integer> nextOrder = new HashMap<>();
        domains.keySet().forEach(code -> nextOrder.put(code, 1));
        em.createQuery("select i.domain.code, max(i.order) from Indicator i where i.version = ?1 group by i.domain.code",
                Object[].class).setParameter(1, draft).getResultList()
                .forEach(r -> nextOrder.put((String) r[0], ((Number) r[1]).intValue() + 1));
        for (IndicatorCsv.Row row : rows) {
            IndicatorInput input = row.input();
            Indicator indicator = new Indicator();
            indicator.version = draft;
            indicator.code = input.code();
            int order = input.order() != null ? input.order() : nextOrder.get(input.domain());
            nextOrder.merge(input.domain(), order + 1, Math::max);
            apply(indicator, domains.get(input.domain()), input, order);
            em.persist(indicator);
        }
        em.flush();
        return new ImportResult(framework, version, rows.size(), Indicator.count("version", draft));
    }

    /** A version holds at most {@link CatalogVersion#MAX_INDICATORS} indicators. */
    private static void requireRoom(CatalogVersion draft, long indicators) {
        if (indicators > CatalogPublished.MAX_INDICATORS) {
            throw ProblemException.conflict("version " + draft.label() + " would have " + indicators
                    + " indicators; a version holds at most " + CatalogPublished.MAX_INDICATORS);
        }
    }

    private static ProblemException importRefused(List<FieldError> errors) {
        List<FieldError> sorted = errors.stream()
                .sorted(Comparator.comparing((FieldError e) -> e.row() == null ? 0 : e.row())
                        .thenComparing(FieldError::field))
                .toList();
        long rows = sorted.stream().map(FieldError::row).distinct().count();
        return new ProblemException(Problem.of(ProblemType.UNPROCESSABLE, rows + " row(s) cannot be imported ("
                + errors.size() + " error(s)); nothing was imported")
                .withErrors(sorted.size() > MAX_REPORTED_ERRORS ? sorted.subList(0, MAX_REPORTED_ERRORS) : sorted));
    }

    private static Domain domainOf(CatalogVersion draft, String code) {
        Domain domain = Domain.find(draft, code).orElse(null);
        if (domain == null) {
            List<String> known = Domain.of(draft).stream().map(d -> d.code).toList();
            throw ProblemException.unprocessable("domain", unknownDomain(draft, code, known));
        }
        return domain;
    }

    private static String unknownDomain(CatalogVersion draft, String code, java.util.Collection<String> known) {
        return "version " + draft.label() + " has no domain " + code + " (its domains: "
                + (known.isEmpty() ? "none yet" : known.stream().sorted().collect(Collectors.joining(", "))) + ")";
    }

    private static void checkDistinct(IndicatorInput input, Integer row, String field) {
        List<FieldError> errors = new ArrayList<>();
        checkDistinct(input, row, field.isEmpty() ? "gcmObjectives" : field, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.get(0).field(), errors.get(0).message());
        }
    }

    private static void checkDistinct(IndicatorInput input, Integer row, String field, List<FieldError> errors) {
        Set<Integer> seen = new LinkedHashSet<>();
        for (Integer objective : input.gcm()) {
            if (objective != null && !seen.add(objective)) {
                errors.add(new FieldError(row, field, "lists objective " + objective + " twice"));
            }
        }
    }

    private static int nextOrder(Domain domain) {
        Integer max = Indicator.getEntityManager().createQuery(
                "select max(i.order) from Indicator i where i.domain = ?1", Integer.class)
                .setParameter(1, domain).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static void apply(Indicator indicator, Domain domain, IndicatorInput input, int order) {
        indicator.domain = domain;
        indicator.order = order;
        indicator.text = Text.of(input.text());
        indicator.guidance = Text.of(input.guidance());
        indicator.gcmObjectives = input.gcm().stream().sorted().toArray(Integer[]::new);
        indicator.sdgTargets = input.sdg().toArray(String[]::new);
    }
}
