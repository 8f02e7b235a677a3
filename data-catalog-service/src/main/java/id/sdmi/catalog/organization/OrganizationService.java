package id.sdmi.catalog.organization;

import id.sdmi.catalog.organization.OrganizationRecords.OrganizationInput;
import id.sdmi.catalog.organization.OrganizationRecords.OrganizationView;
import id.sdmi.reference.RegionCodes;
import id.sdmi.web.ETags;
import id.sdmi.web.Label;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import id.sdmi.web.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The NSDR's organisations: producers, walidata and pembina data, local ones with their BPS region. */
@ApplicationScoped
public class OrganizationService {

    private final RegionCodes regions;
    private final EntityManager em;

    public OrganizationService(RegionCodes regions, EntityManager em) {
        this.regions = regions;
        this.em = em;
    }

    public Page<OrganizationView> list(PageRequest page) {
        var query = Organization.<Organization>findAll(Sort.by("code"));
        return Page.of(query.page(page.page, page.size).list(), page, query.count(), this::view);
    }

    public static Organization find(String code) {
        return Organization.<Organization>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("organisation " + code));
    }

    @Transactional
    public Organization create(OrganizationInput input) {
        checkRegion(input);
        if (Organization.findByIdOptional(input.code()).isPresent()) {
            throw ProblemException.conflict("organisation " + input.code() + " already exists");
        }
        if (Organization.count() >= OrganizationRecords.MAX_ORGANIZATIONS) {
            throw ProblemException.conflict("the NSDR holds " + OrganizationRecords.MAX_ORGANIZATIONS
                    + " organisations, as many as it registers");
        }
        Organization organization = new Organization();
        organization.code = input.code();
        organization.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(organization, input);
        organization.persist();
        return organization;
    }

    @Transactional
    public Organization update(String code, OrganizationInput input, String ifMatch) {
        Organization organization = find(code);
        ETags.check(ifMatch, ETags.of(organization.code, organization.rowVersion), "organisation " + code);
        if (!code.equals(input.code())) {
            throw ProblemException.invalid("code", "must be " + code + ", the organisation's code in the path");
        }
        checkRegion(input);
        apply(organization, input);
        em.flush();
        return organization;
    }

    public OrganizationView view(Organization o) {
        return new OrganizationView(o.code, new Label(o.nameId, o.nameEn), o.type, o.sdiRole, o.regionCode,
                o.regionCode == null ? null : regions.name(o.regionCode));
    }

    /** Local offices need a region code of their level; national bodies may name none. */
    private void checkRegion(OrganizationInput input) {
        String code = input.regionCode();
        String problem = regions.problemWith(code).orElse(null);
        if (problem == null && input.type() != null) {
            if (input.type().isLocal() && code == null) {
                problem = "is required for a " + input.type();
            } else if (input.type() == OrganizationType.PROVINCIAL_OFFICE && code.length() != 2) {
                problem = "must be a province code (2 digits) for a provincial office";
            } else if (input.type() == OrganizationType.REGENCY_OFFICE && code.length() != 4) {
                problem = "must be a regency or city code (4 digits) for a regency office";
            }
        }
        if (problem != null) {
            throw ProblemException.unprocessable("regionCode", problem);
        }
    }

    private static void apply(Organization organization, OrganizationInput input) {
        organization.nameId = input.name().id();
        organization.nameEn = input.name().en();
        organization.type = input.type();
        organization.sdiRole = input.sdiRole();
        organization.regionCode = input.regionCode();
        organization.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
