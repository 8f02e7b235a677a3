package id.sdmi.assessment.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of an assessment's participants and meetings. */
public final class TeamRecords {

    static final String ORG = "[A-Z0-9][A-Z0-9-]{1,39}";
    static final String ORG_MESSAGE = "must be an organisation code: 2-40 capital letters, digits or '-'";

    private TeamRecords() {
    }

    public enum MeetingType { INTRODUCTION, FGD, CONSULTATION, VALIDATION }

    @Schema(name = "Participant", description = "An agency taking part and the indicators it answers")
    public record Participant(
            @NotNull(message = "is required") @Pattern(regexp = ORG, message = ORG_MESSAGE)
            @Schema(example = "DISNAKERTRANS-33") String org,
            @NotNull(message = "is required") @Size(max = 500)
            @Schema(example = "[\"1.1\", \"1.2\"]") List<@NotBlank(message = "must not be blank") String> indicators) {
    }

    @Schema(name = "Attendance", description = "Participants by sex")
    public record Attendance(@NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer female,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer male) {
    }

    @Schema(name = "MeetingInput")
    public record MeetingInput(
            @NotNull(message = "is required") MeetingType type,
            @NotNull(message = "is required") @Schema(example = "2023-09-18") LocalDate date,
            @NotBlank(message = "is required") @Size(max = 200) @Schema(example = "Semarang") String place,
            @NotNull(message = "is required") @Valid Attendance participants,
            @NotEmpty(message = "name at least one organisation present")
            List<@NotNull @Pattern(regexp = ORG, message = ORG_MESSAGE) String> orgs) {
    }

    @Schema(name = "Meeting")
    public record Meeting(UUID id, MeetingType type, LocalDate date, String place, Attendance participants,
            List<String> orgs, boolean held) {
    }
}
