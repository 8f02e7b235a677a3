package id.sdmi.events.assessment;

import id.sdmi.events.EventType;
import id.sdmi.events.Topics;

/** The events assessment-service publishes on {@value Topics#ASSESSMENT}; it owns these contracts. */
public final class AssessmentEvents {

    /** An assessment was created or moved along its workflow. Subject and key: the assessment id. */
    public static final EventType<AssessmentStatusChanged> STATUS_CHANGED = new EventType<>(
            "sdmi.assessment.status-changed.v1", Topics.ASSESSMENT, "assessment", AssessmentStatusChanged.class);

    /** An indicator was answered or its answer changed. Subject and key: the assessment id. */
    public static final EventType<AnswerRecorded> ANSWER_RECORDED = new EventType<>(
            "sdmi.assessment.answer-recorded.v1", Topics.ASSESSMENT, "assessment", AnswerRecorded.class);

    /** An assessment was published. Subject and key: the assessment id. */
    public static final EventType<AssessmentPublished> PUBLISHED = new EventType<>(
            "sdmi.assessment.published.v1", Topics.ASSESSMENT, "assessment", AssessmentPublished.class);

    private AssessmentEvents() {
    }
}
