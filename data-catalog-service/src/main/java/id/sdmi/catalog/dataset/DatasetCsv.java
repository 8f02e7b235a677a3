package id.sdmi.catalog.dataset;

import id.sdmi.web.Representations;
import id.sdmi.catalog.dataset.DatasetRecords.DatasetView;
import id.sdmi.catalog.dataset.DatasetRecords.Distribution;
import id.sdmi.web.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Datasets as a statistician opens them in a spreadsheet: one row each, lists separated by ';'. */
final class DatasetCsv {

    static final String MEDIA_TYPE = Representations.CSV;
    static final String DISPOSITION = "attachment; filename=\"nsdr-datasets.csv\"";
    /** Nothing caps the rows (one a dataset the caller sees): stated as the most a client's string can hold. */
    static final int MAX_LENGTH = Integer.MAX_VALUE;
    static final String[] HEADER = {"id", "status", "producer", "title_id", "title_en", "source_type", "periodicity",
        "topics", "gcm_objectives", "mgi_domains", "temporal_start", "temporal_end", "geographic_level", "region_code",
        "disaggregations", "access", "licence", "contact_email", "access_urls", "published_at"};

    private DatasetCsv() {
    }

    /** Writes and flushes; closing {@code out} is the caller's. */
    static void write(List<DatasetView> datasets, Writer out) {
        try {
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out);
            for (DatasetView d : datasets) {
                SpreadsheetCells.printRecord(printer, d.id(), d.status(), d.producer(), d.title().id(), blank(d.title().en()),
                        d.sourceType(), d.periodicity(), join(d.topics()), join(d.gcmObjectives()), join(d.mgiDomains()),
                        d.temporalCoverage() == null ? "" : blank(d.temporalCoverage().start()),
                        d.temporalCoverage() == null ? "" : blank(d.temporalCoverage().end()), d.geographicLevel(),
                        blank(d.regionCode()), join(d.disaggregations()), d.access(), blank(d.licence()),
                        d.contact() == null ? "" : blank(d.contact().email()),
                        d.distributions().stream().map(Distribution::accessUrl).collect(Collectors.joining(";")),
                        blank(d.publishedAt()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }

    private static Object blank(Object value) {
        return value == null ? "" : value;
    }
}
