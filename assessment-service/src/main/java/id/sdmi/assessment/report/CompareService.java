package id.sdmi.assessment.report;

import id.sdmi.assessment.assessment.AnswerRecords.Answer;
import id.sdmi.assessment.assessment.AnswerRecords.Value;
import id.sdmi.assessment.assessment.AnswerService;
import id.sdmi.assessment.assessment.Assessment;
import id.sdmi.assessment.report.ReportRecords.Comparison;
import id.sdmi.assessment.report.ReportRecords.DomainRow;
import id.sdmi.assessment.report.ReportRecords.DomainSummary;
import id.sdmi.assessment.report.ReportRecords.IndicatorRow;
import id.sdmi.assessment.report.SummaryService.Indicator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two assessments side by side: of the same framework indicator by indicator (codes of either version), of
 * different frameworks domain by domain (the MGI domains are shared).
 */
@ApplicationScoped
public class CompareService {

    static final String BY_INDICATOR = "INDICATOR";
    static final String BY_DOMAIN = "DOMAIN";

    private final SummaryService summaries;
    private final AnswerService answers;

    public CompareService(SummaryService summaries, AnswerService answers) {
        this.summaries = summaries;
        this.answers = answers;
    }

    public Comparison compare(Assessment a, Assessment b) {
        if (a.framework.equals(b.framework)) {
            Map<String, Answer> x = byIndicator(a);
            Map<String, Answer> y = byIndicator(b);
            Set<String> seen = new LinkedHashSet<>();
            List<IndicatorRow> rows = new ArrayList<>();
            List<Indicator> all = new ArrayList<>(summaries.indicators(a));
            all.addAll(summaries.indicators(b));
            for (Indicator i : all) {
                if (seen.add(i.code())) {
                    Value va = value(x.get(i.code()));
                    Value vb = value(y.get(i.code()));
                    rows.add(new IndicatorRow(i.code(), i.domain(), va, vb, va != vb));
                }
            }
            return new Comparison(a.id, b.id, BY_INDICATOR, rows, null);
        }
        Map<String, DomainSummary> x = summaries.summary(a).domains().stream()
                .collect(Collectors.toMap(DomainSummary::code, Function.identity()));
        Map<String, DomainSummary> y = summaries.summary(b).domains().stream()
                .collect(Collectors.toMap(DomainSummary::code, Function.identity()));
        Set<String> codes = new LinkedHashSet<>(x.keySet());
        codes.addAll(y.keySet());
        return new Comparison(a.id, b.id, BY_DOMAIN, null,
                codes.stream().map(c -> new DomainRow(c, x.get(c), y.get(c))).toList());
    }

    private Map<String, Answer> byIndicator(Assessment a) {
        return answers.answers(a.id).stream().collect(Collectors.toMap(Answer::indicator, Function.identity()));
    }

    private static Value value(Answer answer) {
        return answer == null ? null : answer.value();
    }
}
