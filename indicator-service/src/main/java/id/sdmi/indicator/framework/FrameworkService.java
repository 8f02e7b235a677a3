package id.sdmi.indicator.framework;

import id.sdmi.events.indicator.FrameworkCreated;
import id.sdmi.events.indicator.IndicatorCatalogEvents;
import id.sdmi.indicator.Text;
import id.sdmi.events.outbox.Outbox;
import id.sdmi.indicator.framework.FrameworkRecords.FrameworkView;
import id.sdmi.indicator.framework.FrameworkRecords.NewFramework;
import id.sdmi.web.Page;
import id.sdmi.web.PageRequest;
import id.sdmi.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@ApplicationScoped
public class FrameworkService {

    private final Outbox outbox;

    public FrameworkService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Creates a framework and, in the same transaction, its {@code framework.created} event. */
    @Transactional
    public FrameworkView create(NewFramework request, String user) {
        if (Framework.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("framework " + request.code() + " already exists");
        }
        Framework framework = new Framework();
        framework.code = request.code();
        framework.level = request.level();
        framework.name = Text.of(request.name());
        framework.description = Text.of(request.description());
        framework.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        framework.createdBy = user;
        framework.persist();
        outbox.record(IndicatorCatalogEvents.FRAMEWORK_CREATED, framework.code, new FrameworkCreated(
                framework.code, framework.level.name(), Text.label(framework.name), Text.label(framework.description)));
        return FrameworkView.of(framework);
    }

    public Page<FrameworkView> list(PageRequest page) {
        var query = Framework.<Framework>findAll(io.quarkus.panache.common.Sort.by("code"));
        return Page.of(query.page(page.page, page.size).list(), page, query.count(), FrameworkView::of);
    }

    public FrameworkView get(String code) {
        return FrameworkView.of(framework(code));
    }

    public static Framework framework(String code) {
        return Framework.findByCode(code).orElseThrow(() -> ProblemException.notFound("framework " + code));
    }
}
