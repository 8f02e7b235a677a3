package id.sdmi.assessment.assessment;

import id.sdmi.web.Codes;
import id.sdmi.web.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
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

    static final String ORG_MESSAGE = "must be an organisation code: 2-40 capital letters, digits or '-'";
    static final String INDICATOR_MESSAGE = "must be an indicator code such as 1.1";

    /** The most indicators assigned to one agency. */
    static final int MAX_ASSIGNED = 500;
    /** The most agencies taking part in one assessment (an MGI assessment has a few dozen). */
    static final int MAX_PARTICIPANTS = 200;
    /** The most meetings recorded for one assessment (an MGI assessment holds about ten). */
    public static final int MAX_MEETINGS = 200;
    /** The most organisations recorded as present at one meeting. */
    static final int MAX_ORGS_PRESENT = 200;
    /** The most women, or men, recorded at one meeting. */
    public static final int MAX_ATTENDEES = 10_000;
    static final int MAX_PLACE = 200;

    private TeamRecords() {
    }

    @Schema(name = "MeetingType", description = "The kinds of meeting of an MGI assessment")
    public enum MeetingType { INTRODUCTION, FGD, CONSULTATION, VALIDATION }

    @Schema(name = "Participant", description = "An agency taking part and the indicators it answers")
    public record Participant(
            @NotNull(message = "is required") @Pattern(regexp = Codes.CODE, message = ORG_MESSAGE)
            @Schema(example = "DISNAKERTRANS-33", maxLength = Codes.CODE_LENGTH) String org,
            @NotNull(message = "is required") @Size(max = MAX_ASSIGNED)
            @Schema(example = "[\"1.1\", \"1.2\"]", description = "Codes of indicators of the assessment's catalog, each once")
            List<@NotNull(message = "must not be null")
                    @Size(max = Codes.INDICATOR_LENGTH, message = "must be at most 10 characters")
                    @Pattern(regexp = Codes.INDICATOR, message = INDICATOR_MESSAGE) String> indicators) {
    }

    @Schema(name = "MeetingAttendance", description = "The participants of a meeting by sex")
    public record Attendance(
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more")
            @Max(value = MAX_ATTENDEES, message = "must be at most " + MAX_ATTENDEES) Integer female,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more")
            @Max(value = MAX_ATTENDEES, message = "must be at most " + MAX_ATTENDEES) Integer male) {
    }

    @Schema(name = "MeetingInput", description = "A meeting to record")
    public record MeetingInput(
            @NotNull(message = "is required") MeetingType type,
            @NotNull(message = "is required") @PlausibleDate @Schema(example = "2023-09-18") LocalDate date,
            @NotBlank(message = "is required") @Size(max = MAX_PLACE) @Schema(example = "Semarang") String place,
            @NotNull(message = "is required") @Valid Attendance participants,
            @NotEmpty(message = "name at least one organisation present")
            @Size(max = MAX_ORGS_PRESENT, message = "must name at most " + MAX_ORGS_PRESENT + " organisations")
            @Schema(description = "The organisations present", example = "[\"DISNAKERTRANS-33\"]")
            List<@NotNull @Size(max = Codes.CODE_LENGTH, message = "must be at most 40 characters")
                    @Pattern(regexp = Codes.CODE, message = ORG_MESSAGE) String> orgs) {
    }

    @Schema(name = "Meeting", description = "A meeting of the assessment")
    public record Meeting(
            @Schema(required = true) UUID id,
            @Schema(required = true) MeetingType type,
            @Schema(required = true) LocalDate date,
            @Schema(required = true, maxLength = MAX_PLACE) String place,
            @Schema(required = true) Attendance participants,
            @Schema(required = true, maxItems = MAX_ORGS_PRESENT, description = "The organisations present, each once")
            List<@Size(max = Codes.CODE_LENGTH) @Pattern(regexp = Codes.CODE) String> orgs,
            @Schema(required = true, description = "Whether it has taken place: dated today or before") boolean held) {
    }
}
