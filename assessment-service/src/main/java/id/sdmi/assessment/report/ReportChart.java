package id.sdmi.assessment.report;

import id.sdmi.assessment.report.ReportRecords.DomainSummary;
import java.util.List;
import java.util.Locale;

/**
 * The report's figure: per domain one bar of its indicators answered yes, partial and no (and those still open), as
 * inline SVG, so the HTML report reads the same opened alone, printed, or saved as PDF, with no script and no image file.
 */
final class ReportChart {

    private ReportChart() {
    }

    static final String YES = "#1a7f37";
    static final String PARTIAL = "#b35900";
    static final String NO = "#b42318";
    static final String OPEN = "#d0d5dd";

    private static final int LABEL = 260;
    private static final int BAR = 380;
    private static final int ROW = 30;
    private static final int TOP = 34;

    /** A horizontal stacked bar per domain, scaled to its number of indicators; a legend above. */
    static String svg(List<DomainSummary> domains) {
        int height = TOP + ROW * domains.size() + 8;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"domains\" role=\"img\" "
                + "viewBox=\"0 0 %d %d\" width=\"100%%\" aria-labelledby=\"domains-title\">", LABEL + BAR + 60, height));
        svg.append("<title id=\"domains-title\">Answers per domain: yes, partial, no</title>");
        legend(svg);
        for (int i = 0; i < domains.size(); i++) {
            DomainSummary d = domains.get(i);
            int y = TOP + i * ROW;
            String name = d.code() + " " + d.name().id();
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"label\">%s</text>", y + 17,
                    escape(name.length() > 40 ? name.substring(0, 39) + "…" : name)));
            int x = LABEL;
            int total = Math.max(d.indicators(), 1);
            int[] counts = {d.yes(), d.partial(), d.no(), Math.max(d.indicators() - d.answered(), 0)};
            String[] colours = {YES, PARTIAL, NO, OPEN};
            String[] words = {"yes", "partial", "no", "not answered"};
            for (int k = 0; k < counts.length; k++) {
                if (counts[k] == 0) {
                    continue;
                }
                int w = Math.round((float) BAR * counts[k] / total);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"%s\">"
                        + "<title>%s: %d %s</title></rect>", x, y + 4, w, colours[k], escape(d.code()), counts[k], words[k]));
                x += w;
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"count\">%d/%d</text>", LABEL + BAR + 6,
                    y + 18, d.yes(), d.indicators()));
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg) {
        String[][] keys = {{YES, "Yes / Ya"}, {PARTIAL, "Partial / Sebagian"}, {NO, "No / Tidak"}, {OPEN, "Not answered"}};
        int x = LABEL;
        for (String[] key : keys) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"15\" class=\"legend\">%s</text>", x, key[0], x + 16, key[1]));
            x += 100;
        }
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
