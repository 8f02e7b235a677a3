package id.sdmi.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which representation an operation answers with, when it has several (JSON and CSV, Markdown and HTML): the same rule
 * everywhere. A {@code format} query parameter wins (the offered type's name: its subtype — json, csv, markdown,
 * html —, sdmx-csv for SDMX-CSV, jsonld, ttl and rdf for JSON-LD, Turtle and RDF/XML); else the Accept header, in the caller's order of preference (q, then the more
 * specific), skipping what it refuses (q=0) and a {@code version} other than the offered one; a wildcard or no Accept
 * takes the first offered, the operation's default. Nothing acceptable: 406.
 */
public final class Representations {

    public static final String CSV = "text/csv";
    public static final String MARKDOWN = "text/markdown";
    public static final String JSON_LD = "application/ld+json";
    public static final String TURTLE = "text/turtle";
    public static final String RDF_XML = "application/rdf+xml";
    /** The names a {@code format} parameter gives types by, where their subtype is not the name users know. */
    private static final Map<String, String> NAMES = Map.of(JSON_LD, "jsonld", TURTLE, "ttl", RDF_XML, "rdf");
    /** SDMX-CSV 2.0.0 data messages ({@link SdmxCsv}); {@code format=sdmx-csv}. */
    public static final String SDMX_CSV = "application/vnd.sdmx.data+csv;version=2.0.0";
    public static final MediaType SDMX_CSV_TYPE = MediaType.valueOf(SDMX_CSV);

    private Representations() {
    }

    /** The offered type to answer with; the first offered is the default. */
    public static MediaType choose(HttpHeaders headers, String format, MediaType... offered) {
        if (format != null) {
            for (MediaType type : offered) {
                if (name(type).equalsIgnoreCase(format)) {
                    return type;
                }
            }
            throw ProblemException.invalid("format", "must be one of " + Arrays.stream(offered)
                    .map(Representations::name).collect(Collectors.joining(", ")));
        }
        List<MediaType> acceptable = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        if (acceptable.isEmpty()) {
            return offered[0];
        }
        for (MediaType wanted : acceptable) {
            if ("0".equals(wanted.getParameters().get("q")) || "0.0".equals(wanted.getParameters().get("q"))) {
                continue;
            }
            if (wanted.isWildcardType()) {
                return offered[0];
            }
            for (MediaType type : offered) {
                if (wanted.isCompatible(type) && sameVersion(wanted, type)) {
                    return type;
                }
            }
        }
        throw new ProblemException(ProblemType.NOT_ACCEPTABLE, "this answers "
                + Arrays.stream(offered).map(MediaType::toString).collect(Collectors.joining(" or ")));
    }

    /** The name a {@code format} parameter gives a type by (a file's suffix for the RDF syntaxes). */
    public static String name(MediaType type) {
        if (type.isCompatible(SDMX_CSV_TYPE)) {
            return "sdmx-csv";
        }
        String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        return NAMES.getOrDefault(essence, type.getSubtype().toLowerCase(Locale.ROOT));
    }

    /** A type asked for in one version is not answered in another (SDMX-CSV 1.0 is not 2.0.0). */
    private static boolean sameVersion(MediaType wanted, MediaType offered) {
        String asked = wanted.getParameters().get("version");
        String given = offered.getParameters().get("version");
        return asked == null || given == null || asked.equals(given);
    }

    /** A text answer in UTF-8. */
    public static Response.ResponseBuilder text(Object body, MediaType type) {
        return Response.ok(body, type.withCharset("UTF-8"));
    }

    /** A text answer in UTF-8 that a browser saves as a file of this name. */
    public static Response.ResponseBuilder attachment(Object body, MediaType type, String filename) {
        return text(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
}
