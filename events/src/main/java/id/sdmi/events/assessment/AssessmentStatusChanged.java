package id.sdmi.events.assessment;

import java.time.OffsetDateTime;

/**
 * Data of {@code sdmi.assessment.status-changed.v1}: an assessment was created ({@code from} null, {@code to}
 * PLANNED) or moved along its workflow, by whom and when.
 */
public record AssessmentStatusChanged(String id, String framework, String version, AssessmentPublished.Scope scope,
        String from, String to, String actor, OffsetDateTime at) {
}
