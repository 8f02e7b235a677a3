package id.sdmi.assessment.report;

import id.sdmi.assessment.assessment.AnswerRecords.Answer;
import id.sdmi.assessment.assessment.AnswerRecords.Value;
import id.sdmi.assessment.assessment.AnswerService;
import id.sdmi.assessment.assessment.Assessment;
import id.sdmi.assessment.assessment.TeamRecords.Meeting;
import id.sdmi.assessment.assessment.TeamRecords.MeetingType;
import id.sdmi.assessment.assessment.TeamService;
import id.sdmi.assessment.report.ReportRecords.Attendance;
import id.sdmi.assessment.report.ReportRecords.DomainSummary;
import id.sdmi.assessment.report.ReportRecords.Figures;
import id.sdmi.assessment.report.ReportRecords.Summary;
import id.sdmi.web.Label;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where an assessment stands, per domain of its catalog: how many indicators are answered yes, partial or no, how
 * complete it is, what is well developed (YES) and what needs development (PARTIAL, NO); with the meetings' figures
 * by sex.
 */
@ApplicationScoped
public class SummaryService {

    /** One indicator of the catalog version, with its domain. */
    public record Indicator(String code, String domain, Label text) {
    }

    private final AnswerService answers;
    private final TeamService team;
    private final EntityManager em;

    public SummaryService(AnswerService answers, TeamService team, EntityManager em) {
        this.answers = answers;
        this.team = team;
        this.em = em;
    }

    /** The catalog's domains, in order, by code. */
    public Map<String, Label> domains(Assessment a) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT code, name_id, name_en FROM catalog_domain WHERE version_id = ?1 ORDER BY ord, code")
                .setParameter(1, a.versionId).getResultList();
        Map<String, Label> domains = new LinkedHashMap<>();
        rows.forEach(r -> domains.put((String) r[0], new Label((String) r[1], (String) r[2])));
        return domains;
    }

    /** The catalog's indicators in catalog order. */
    public List<Indicator> indicators(Assessment a) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT i.code, i.domain, i.text_id, i.text_en FROM catalog_indicator i
                JOIN catalog_domain d ON d.version_id = i.version_id AND d.code = i.domain
                WHERE i.version_id = ?1 ORDER BY d.ord, i.ord, i.code""").setParameter(1, a.versionId).getResultList();
        return rows.stream().map(r -> new Indicator((String) r[0], (String) r[1], new Label((String) r[2], (String) r[3])))
                .toList();
    }

    public Summary summary(Assessment a) {
        Map<String, Answer> byIndicator = answers.answers(a.id).stream()
                .collect(Collectors.toMap(Answer::indicator, Function.identity()));
        List<Indicator> indicators = indicators(a);
        List<DomainSummary> domains = new ArrayList<>();
        domains(a).forEach((code, name) -> {
            List<Indicator> in = indicators.stream().filter(i -> i.domain().equals(code)).toList();
            List<String> yes = codes(in, byIndicator, Value.YES);
            List<String> partial = codes(in, byIndicator, Value.PARTIAL);
            List<String> no = codes(in, byIndicator, Value.NO);
            int answered = yes.size() + partial.size() + no.size();
            List<String> forDevelopment = new ArrayList<>(partial);
            forDevelopment.addAll(no);
            domains.add(new DomainSummary(code, name, in.size(), answered, yes.size(), partial.size(), no.size(),
                    ratio(answered, in.size()), yes, forDevelopment));
        });
        int yes = domains.stream().mapToInt(DomainSummary::yes).sum();
        int partial = domains.stream().mapToInt(DomainSummary::partial).sum();
        int no = domains.stream().mapToInt(DomainSummary::no).sum();
        return new Summary(a.id, a.framework, a.version, a.status, indicators.size(),
                yes + partial + no, yes, partial, no, ratio(yes + partial + no, indicators.size()), domains,
                attendance(team.meetings(a.id)));
    }

    static Attendance attendance(List<Meeting> meetings) {
        Figures all = new Figures(0, 0, 0);
        Map<MeetingType, Figures> byType = new EnumMap<>(MeetingType.class);
        for (Meeting m : meetings) {
            if (m.held()) {
                all = all.plus(m);
                byType.merge(m.type(), new Figures(0, 0, 0).plus(m),
                        (x, y) -> new Figures(x.meetings() + y.meetings(), x.female() + y.female(), x.male() + y.male()));
            }
        }
        return new Attendance(all, byType);
    }

    private static List<String> codes(List<Indicator> in, Map<String, Answer> answers, Value value) {
        return in.stream().filter(i -> answers.containsKey(i.code()) && answers.get(i.code()).value() == value)
                .map(Indicator::code).toList();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
