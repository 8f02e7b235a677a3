package id.sdmi.reference;

import id.sdmi.web.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * BPS region codes (resources/reference of this library): every province (2 digits) and the regencies and cities
 * of Central Java (4 digits). A regency or city elsewhere is accepted when its province is one (01-99 after the
 * province; its name is not known yet). Kemendagri codes are not accepted: they differ for the Papua provinces.
 */
@ApplicationScoped
public class RegionCodes {

    /** The province whose regencies and cities are listed. */
    static final String LISTED = "33";

    private final Map<String, String> provinces = load("reference/provinces.csv", "bps_code", "name_id");
    private final Map<String, String> regencies = load("reference/jateng_regencies.csv", "code", "name_id");

    /** Why a code is not a known BPS region code, or empty when it is one. */
    public Optional<String> problemWith(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (!code.matches(Codes.REGION)) {
            return Optional.of("must be a BPS region code: 2 digits for a province, 4 for a regency or city");
        }
        String province = code.substring(0, 2);
        if (!provinces.containsKey(province)) {
            return Optional.of(code.length() == 2 ? "is not a BPS province code"
                    : "starts with " + province + ", which is not a BPS province code");
        }
        if (code.length() == 4 && LISTED.equals(province) && !regencies.containsKey(code)) {
            return Optional.of("is not a regency or city of Central Java");
        }
        if (code.endsWith("00") && code.length() == 4) {
            return Optional.of("is not a regency or city: the last two digits are 01 to 99");
        }
        return Optional.empty();
    }

    /** The region's name, or null for a regency outside the list. */
    public String name(String code) {
        return code.length() == 2 ? provinces.get(code) : regencies.get(code);
    }

    private static Map<String, String> load(String resource, String codeColumn, String nameColumn) {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = RegionCodes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + resource);
            }
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                names.put(row.get(codeColumn), row.get(nameColumn));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
