package id.sdmi.k8s;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.DefaultDialectRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas of the kinds the platform deploys (src/test/resources/schemas, see its README), chosen by a
 * document's apiVersion and kind.
 *
 * <p>A built-in kind has one strict schema, {@code v1.31/<kind>-<group>-<version>.json}. A custom resource must pass
 * the openAPIV3Schema of its version in the operator's CRD (what the operator release serves) and, where one exists,
 * the stricter {@code crd-json/<group>/<kind>_<version>.json}, which also refuses unknown fields.
 */
final class ManifestSchemas {

    private static final String KUBERNETES = "v1.31";

    /** The Kubernetes files declare this {@code $schema}, which is draft 4 by another name. */
    private static final String KUBERNETES_DIALECT = "http://json-schema.org/schema#";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root;
    private final SchemaRegistry registry;
    /** group/version/Kind of every custom resource version the CRDs define, to its openAPIV3Schema */
    private final Map<String, JsonNode> crdVersions = new HashMap<>();
    private final Map<String, List<NamedSchema>> byType = new HashMap<>();

    private record NamedSchema(String file, Schema schema) {
    }

    private ManifestSchemas(Path root) {
        this.root = root;
        Dialect kubernetes = Dialect.builder(KUBERNETES_DIALECT, Dialects.getDraft4()).build();
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getDraft4(),
                builder -> builder.dialectRegistry(new DefaultDialectRegistry(List.of(Dialects.getDraft4(), kubernetes))));
        try (Stream<Path> files = Files.walk(root.resolve("crds"))) {
            files.filter(Files::isRegularFile).forEach(this::readCrd);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schemas of the test class path ({@code schemas/}). */
    static ManifestSchemas fromClasspath() {
        try {
            return new ManifestSchemas(Path.of(ManifestSchemas.class.getResource("/schemas").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void readCrd(Path file) {
        for (JsonNode crd : Kustomization.readDocuments(file)) {
            if (!crd.path("kind").asString().equals("CustomResourceDefinition")) {
                continue;
            }
            String group = crd.path("spec").path("group").asString();
            String kind = crd.path("spec").path("names").path("kind").asString();
            for (JsonNode version : crd.path("spec").path("versions")) {
                crdVersions.put(group + "/" + version.path("name").asString() + "/" + kind,
                        version.path("schema").path("openAPIV3Schema"));
            }
        }
    }

    /**
     * Everything wrong with one document against its schemas, each line naming the document; a document whose
     * apiVersion and kind have no schema here is wrong too.
     */
    List<String> validate(JsonNode doc) {
        String apiVersion = doc.path("apiVersion").asString("");
        String kind = doc.path("kind").asString("");
        List<NamedSchema> schemas = byType.computeIfAbsent(apiVersion + " " + kind, type -> schemasFor(apiVersion, kind));
        List<String> problems = new ArrayList<>();
        if (schemas.isEmpty()) {
            problems.add(Kustomization.describe(doc) + ": no schema for apiVersion '" + apiVersion + "', kind '" + kind
                    + "' (add one to src/test/resources/schemas)");
        }
        for (NamedSchema schema : schemas) {
            for (Error error : schema.schema().validate(doc)) {
                problems.add(Kustomization.describe(doc) + " against " + schema.file() + ": " + error);
            }
        }
        return problems;
    }

    private List<NamedSchema> schemasFor(String apiVersion, String kind) {
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            return List.of();
        }
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        String lowerKind = kind.toLowerCase(Locale.ROOT);

        String builtIn = KUBERNETES + "/" + lowerKind + (group.isEmpty() ? "" : "-" + group.split("\\.")[0]) + "-"
                + version + ".json";
        if (Files.isRegularFile(root.resolve(builtIn))) {
            return List.of(new NamedSchema(builtIn, registry.getSchema(readJson(builtIn))));
        }
        List<NamedSchema> schemas = new ArrayList<>();
        JsonNode crdSchema = crdVersions.get(group + "/" + version + "/" + kind);
        if (crdSchema != null && !crdSchema.isMissingNode()) {
            schemas.add(new NamedSchema("the " + kind + " CRD (" + apiVersion + ")", registry.getSchema(crdSchema)));
        }
        String strict = "crd-json/" + group + "/" + lowerKind + "_" + version + ".json";
        if (Files.isRegularFile(root.resolve(strict))) {
            schemas.add(new NamedSchema(strict, registry.getSchema(readJson(strict))));
        }
        return schemas;
    }

    private JsonNode readJson(String file) {
        try {
            return JSON.readTree(Files.readString(root.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
