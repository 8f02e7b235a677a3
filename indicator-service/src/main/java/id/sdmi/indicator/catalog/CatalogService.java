package id.sdmi.indicator.catalog;

import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.events.indicator.CatalogRetired;
import id.sdmi.events.indicator.IndicatorCatalogEvents;
import id.sdmi.events.outbox.Outbox;
import id.sdmi.indicator.Text;
import id.sdmi.indicator.catalog.CatalogRecords.DomainInput;
import id.sdmi.indicator.catalog.CatalogRecords.DomainView;
import id.sdmi.indicator.catalog.CatalogRecords.NewVersion;
import id.sdmi.indicator.catalog.CatalogRecords.VersionView;
import id.sdmi.indicator.framework.Framework;
import id.sdmi.indicator.framework.FrameworkService;
import id.sdmi.web.ETags;
import id.sdmi.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Catalog versions and their domains: the rules of drafts, publishing and retiring. */
@ApplicationScoped
public class CatalogService {

    private final Outbox outbox;
    private final EntityManager em;

    public CatalogService(Outbox outbox, EntityManager em) {
        this.outbox = outbox;
        this.em = em;
    }

    // ---------------------------------------------------------------------------------------------- versions

    public static CatalogVersion version(String framework, String version) {
        return CatalogVersion.<CatalogVersion>find("framework.code = ?1 and version = ?2", framework, version)
                .firstResultOptional()
                .orElseThrow(() -> {
                    FrameworkService.framework(framework); // says which of the two is missing
                    return ProblemException.notFound("version " + version + " of framework " + framework);
                });
    }

    /**
     * The draft to change, held against a concurrent publish for the rest of the transaction (FOR SHARE: edits
     * of one draft go on side by side, a publish waits for them and they see it).
     */
    public CatalogVersion draftForChange(String framework, String version) {
        CatalogVersion found = version(framework, version);
        em.refresh(found, LockModeType.PESSIMISTIC_READ);
        found.requireDraft();
        return found;
    }

    public List<VersionView> versions(String framework) {
        Framework owner = FrameworkService.framework(framework);
        List<CatalogVersion> versions = CatalogVersion.list("framework = ?1 order by createdAt", owner);
        Map<Long, long[]> counts = counts(owner);
        return versions.stream().map(v -> view(v, counts.getOrDefault(v.id, new long[2]))).toList();
    }

    public VersionView view(CatalogVersion version) {
        long domains = Domain.count("version", version);
        long indicators = Indicator.count("version", version);
        return view(version, new long[] {domains, indicators});
    }

    private static VersionView view(CatalogVersion v, long[] counts) {
        return new VersionView(v.framework.code, v.version, v.status, v.copiedFrom, counts[0], counts[1], v.createdAt,
                v.createdBy, v.publishedAt, v.publishedBy, v.retiredAt, v.retiredBy);
    }

