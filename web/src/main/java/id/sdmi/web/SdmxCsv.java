package id.sdmi.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An SDMX-CSV 2.0.0 data message: the header {@code STRUCTURE,STRUCTURE_ID,ACTION}, then the data structure's
 * dimensions, its measure and attributes in its order; each row names the dataflow ({@code dataflow},
 * {@code AGENCY:ID(VERSION)}) and the action {@code I} (information, as every answer to a GET). Comma-separated,
 * quoted as RFC 4180 says. The platform's data structures are described in docs/sdmx.md.
 */
public final class SdmxCsv {

    /** The agency maintaining the platform's dataflows. */
    public static final String AGENCY = "SDMI";

    private final String flow;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    /** A message of the dataflow {@code SDMI:id(version)} with these component columns (dimensions, measure, attributes). */
    public SdmxCsv(String id, String version, String... components) {
        this.flow = AGENCY + ":" + id + "(" + version + ")";
        this.columns = List.of(components);
    }

    /** One observation: a value for each component, in the order given. */
    public SdmxCsv row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(flow + " has " + columns.size() + " components, not " + values.length);
        }
        List<String> row = new ArrayList<>(List.of("dataflow", flow, "I"));
        for (Object value : values) {
            row.add(value == null ? "" : value.toString());
        }
        rows.add(row);
        return this;
    }

    @Override
    public String toString() {
        List<String> header = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
        header.addAll(columns);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
