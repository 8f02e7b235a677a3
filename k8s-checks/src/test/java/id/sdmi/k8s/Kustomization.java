package id.sdmi.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A kustomization directory rendered the way {@code kubectl kustomize} would, for the few features the platform's
 * overlays use: {@code resources} (files and directories), {@code namespace}, {@code images} (newName, newTag),
 * {@code replicas}, {@code labels} and {@code patches} of JSON 6902 {@code add}/{@code replace} operations on a
 * kind and name. Anything else in a kustomization.yaml is refused, so an overlay never means more to a cluster
 * than it means to these checks.
 */
final class Kustomization {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static final Set<String> FIELDS =
            Set.of("apiVersion", "kind", "resources", "namespace", "images", "replicas", "labels", "patches");

    /** Kinds that live outside namespaces: the namespace field leaves them alone. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "IngressClass", "PriorityClass");

    /** Kinds whose spec.replicas the replicas field sets. */
    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet");

    private Kustomization() {
    }

    /** The documents of the kustomization in {@code dir}, with its transformations (and its bases') applied. */
    static List<ObjectNode> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        JsonNode kustomization = readDocuments(file).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + " is empty"));
        onlyFields(file, kustomization, "a kustomization", FIELDS);
        List<ObjectNode> documents = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = dir.resolve(resource.asString()).normalize();
            documents.addAll(Files.isDirectory(path) ? render(path) : readDocuments(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(file, dir, patch, documents);
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asString();
            documents.stream()
                    .filter(doc -> !CLUSTER_SCOPED.contains(doc.path("kind").asString()))
                    .forEach(doc -> metadata(doc).put("namespace", namespace));
        }
        for (JsonNode labels : kustomization.path("labels")) {
            applyLabels(file, labels, documents);
        }
        for (JsonNode replicas : kustomization.path("replicas")) {
            applyReplicas(file, replicas, documents);
        }
        for (JsonNode image : kustomization.path("images")) {
            onlyFields(file, image, "an image", Set.of("name", "newName", "newTag"));
            documents.forEach(doc -> setImages(doc, image));
        }
        return documents;
    }

    /** Refuses a field this renderer would not apply, so that nothing in an overlay is silently ignored. */
    private static void onlyFields(Path file, JsonNode node, String what, Set<String> known) {
        for (String field : node.propertyNames()) {
            if (!known.contains(field)) {
                throw new IllegalArgumentException(file + ": '" + field + "' in " + what + " is not supported by this "
                        + "renderer (only " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    /** Every non-empty YAML document of a file, in order. */
    static List<ObjectNode> readDocuments(Path file) {
        try {
            return readDocuments(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-empty YAML document of a text (documents separated by {@code ---}), in order. */
    static List<ObjectNode> readDocuments(String yaml) {
        List<ObjectNode> documents = new ArrayList<>();
        for (JsonNode doc : YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll()) {
            if (doc != null && doc.isObject()) {
                documents.add((ObjectNode) doc);
            } else if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                throw new IllegalArgumentException("a YAML document that is not an object: " + doc);
            }
        }
        return documents;
    }

    /** {@code Kind/name} of a document, for messages. */
    static String describe(JsonNode doc) {
        return doc.path("kind").asString("?") + "/" + doc.path("metadata").path("name").asString("?");
    }

    private static ObjectNode metadata(ObjectNode doc) {
        return doc.has("metadata") ? (ObjectNode) doc.get("metadata") : doc.putObject("metadata");
    }

    private static ObjectNode labelsOf(ObjectNode owner) {
        ObjectNode metadata = metadata(owner);
        return metadata.has("labels") ? (ObjectNode) metadata.get("labels") : metadata.putObject("labels");
    }

    // ------------------------------------------------------------------------------------------------- patches

    private static void applyPatch(Path file, Path dir, JsonNode patch, List<ObjectNode> documents) {
        onlyFields(file, patch, "a patch", Set.of("target", "patch", "path"));
        JsonNode target = patch.path("target");
        onlyFields(file, target, "a patch target", Set.of("kind", "name"));
        String kind = target.path("kind").asString("");
        String name = target.path("name").asString("");
        if (kind.isEmpty() || name.isEmpty()) {
            throw new IllegalArgumentException(file + ": a patch needs a target with kind and name");
        }
        List<ObjectNode> operations;
        if (patch.has("patch")) {
            operations = readOperations(patch.get("patch").asString());
        } else if (patch.has("path")) {
            try {
                operations = readOperations(Files.readString(dir.resolve(patch.get("path").asString())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            throw new IllegalArgumentException(file + ": a patch needs 'patch' (inline) or 'path'");
        }
        List<ObjectNode> matched = documents.stream()
                .filter(doc -> doc.path("kind").asString().equals(kind)
                        && doc.path("metadata").path("name").asString().equals(name))
                .toList();
        if (matched.isEmpty()) {
            throw new IllegalArgumentException(file + ": no resource " + kind + "/" + name + " to patch");
        }
        for (ObjectNode doc : matched) {
            for (ObjectNode operation : operations) {
                applyOperation(file, doc, operation);
            }
        }
    }

    private static List<ObjectNode> readOperations(String text) {
        JsonNode operations = YAML.readTree(text);
        if (!operations.isArray()) {
            throw new IllegalArgumentException("a patch must be a list of JSON 6902 operations: " + text);
        }
        List<ObjectNode> list = new ArrayList<>();
        operations.forEach(operation -> list.add((ObjectNode) operation));
        return list;
    }

    /** One JSON 6902 operation ({@code add} or {@code replace}) on one document, in place. */
    static void applyOperation(Path file, ObjectNode doc, ObjectNode operation) {
        String op = operation.path("op").asString("");
        String path = operation.path("path").asString("");
        JsonNode value = operation.get("value");
        if (!op.equals("add") && !op.equals("replace")) {
            throw new IllegalArgumentException(file + ": patch operation '" + op + "' is not supported (add, replace)");
        }
        if (path.isEmpty() || value == null) {
            throw new IllegalArgumentException(file + ": a patch operation needs a path and a value: " + operation);
        }
        JsonPointer pointer = JsonPointer.compile(path);
        JsonNode parent = doc.at(pointer.head());
        String where = describe(doc) + " " + path;
        if (parent instanceof ObjectNode object) {
            String key = pointer.last().getMatchingProperty();
            if (op.equals("replace") && !object.has(key)) {
                throw new IllegalArgumentException(file + ": nothing to replace at " + where);
            }
            object.set(key, value.deepCopy());
        } else if (parent instanceof ArrayNode array) {
            String token = pointer.last().getMatchingProperty();
            if (op.equals("add") && token.equals("-")) {
                array.add(value.deepCopy());
                return;
            }
            int index = pointer.last().getMatchingIndex();
            int limit = op.equals("add") ? array.size() : array.size() - 1;
            if (index < 0 || index > limit) {
                throw new IllegalArgumentException(file + ": no element " + token + " at " + where);
            }
            if (op.equals("add")) {
                array.insert(index, value.deepCopy());
            } else {
                array.set(index, value.deepCopy());
            }
        } else {
            throw new IllegalArgumentException(file + ": the parent of " + where + " does not exist");
        }
    }

    // -------------------------------------------------------------------------------------- labels, replicas, images

    private static void applyLabels(Path file, JsonNode labels, List<ObjectNode> documents) {
        onlyFields(file, labels, "labels", Set.of("pairs", "includeTemplates", "includeSelectors"));
        if (labels.path("includeSelectors").asBoolean(false)) {
            throw new IllegalArgumentException(file + ": labels with includeSelectors are not supported (selectors "
                    + "are immutable once applied: name them in the resources)");
        }
        boolean templates = labels.path("includeTemplates").asBoolean(false);
        for (ObjectNode doc : documents) {
            for (Map.Entry<String, JsonNode> pair : labels.path("pairs").properties()) {
                labelsOf(doc).put(pair.getKey(), pair.getValue().asString());
                if (templates) {
                    podTemplate(doc).ifPresent(template -> labelsOf(template).put(pair.getKey(), pair.getValue().asString()));
                }
            }
        }
    }

    /** The pod template of a workload, if the document is one. */
    static Optional<ObjectNode> podTemplate(JsonNode doc) {
        JsonNode template = switch (doc.path("kind").asString()) {
            case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" -> doc.path("spec").path("template");
            case "CronJob" -> doc.path("spec").path("jobTemplate").path("spec").path("template");
            default -> null;
        };
        return template instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
    }

    private static void applyReplicas(Path file, JsonNode replicas, List<ObjectNode> documents) {
        onlyFields(file, replicas, "replicas", Set.of("name", "count"));
        String name = replicas.path("name").asString("");
        List<ObjectNode> matched = documents.stream()
                .filter(doc -> SCALABLE.contains(doc.path("kind").asString())
                        && doc.path("metadata").path("name").asString().equals(name))
                .toList();
        if (matched.isEmpty() || !replicas.path("count").isInt()) {
            throw new IllegalArgumentException(file + ": replicas needs the name of a workload and a count: " + replicas);
        }
        matched.forEach(doc -> ((ObjectNode) doc.get("spec")).put("replicas", replicas.get("count").asInt()));
    }

    /** Sets newName and newTag on every container (at any depth) whose image has the given name. */
    private static void setImages(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                boolean containers = field.getKey().equals("containers") || field.getKey().equals("initContainers");
                if (containers && field.getValue().isArray()) {
                    field.getValue().forEach(container -> retag((ObjectNode) container, image));
                } else {
                    setImages(field.getValue(), image);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> setImages(element, image));
        }
    }

    private static void retag(ObjectNode container, JsonNode image) {
        ImageReference reference = ImageReference.parse(container.path("image").asString(""));
        if (!reference.name().equals(image.path("name").asString())) {
            return;
        }
        String name = image.path("newName").asString(reference.name());
        if (image.has("newTag")) {
            container.put("image", name + ":" + image.get("newTag").asString());
        } else {
            container.put("image", name + reference.suffix());
        }
    }

    /** An image reference split into its name and what pins it: {@code :tag}, {@code @digest}, or nothing. */
    record ImageReference(String name, String tag, String digest) {

        static ImageReference parse(String image) {
            int at = image.indexOf('@');
            String digest = at < 0 ? null : image.substring(at + 1);
            String rest = at < 0 ? image : image.substring(0, at);
            int colon = rest.lastIndexOf(':');
            // a colon before the last slash belongs to the registry's port, not to a tag
            if (colon > rest.lastIndexOf('/')) {
                return new ImageReference(rest.substring(0, colon), rest.substring(colon + 1), digest);
            }
            return new ImageReference(rest, null, digest);
        }

        String suffix() {
            return (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
        }
    }
}
