package id.sdmi.assessment.assessment;

import id.sdmi.events.indicator.CatalogPublished;
import id.sdmi.web.Codes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of answers and highlights. */
public final class AnswerRecords {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}";
    static final int MAX_JUSTIFICATION = 10_000;
    static final int MAX_REFERENCE = 1000;
    static final int MAX_EVIDENCE = 50;
    /** The most versions an answer keeps (its history): a change beyond is refused. */
    static final int MAX_VERSIONS = 1000;
    /** The most highlights of an assessment: five in each domain of its catalog. */
    static final int MAX_HIGHLIGHTS = WorkflowConditions.MAX_HIGHLIGHTS * CatalogPublished.MAX_DOMAINS;

    private AnswerRecords() {
    }

    @Schema(name = "AnswerValue", description = "How far the indicator is met")
    public enum Value { YES, NO, PARTIAL }

    @Schema(name = "EvidenceType", description = "What an answer's evidence is: a document by its reference, or an NSDR "
            + "dataset (DATASET) by its id")
    public enum EvidenceType { REGULATION, PROGRAMME, PRACTICE, DATASET }

    @Schema(name = "Evidence", description = "A regulation, programme or practice by its reference, or an NSDR dataset by its id")
    public record Evidence(
            @NotNull(message = "is required") EvidenceType type,
            @Size(max = MAX_REFERENCE)
            @Schema(nullable = true, example = "UU No. 18 Tahun 2017",
                    description = "The document's reference; required unless the type is DATASET") String reference,
            @Schema(nullable = true, maxLength = 36, pattern = UUID_PATTERN,
                    description = "The NSDR dataset's id; required for the type DATASET")
            UUID datasetId) {
    }

    @Schema(name = "AnswerInput", description = "An answer to an indicator")
    public record AnswerInput(
            @NotNull(message = "is required") Value value,
            @NotBlank(message = "is required") @Size(max = MAX_JUSTIFICATION) String justification,
            @Size(max = MAX_EVIDENCE) @Schema(nullable = true, description = "None when left out")
            List<@NotNull @Valid Evidence> evidence) {
    }

    @Schema(name = "Answer", description = "An answer to an indicator, or a version of it, with who gave it and when")
    public record Answer(
            @Schema(required = true, maxLength = Codes.INDICATOR_LENGTH, pattern = Codes.INDICATOR)
            String indicator,
            @Schema(required = true) Value value,
            @Schema(required = true, maxLength = MAX_JUSTIFICATION) String justification,
            @Schema(required = true, maxItems = MAX_EVIDENCE) List<Evidence> evidence,
            @Schema(required = true, maxLength = Codes.USER_LENGTH, description = "The user who answered")
            String answeredBy,
            @Schema(nullable = true, maxLength = Codes.CODE_LENGTH, pattern = Codes.CODE,
                    description = "The answerer's organisation (token claim org); null for a user without one")
            String org,
            @Schema(required = true) OffsetDateTime answeredAt) {
    }

    /** The items of the highlights list: a list of plain strings cannot state their limits. */
    @Schema(name = "HighlightedIndicator", type = SchemaType.STRING, maxLength = Codes.INDICATOR_LENGTH,
            pattern = Codes.INDICATOR, description = "The code of a highlighted indicator", example = "1.1")
    public static final class HighlightedIndicator {
        private HighlightedIndicator() {
        }
    }
}
