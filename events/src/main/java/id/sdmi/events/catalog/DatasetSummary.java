package id.sdmi.events.catalog;

import id.sdmi.web.Label;
import java.util.List;

/** Data of the dataset events: what other services need to know of a dataset to cite and show it. */
public record DatasetSummary(String id, String status, String producer, Label title, String sourceType,
        String periodicity, List<Integer> gcmObjectives, List<String> mgiDomains, List<String> disaggregations,
        String access) {
}
