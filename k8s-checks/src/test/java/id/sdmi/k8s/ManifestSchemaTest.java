package id.sdmi.k8s;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every document of deploy/k8s, rendered as its base and each overlay, is valid against the schema of its kind:
 * the Kubernetes 1.31 API for built-in kinds, the operators' CRDs (Strimzi 1.2, CloudNativePG 1.30, Keycloak 26.7,
 * Prometheus Operator 0.93) for custom resources. A kind without a schema fails; every problem is reported at once.
 */
class ManifestSchemaTest {

    private static ManifestSchemas schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = ManifestSchemas.fromClasspath();
    }

    static Stream<Path> kustomizations() {
        return PlatformManifests.kustomizations();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyRenderedDocumentMatchesTheSchemaOfItsKind(Path kustomization) {
        List<ObjectNode> documents = Kustomization.render(kustomization);
        PlatformManifests.writeRendered(kustomization, documents);
        List<String> problems = new ArrayList<>();
        documents.forEach(doc -> problems.addAll(schemas.validate(doc)));

        assertFalse(documents.isEmpty(), "nothing rendered from " + kustomization);
        assertTrue(problems.isEmpty(), PlatformManifests.name(kustomization) + ": " + problems.size()
                + " schema problem(s):\n" + String.join("\n", problems));
    }

    @Test
    void kindWithoutSchemaFails() {
        ObjectNode widget = Kustomization.readDocuments("""
                apiVersion: example.org/v1
                kind: Widget
                metadata:
                  name: w
                """).get(0);

        List<String> problems = schemas.validate(widget);

        assertTrue(problems.size() == 1 && problems.get(0).contains("no schema"), problems.toString());
    }

    @Test
    void misspelledFieldOfABuiltInKindFails() {
        ObjectNode service = Kustomization.readDocuments("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: s
                spec:
                  selektor:
                    app: s
                  ports:
                    - port: 80
                """).get(0);

        List<String> problems = schemas.validate(service);

        assertTrue(problems.stream().anyMatch(problem -> problem.contains("selektor")), problems.toString());
    }

    @Test
    void wrongTypeInACustomResourceFails() {
        ObjectNode topic = Kustomization.readDocuments("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: t
                spec:
                  partitions: six
                  replicas: 3
                """).get(0);

        List<String> problems = schemas.validate(topic);

        assertTrue(problems.stream().anyMatch(problem -> problem.contains("KafkaTopic CRD") && problem.contains("partitions")),
                "the operator's CRD refuses it: " + problems);
        assertTrue(problems.stream().anyMatch(problem -> problem.contains("crd-json/") && problem.contains("partitions")),
                "the strict schema refuses it: " + problems);
    }

    @Test
    void misspelledFieldOfACustomResourceFails() {
        ObjectNode database = Kustomization.readDocuments("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Database
                metadata:
                  name: d
                spec:
                  cluster:
                    name: c
                  name: d
                  owner: d
                  ensur: present
                """).get(0);

        List<String> problems = schemas.validate(database);

        assertTrue(problems.stream().anyMatch(problem -> problem.contains("ensur")), problems.toString());
    }
}
