package id.sdmi.assessment.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of answers and highlights. */
public final class AnswerRecords {

    private AnswerRecords() {
    }

    public enum Value { YES, NO, PARTIAL }

    public enum EvidenceType { REGULATION, PROGRAMME, PRACTICE, DATASET }

    @Schema(name = "Evidence", description = "A regulation, programme or practice by its reference, or an NSDR dataset by its id")
    public record Evidence(@NotNull(message = "is required") EvidenceType type,
            @Size(max = 1000) @Schema(example = "UU No. 18 Tahun 2017") String reference,
            UUID datasetId) {
    }

    @Schema(name = "AnswerInput")
    public record AnswerInput(
            @NotNull(message = "is required") Value value,
            @NotBlank(message = "is required") @Size(max = 10_000) String justification,
            @Size(max = 50) List<@NotNull @Valid Evidence> evidence) {
    }

    @Schema(name = "Answer")
    public record Answer(String indicator, Value value, String justification, List<Evidence> evidence,
            String answeredBy, String org, OffsetDateTime answeredAt) {
    }
}
