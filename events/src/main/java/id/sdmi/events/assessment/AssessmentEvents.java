package id.sdmi.events.assessment;

import id.sdmi.events.EventType;
import id.sdmi.events.Topics;

/** The events assessment-service publishes on {@value Topics#ASSESSMENT}; it owns these contracts. */
public final class AssessmentEvents {

    /** An assessment was published. Subject and key: the assessment id. */
    public static final EventType<AssessmentPublished> PUBLISHED = new EventType<>(
            "sdmi.assessment.published.v1", Topics.ASSESSMENT, "assessment", AssessmentPublished.class);

    private AssessmentEvents() {
    }
}
