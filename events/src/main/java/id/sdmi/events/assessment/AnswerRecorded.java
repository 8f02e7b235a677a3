package id.sdmi.events.assessment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code sdmi.assessment.answer-recorded.v1}: an indicator of an assessment was answered (or its answer
 * changed): the value, who (and for which organisation), when, and the datasets its evidence cites.
 */
public record AnswerRecorded(String assessment, String indicator, String value, String answeredBy, String org,
        OffsetDateTime answeredAt, List<String> citedDatasets) {
}