    /** Domains and indicators per version of a framework, in one query. */
    private Map<Long, long[]> counts(Framework framework) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT v.id, (SELECT count(*) FROM domain d WHERE d.version_id = v.id),
                       (SELECT count(*) FROM indicator i WHERE i.version_id = v.id)
                FROM catalog_version v WHERE v.framework_id = ?1""").setParameter(1, framework.id).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(),
                new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        return counts;
    }

    @Transactional
    public CatalogVersion create(String framework, NewVersion request, String user) {
        Framework owner = FrameworkService.framework(framework);
        if (CatalogVersion.count("framework = ?1 and version = ?2", owner, request.version()) > 0) {
            throw ProblemException.conflict("framework " + framework + " already has a version " + request.version());
        }
        CatalogVersion source = null;
        if (request.copyFrom() != null) {
            source = CatalogVersion.<CatalogVersion>find("framework = ?1 and version = ?2", owner, request.copyFrom())
                    .firstResultOptional()
                    .orElseThrow(() -> ProblemException.unprocessable("copyFrom",
                            "framework " + framework + " has no version " + request.copyFrom()));
        }
        CatalogVersion created = new CatalogVersion();
        created.framework = owner;
        created.version = request.version();
        created.status = VersionStatus.DRAFT;
        created.copiedFrom = request.copyFrom();
        created.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        created.createdBy = user;
        created.persist();
        if (source != null) {
            copy(source, created);
        }
        return created;
    }

    private static void copy(CatalogVersion from, CatalogVersion to) {
        Map<Long, Domain> domains = new HashMap<>();
        for (Domain domain : Domain.of(from)) {
            Domain copy = new Domain();
            copy.version = to;
            copy.code = domain.code;
            copy.order = domain.order;
            copy.name = domain.name.copy();
            copy.persist();
            domains.put(domain.id, copy);
        }
        for (Indicator indicator : Indicator.<Indicator>list("version", from)) {
            Indicator copy = new Indicator();
            copy.version = to;
            copy.domain = domains.get(indicator.domain.id);
            copy.code = indicator.code;
            copy.order = indicator.order;
            copy.text = indicator.text.copy();
            copy.guidance = indicator.guidance == null ? null : indicator.guidance.copy();
            copy.gcmObjectives = indicator.gcmObjectives.clone();
            copy.sdgTargets = indicator.sdgTargets.clone();
            copy.persist();
        }
    }

    /** Publishes a draft and, in the same transaction, the event that carries the whole catalog. */
    @Transactional
    public CatalogVersion publish(String framework, String version, String ifMatch, String user) {
        CatalogVersion found = version(framework, version);
        em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ifMatch, ETags.of(found.id, found.rowVersion), "version " + found.label());
        List<Domain> domains = Domain.of(found);
        List<Indicator> indicators = Indicator.list(
                "select i from Indicator i join fetch i.domain d where i.version = ?1 order by d.order, i.order, i.code",
                found);
        if (found.status == VersionStatus.DRAFT && indicators.isEmpty()) {
            throw ProblemException.conflict("version " + found.label() + " has no indicators: there is nothing to publish");
        }
        found.publish(user);
        em.flush();
        outbox.record(IndicatorCatalogEvents.CATALOG_PUBLISHED,
                IndicatorCatalogEvents.versionSubject(framework, version),
                new CatalogPublished(framework, found.framework.level.name(), version, found.publishedAt,
                        domains.stream().map(d -> new CatalogPublished.Domain(d.code, d.order, Text.label(d.name)))
                                .toList(),
                        indicators.stream().map(i -> new CatalogPublished.Indicator(i.code, i.domain.code, i.order,
                                Text.label(i.text), Arrays.asList(i.gcmObjectives), Arrays.asList(i.sdgTargets)))
                                .toList()));
        return found;
    }

    @Transactional
    public CatalogVersion retire(String framework, String version, String ifMatch, String user) {
        CatalogVersion found = version(framework, version);
        em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ifMatch, ETags.of(found.id, found.rowVersion), "version " + found.label());
        found.retire(user);
        em.flush();
        outbox.record(IndicatorCatalogEvents.CATALOG_RETIRED, IndicatorCatalogEvents.versionSubject(framework, version),
                new CatalogRetired(framework, version, found.retiredAt));
        return found;
    }

    // ----------------------------------------------------------------------------------------------- domains

    public List<DomainView> domains(String framework, String version) {
        return Domain.of(version(framework, version)).stream().map(DomainView::of).toList();
    }

    public Domain domain(String framework, String version, String code) {
        return Domain.find(version(framework, version), code)
                .orElseThrow(() -> ProblemException.notFound("domain " + code + " of " + framework + " " + version));
    }

    @Transactional
    public Domain addDomain(String framework, String version, DomainInput input) {
        CatalogVersion draft = draftForChange(framework, version);
        if (Domain.find(draft, input.code()).isPresent()) {
            throw ProblemException.conflict("version " + draft.label() + " already has a domain " + input.code());
        }
        if (Domain.count("version", draft) >= CatalogPublished.MAX_DOMAINS) {
            throw ProblemException.conflict("version " + draft.label() + " has " + CatalogPublished.MAX_DOMAINS
                    + " domains, the most a version holds");
        }
        Domain domain = new Domain();
        domain.version = draft;
        domain.code = input.code();
        apply(domain, input);
        domain.persist();
        return domain;
    }

    @Transactional
    public Domain updateDomain(String framework, String version, String code, DomainInput input, String ifMatch) {
        Domain domain = draftDomain(framework, version, code, ifMatch);
        if (!code.equals(input.code())) {
            throw ProblemException.invalid("code", "must be " + code + ", the domain's code in the path");
        }
        apply(domain, input);
        em.flush();
        return domain;
    }

    @Transactional
    public void removeDomain(String framework, String version, String code, String ifMatch) {
        Domain domain = draftDomain(framework, version, code, ifMatch);
        long indicators = Indicator.count("domain", domain);
        if (indicators > 0) {
            throw ProblemException.conflict("domain " + code + " still has " + indicators
                    + " indicator(s): move or remove them first");
        }
        domain.delete();
    }

    /** A domain of a draft about to change, if the caller's If-Match (when sent) is still its ETag. */
    private Domain draftDomain(String framework, String version, String code, String ifMatch) {
        CatalogVersion draft = draftForChange(framework, version);
        Domain domain = Domain.find(draft, code)
                .orElseThrow(() -> ProblemException.notFound("domain " + code + " of " + draft.label()));
        ETags.check(ifMatch, ETags.of(domain.id, domain.rowVersion), "domain " + code);
        return domain;
    }

    private static void apply(Domain domain, DomainInput input) {
        domain.order = input.order();
        domain.name = Text.of(input.name());
    }
}
