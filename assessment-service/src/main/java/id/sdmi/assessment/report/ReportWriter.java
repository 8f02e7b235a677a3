package id.sdmi.assessment.report;

import id.sdmi.assessment.assessment.AnswerRecords.Answer;
import id.sdmi.assessment.assessment.AnswerRecords.Evidence;
import id.sdmi.assessment.assessment.AnswerRecords.EvidenceType;
import id.sdmi.assessment.assessment.AnswerService;
import id.sdmi.assessment.assessment.Assessment;
import id.sdmi.assessment.assessment.TeamRecords.Meeting;
import id.sdmi.assessment.assessment.TeamRecords.Participant;
import id.sdmi.assessment.assessment.TeamService;
import id.sdmi.assessment.catalog.KnownDataset;
import id.sdmi.assessment.report.ReportRecords.DomainSummary;
import id.sdmi.assessment.report.ReportRecords.Summary;
import id.sdmi.assessment.report.SummaryService.Indicator;
import id.sdmi.reference.RegionCodes;
import id.sdmi.web.SdmxCsv;
import id.sdmi.web.SpreadsheetCells;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The assessment's report: per domain the summary and the highlights with their justification and evidence, then the
 * meetings and the agencies. Written in Markdown; HTML is the same text rendered by CommonMark (raw HTML in answers
 * is escaped). Also the answers as CSV.
 */
@ApplicationScoped
public class ReportWriter {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

    private final SummaryService summaries;
    private final AnswerService answers;
    private final TeamService team;
    private final RegionCodes regions;

    public ReportWriter(SummaryService summaries, AnswerService answers, TeamService team, RegionCodes regions) {
        this.summaries = summaries;
        this.answers = answers;
        this.team = team;
        this.regions = regions;
    }

    public String markdown(Assessment a) {
        return markdown(a, summaries.summary(a));
    }

    private String markdown(Assessment a, Summary summary) {
        List<Indicator> inOrder = summaries.indicators(a);
        Map<String, Indicator> indicators = inOrder.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
        Map<String, Answer> byIndicator = answers.answers(a.id).stream()
                .collect(Collectors.toMap(Answer::indicator, Function.identity()));
        Set<String> highlights = Set.copyOf(answers.highlights(a.id));
        StringBuilder md = new StringBuilder();
        md.append("# ").append(text(a.title)).append("\n\n");
        md.append("- Catalog: ").append(a.framework).append(' ').append(a.version).append('\n');
        md.append("- Scope: ").append(a.scopeLevel).append(a.regionCode == null ? ""
                : " " + a.regionCode + (regions.name(a.regionCode) == null ? "" : " (" + regions.name(a.regionCode) + ")"))
                .append('\n');
        md.append("- Status: ").append(a.status).append(a.publishedAt == null ? "" : ", published " + a.publishedAt.toLocalDate())
                .append('\n');
        md.append("- Answered: ").append(summary.answered()).append(" of ").append(summary.indicators())
                .append(" indicators (yes ").append(summary.yes()).append(", partial ").append(summary.partial())
                .append(", no ").append(summary.no()).append(")\n\n");
        for (DomainSummary d : summary.domains()) {
            md.append("## ").append(d.code()).append(' ').append(text(d.name().id()))
                    .append(d.name().en() == null ? "" : " / " + text(d.name().en())).append("\n\n");
            md.append("Yes ").append(d.yes()).append(", partial ").append(d.partial()).append(", no ").append(d.no())
                    .append("; ").append(d.answered()).append(" of ").append(d.indicators()).append(" answered.\n\n");
            md.append("Well developed: ").append(list(d.wellDeveloped())).append(". For development: ")
                    .append(list(d.forDevelopment())).append(".\n\n");
            for (String code : highlightsIn(d, inOrder, highlights)) {
                Indicator indicator = indicators.get(code);
                Answer answer = byIndicator.get(code);
                md.append("### ").append(code).append(' ').append(text(indicator.text().id())).append("\n\n");
                if (answer != null) {
                    md.append("**").append(answer.value()).append("** — ").append(text(answer.justification())).append("\n\n");
                    for (Evidence e : answer.evidence()) {
                        md.append("- ").append(e.type()).append(": ").append(text(evidence(e))).append('\n');
                    }
                    md.append('\n');
                }
            }
        }
        md.append("## Meetings\n\n| Type | Date | Place | Women | Men | Organisations |\n|---|---|---|---|---|---|\n");
        for (Meeting m : team.meetings(a.id)) {
            md.append("| ").append(m.type()).append(" | ").append(m.date()).append(" | ").append(text(m.place()))
                    .append(" | ").append(m.participants().female()).append(" | ").append(m.participants().male())
                    .append(" | ").append(String.join(", ", m.orgs())).append(" |\n");
        }
        var all = summary.attendance().all();
        md.append("\n").append(all.meetings()).append(" meetings held; ").append(all.female()).append(" women and ")
                .append(all.male()).append(" men took part.\n\n");
        md.append("## Agencies\n\n| Organisation | Indicators |\n|---|---|\n");
        for (Participant p : team.participants(a.id)) {
            md.append("| ").append(p.org()).append(" | ").append(p.indicators().size()).append(" |\n");
        }
        return md.toString();
    }

