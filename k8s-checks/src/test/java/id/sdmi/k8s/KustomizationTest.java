package id.sdmi.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The renderer does what kustomize does for the features the overlays may use, and refuses the others. */
class KustomizationTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(KustomizationTest.class.getResource("/kustomize/" + name).toURI());
    }

    private static ObjectNode find(List<ObjectNode> documents, String kind) {
        return documents.stream().filter(doc -> doc.path("kind").asString().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void overlayAppliesNamespaceLabelsReplicasImagesAndPatches() throws Exception {
        List<ObjectNode> documents = Kustomization.render(fixture("overlay"));

        assertEquals(2, documents.size());
        ObjectNode deployment = find(documents, "Deployment");
        ObjectNode config = find(documents, "ConfigMap");
        assertEquals("team", deployment.at("/metadata/namespace").asString());
        assertEquals("team", config.at("/metadata/namespace").asString());
        assertEquals("test", config.at("/metadata/labels/environment").asString());
        assertEquals("test", deployment.at("/spec/template/metadata/labels/environment").asString());
        assertTrue(deployment.at("/spec/selector/matchLabels/environment").isMissingNode(), "selectors stay as written");
        assertEquals(3, deployment.at("/spec/replicas").asInt());
        assertEquals("mirror.example.org/team/app:1.2.3", deployment.at("/spec/template/spec/containers/0/image").asString());
        assertEquals("mirror.example.org/team/app:1.2.3", deployment.at("/spec/template/spec/initContainers/0/image").asString());
        assertEquals("mirror.example.org/team/proxy@sha256:0123456789abcdef",
                deployment.at("/spec/template/spec/containers/1/image").asString(), "a new name keeps the digest");
        assertEquals("selamat pagi", config.at("/data/GREETING").asString());
        assertEquals("escaped", config.path("data").path("path/with/slashes").asString());
        JsonNode args = deployment.at("/spec/template/spec/containers/0/args");
        assertEquals(List.of("--zeroth", "--first", "--last"), args.valueStream().map(JsonNode::asString).toList());
    }

    @Test
    void baseRendersAsWritten() throws Exception {
        List<ObjectNode> documents = Kustomization.render(fixture("base"));

        ObjectNode deployment = find(documents, "Deployment");
        assertTrue(deployment.at("/metadata/namespace").isMissingNode());
        assertEquals("registry.example.org:5000/team/app:1.0.0", deployment.at("/spec/template/spec/containers/0/image").asString());
    }

    @Test
    void featureTheRendererDoesNotKnowIsRefused() throws IOException {
        write("kustomization.yaml", "resources: [app.yaml]\nnamePrefix: prod-\n");
        write("app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Kustomization.render(dir));
        assertTrue(refused.getMessage().contains("namePrefix"), refused.getMessage());
    }

    @Test
    void replacingWhatIsNotThereFails() throws IOException {
        write("kustomization.yaml", """
                resources: [app.yaml]
                patches:
                  - target: {kind: ConfigMap, name: app}
                    patch: '[{"op": "replace", "path": "/data/MISSING", "value": "x"}]'
                """);
        write("app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  PRESENT: y\n");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Kustomization.render(dir));
        assertTrue(refused.getMessage().contains("nothing to replace"), refused.getMessage());
    }

    @Test
    void patchOfAResourceThatIsNotThereFails() throws IOException {
        write("kustomization.yaml", """
                resources: [app.yaml]
                patches:
                  - target: {kind: ConfigMap, name: other}
                    patch: '[{"op": "add", "path": "/data/X", "value": "x"}]'
                """);
        write("app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Kustomization.render(dir));
        assertTrue(refused.getMessage().contains("ConfigMap/other"), refused.getMessage());
    }

    @Test
    void operationOtherThanAddOrReplaceIsRefused() throws IOException {
        write("kustomization.yaml", """
                resources: [app.yaml]
                patches:
                  - target: {kind: ConfigMap, name: app}
                    patch: '[{"op": "remove", "path": "/data/X"}]'
                """);
        write("app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  X: x\n");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Kustomization.render(dir));
        assertTrue(refused.getMessage().contains("remove"), refused.getMessage());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}
