package id.sdmi.assessment.assessment;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of what an assessment holds once per code: an answer or highlight per indicator, a participant per org. */
public class ItemKey implements Serializable {

    public UUID assessmentId;
    public String code;

    public ItemKey() {
    }

    public ItemKey(UUID assessmentId, String code) {
        this.assessmentId = assessmentId;
        this.code = code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemKey key && Objects.equals(assessmentId, key.assessmentId) && Objects.equals(code, key.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assessmentId, code);
    }
}
