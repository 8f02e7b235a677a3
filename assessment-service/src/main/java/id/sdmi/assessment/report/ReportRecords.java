package id.sdmi.assessment.report;

import id.sdmi.assessment.assessment.AnswerRecords.Value;
import id.sdmi.assessment.assessment.Assessment.Status;
import id.sdmi.assessment.assessment.TeamRecords;
import id.sdmi.assessment.assessment.TeamRecords.Meeting;
import id.sdmi.assessment.assessment.TeamRecords.MeetingType;
import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.web.Codes;
import id.sdmi.web.Label;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of summaries and comparisons of assessments. */
public final class ReportRecords {

    /** Women, or men, at all the meetings of an assessment. */
    static final int MAX_ATTENDEES = TeamRecords.MAX_MEETINGS * TeamRecords.MAX_ATTENDEES;
    /** A generous cap on the length of a text body (CSV, Markdown, HTML): far above what real catalogs give. */
    public static final int MAX_TEXT = 100_000_000;

    private ReportRecords() {
    }

    @Schema(name = "DomainSummary", description = "Where a domain of the assessment stands")
    public record DomainSummary(
            @Schema(required = true, maxLength = Codes.DOMAIN_LENGTH, pattern = Codes.DOMAIN)
            String code,
            @Schema(required = true) Label name,
            @Schema(required = true, minimum = "0", maximum = "" + CatalogPublished.MAX_INDICATORS,
                    description = "Indicators of the domain") int indicators,
            @Schema(required = true, minimum = "0", maximum = "" + CatalogPublished.MAX_INDICATORS) int answered,
            @Schema(required = true, minimum = "0", maximum = "" + CatalogPublished.MAX_INDICATORS) int yes,
            @Schema(required = true, minimum = "0", maximum = "" + CatalogPublished.MAX_INDICATORS) int partial,
            @Schema(required = true, minimum = "0", maximum = "" + CatalogPublished.MAX_INDICATORS) int no,
            @Schema(required = true, minimum = "0", maximum = "1",
                    description = "Answered indicators over all, rounded to three decimals") double completion,
            @Schema(required = true, maxItems = CatalogPublished.MAX_INDICATORS, description = "Indicators answered YES")
            List<@Size(max = Codes.INDICATOR_LENGTH) @Pattern(regexp = Codes.INDICATOR) String>
                    wellDeveloped,
            @Schema(required = true, maxItems = CatalogPublished.MAX_INDICATORS,
                    description = "Indicators answered PARTIAL, then NO")
            List<@Size(max = Codes.INDICATOR_LENGTH) @Pattern(regexp = Codes.INDICATOR) String>
                    forDevelopment) {
    }

    @Schema(name = "MeetingFigures", description = "Meetings held and their participants by sex")
    public record Figures(
            @Schema(required = true, minimum = "0", maximum = "" + TeamRecords.MAX_MEETINGS) int meetings,
            @Schema(required = true, minimum = "0", maximum = "" + MAX_ATTENDEES) int female,
            @Schema(required = true, minimum = "0", maximum = "" + MAX_ATTENDEES) int male) {

        Figures plus(Meeting m) {
            return new Figures(meetings + 1, female + m.participants().female(), male + m.participants().male());
        }
    }

    @Schema(name = "AttendanceSummary", description = "The meetings held (dated today or before): all, and by type")
    public record Attendance(
            @Schema(required = true) Figures all,
            @Schema(required = true, maxProperties = 4, description = "By meeting type; a type without a meeting held "
                    + "is left out") Map<MeetingType, Figures> byType) {
    }

    @Schema(name = "AssessmentSummary", description = "Where an assessment stands: its answers per domain, its meetings")
    public record Summary(
            @Schema(required = true) UUID assessment,
            @Schema(required = true, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE)
            String framework,
            @Schema(required = true, maxLength = Codes.VERSION_LENGTH, pattern = Codes.VERSION)
            String version,
            @Schema(required = true) Status status,
            @Schema(required = true, minimum = "0", maximum = "" + CatalogPublished.MAX_INDICATORS,
                    description = "Indicators of the catalog") int indicators,
            @Schema(required = true, minimum = "0", maximum = "" + CatalogPublished.MAX_INDICATORS) int answered,
            @Schema(required = true, minimum = "0", maximum = "" + CatalogPublished.MAX_INDICATORS) int yes,
            @Schema(required = true, minimum = "0", maximum = "" + CatalogPublished.MAX_INDICATORS) int partial,
            @Schema(required = true, minimum = "0", maximum = "" + CatalogPublished.MAX_INDICATORS) int no,
            @Schema(required = true, minimum = "0", maximum = "1",
                    description = "Answered indicators over all, rounded to three decimals") double completion,
            @Schema(required = true, maxItems = CatalogPublished.MAX_DOMAINS, description = "In catalog order")
            List<DomainSummary> domains,
            @Schema(required = true) Attendance attendance) {
    }

    @Schema(name = "IndicatorComparison", description = "One indicator's answers in the two assessments")
    public record IndicatorRow(
            @Schema(required = true, maxLength = Codes.INDICATOR_LENGTH, pattern = Codes.INDICATOR)
            String indicator,
            @Schema(required = true, maxLength = Codes.DOMAIN_LENGTH, pattern = Codes.DOMAIN)
            String domain,
            @Schema(nullable = true, maxLength = 7, pattern = "[A-Z]+",
                    description = "The answer in assessment a; null if not answered")
            Value a,
            @Schema(nullable = true, maxLength = 7, pattern = "[A-Z]+",
                    description = "The answer in assessment b; null if not answered")
            Value b,
            @Schema(required = true, description = "Whether the answers differ") boolean changed) {
    }

    @Schema(name = "DomainComparison", description = "One domain's summaries in the two assessments")
    public record DomainRow(
            @Schema(required = true, maxLength = Codes.DOMAIN_LENGTH, pattern = Codes.DOMAIN)
            String domain,
            @Schema(nullable = true, description = "In assessment a; null if its catalog lacks the domain") DomainSummary a,
            @Schema(nullable = true, description = "In assessment b; null if its catalog lacks the domain") DomainSummary b) {
    }

    @Schema(name = "AssessmentComparison",
            description = "Two assessments side by side: by INDICATOR (same framework) or by DOMAIN (different frameworks)")
    public record Comparison(
            @Schema(required = true) UUID a,
            @Schema(required = true) UUID b,
            @Schema(required = true, enumeration = {CompareService.BY_INDICATOR, CompareService.BY_DOMAIN}) String by,
            @Schema(nullable = true, maxItems = 2 * CatalogPublished.MAX_INDICATORS,
                    description = "By INDICATOR: every indicator of either catalog version; null by DOMAIN")
            List<IndicatorRow> indicators,
            @Schema(nullable = true, maxItems = 2 * CatalogPublished.MAX_DOMAINS,
                    description = "By DOMAIN: every domain of either catalog; null by INDICATOR")
            List<DomainRow> domains) {
    }
}