    /**
     * The report as a document a ministry would publish: the Markdown text rendered, a figure of the answers per
     * domain drawn inline (SVG), styled for the screen and for print (A4, page breaks before each domain's details).
     */
    public String html(Assessment a) {
        Summary summary = summaries.summary(a);
        String body = HTML.render(PARSER.parse(markdown(a, summary)));
        // the figure goes after the summary list, before the first domain
        int first = body.indexOf("<h2>");
        String figure = "<figure>" + ReportChart.svg(summary.domains())
                + "<figcaption>Jawaban per domain / Answers per domain</figcaption></figure>\n";
        body = first < 0 ? body + figure : body.substring(0, first) + figure + body.substring(first);
        return "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + ReportChart.escape(a.title) + "</title><style>" + STYLE + "</style></head><body><main>\n" + body
                + "<footer>SDMI Platform · Satu Data Migrasi Internasional · " + ReportChart.escape(a.framework) + " "
                + ReportChart.escape(a.version) + "</footer></main></body></html>\n";
    }

    private static final String STYLE = """
            :root{color-scheme:light;font-family:"Noto Sans","Segoe UI",system-ui,sans-serif;color:#1d2939;line-height:1.5}
            body{margin:0;background:#f2f4f7}
            main{max-width:52rem;margin:2rem auto;padding:2.5rem 3rem;background:#fff;box-shadow:0 1px 3px #0002}
            h1{font-size:1.8rem;margin:0 0 1rem;color:#0b3b60;border-bottom:3px solid #0b3b60;padding-bottom:.5rem}
            h2{font-size:1.3rem;color:#0b3b60;margin-top:2.2rem;border-bottom:1px solid #d0d5dd}
            h3{font-size:1.05rem;margin:1.4rem 0 .3rem}
            table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0 1rem}
            th,td{border:1px solid #d0d5dd;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#eef4fa}
            figure{margin:1.5rem 0}figcaption{font-size:.85rem;color:#475467;text-align:center}
            svg.domains text{font-size:12px;fill:#1d2939}svg.domains .legend{font-size:11px}
            footer{margin-top:3rem;font-size:.8rem;color:#475467;border-top:1px solid #d0d5dd;padding-top:.5rem}
            @page{size:A4;margin:18mm 16mm}
            @media print{body{background:#fff}main{box-shadow:none;margin:0;padding:0;max-width:none}
              h2{break-before:page}h2:first-of-type{break-before:auto}h3,table,figure{break-inside:avoid}
              a{color:inherit;text-decoration:none}}
            """;

    /** Every current answer, one row each, for a spreadsheet. */
    public String csv(Assessment a) {
        Map<String, Answer> byIndicator = answers.answers(a.id).stream()
                .collect(Collectors.toMap(Answer::indicator, Function.identity()));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("indicator", "domain", "text_id", "value",
                "justification", "evidence", "answered_by", "org", "answered_at").get().print(out)) {
            for (Indicator i : summaries.indicators(a)) {
                Answer x = byIndicator.get(i.code());
                SpreadsheetCells.printRecord(printer, i.code(), i.domain(), i.text().id(), x == null ? "" : x.value(),
                        x == null ? "" : x.justification(),
                        x == null ? "" : x.evidence().stream().map(e -> e.type() + ":" + evidence(e))
                                .collect(Collectors.joining(";")),
                        x == null ? "" : x.answeredBy(), x == null || x.org() == null ? "" : x.org(),
                        x == null ? "" : x.answeredAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The domain's highlighted indicators in the catalog's order (1.4 before 1.12). */
    /**
     * The answered indicators as SDMX-CSV observations of SDMI:DF_MGI_RESULTS(1.0.0), in catalog order (docs/sdmx.md).
     * SDMX identifiers have no '.', so an indicator's code is written with '_' (1.1 → 1_1).
     */
    public String sdmx(Assessment a) {
        Map<String, Answer> byIndicator = answers.answers(a.id).stream()
                .collect(Collectors.toMap(Answer::indicator, Function.identity()));
        Set<String> highlights = Set.copyOf(answers.highlights(a.id));
        int year = (a.publishedAt == null ? OffsetDateTime.now(ZoneOffset.UTC) : a.publishedAt).getYear();
        SdmxCsv csv = new SdmxCsv("DF_MGI_RESULTS", "1.0.0", "FRAMEWORK", "FRAMEWORK_VERSION", "REF_AREA", "DOMAIN",
                "INDICATOR", "TIME_PERIOD", "OBS_VALUE", "HIGHLIGHT", "ASSESSMENT_STATUS", "ASSESSMENT_ID");
        for (Indicator i : summaries.indicators(a)) {
            Answer x = byIndicator.get(i.code());
            if (x != null) {
                csv.row(a.framework, a.version, a.regionCode == null ? "IDN" : a.regionCode, i.domain(),
                        i.code().replace('.', '_'), year, x.value(), highlights.contains(i.code()) ? "Y" : "N", a.status,
                        a.id);
            }
        }
        return csv.toString();
    }

    private static List<String> highlightsIn(DomainSummary d, List<Indicator> inOrder, Set<String> highlights) {
        return inOrder.stream().filter(i -> i.domain().equals(d.code()) && highlights.contains(i.code()))
                .map(Indicator::code).toList();
    }

    private static String evidence(Evidence e) {
        if (e.type() != EvidenceType.DATASET) {
            return e.reference();
        }
        KnownDataset dataset = KnownDataset.findById(e.datasetId());
        return dataset == null ? String.valueOf(e.datasetId()) : dataset.titleId + " (" + dataset.producer + ", " + e.datasetId() + ")";
    }

    private static String list(List<String> codes) {
        return codes.isEmpty() ? "none" : String.join(", ", codes);
    }

    /** Text from users, kept as text: Markdown's own characters escaped. */
    static String text(String value) {
        return value == null ? "" : value.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace("\n", " ");
    }

}
