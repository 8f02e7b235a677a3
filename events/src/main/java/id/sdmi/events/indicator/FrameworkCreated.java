package id.sdmi.events.indicator;

import id.sdmi.web.Label;

/** Data of {@code sdmi.indicator.framework.created.v1}. */
public record FrameworkCreated(String code, String level, Label name, Label description) {
}
