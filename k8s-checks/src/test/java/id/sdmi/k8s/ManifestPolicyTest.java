package id.sdmi.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rendered manifests follow the platform's deployment rules ({@link ManifestPolicy}); and each rule catches what
 * it is about: a small set that follows every rule is broken in one way per test.
 */
class ManifestPolicyTest {

    /** A Deployment with its PodDisruptionBudget and NetworkPolicy that follows every rule. */
    private static final String COMPLIANT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: app
            spec:
              selector:
                matchLabels:
                  app.kubernetes.io/name: app
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: app
                spec:
                  securityContext:
                    runAsNonRoot: true
                  containers:
                    - name: app
                      image: registry.example.org/sdmi/app:1.0.0
                      env:
                        - name: DB_PASSWORD
                          valueFrom:
                            secretKeyRef:
                              name: app-db
                              key: password
                      resources:
                        requests: {cpu: 100m, memory: 128Mi}
                        limits: {cpu: "1", memory: 256Mi}
                      startupProbe: {httpGet: {path: /q/health/started, port: 8080}}
                      readinessProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                      livenessProbe: {httpGet: {path: /q/health/live, port: 8080}}
                      securityContext:
                        readOnlyRootFilesystem: true
                        allowPrivilegeEscalation: false
                        capabilities:
                          drop: [ALL]
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: app
            spec:
              minAvailable: 1
              selector:
                matchLabels:
                  app.kubernetes.io/name: app
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: app
            spec:
              podSelector:
                matchExpressions:
                  - key: app.kubernetes.io/name
                    operator: In
                    values: [app, other]
              policyTypes: [Ingress]
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny-ingress
            spec:
              podSelector: {}
              policyTypes: [Ingress]
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: app-config
            data:
              QUARKUS_OIDC_TOKEN_AUDIENCE: sdmi-api
            ---
            apiVersion: k8s.keycloak.org/v2beta1
            kind: KeycloakRealmImport
            metadata:
              name: realm
            spec:
              keycloakCRName: keycloak
              placeholders:
                PIPELINE_SECRET:
                  secret: {name: realm-placeholders, key: pipeline-secret}
              realm:
                realm: sdmi
                clients:
                  - clientId: pipeline
                    secret: ${PIPELINE_SECRET}
                  - clientId: dashboard
                    publicClient: true
            """;

    static Stream<Path> kustomizations() {
        return PlatformManifests.kustomizations();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void renderedManifestsFollowEveryRule(Path kustomization) {
        List<String> violations = ManifestPolicy.check(Kustomization.render(kustomization));

        assertTrue(violations.isEmpty(), PlatformManifests.name(kustomization) + ": " + violations.size()
                + " violation(s):\n" + String.join("\n", violations));
    }

    @Test
    void realmImportIsTheProductionRealmFile() throws Exception {
        JsonNode realmFile = JsonMapper.builder().build()
                .readTree(Files.readString(PlatformManifests.ROOT.resolve("../keycloak/sdmi-realm.json")));
        JsonNode imported = Kustomization.render(PlatformManifests.ROOT.resolve("base")).stream()
                .filter(doc -> doc.path("kind").asString().equals("KeycloakRealmImport"))
                .findFirst().orElseThrow()
                .at("/spec/realm");

        assertEquals(realmFile, imported, "deploy/k8s/base/keycloak-realm.yaml differs from deploy/keycloak/sdmi-realm.json:"
                + " write the JSON file's realm into the import again");
    }

    @Test
    void compliantSetFollowsEveryRule() {
        assertEquals(List.of(), ManifestPolicy.check(compliant()));
    }

    // ----------------------------------------------------------------------- each rule catches what it is about

    @Test
    void containerWithoutMemoryLimitIsRefused() {
        List<ObjectNode> documents = compliant();
        ((ObjectNode) container(documents).at("/resources/limits")).remove("memory");

        assertViolation(ManifestPolicy.RESOURCES, documents, "resources.limits.memory");
    }

    @Test
    void containerWithoutReadinessProbeIsRefused() {
        List<ObjectNode> documents = compliant();
        container(documents).remove("readinessProbe");

        assertViolation(ManifestPolicy.PROBES, documents, "readinessProbe");
    }

    @Test
    void imageOnLatestIsRefused() {
        List<ObjectNode> documents = compliant();
        container(documents).put("image", "registry.example.org/sdmi/app:latest");

        assertViolation(ManifestPolicy.PINNED_IMAGES, documents, "latest");
    }

    @Test
    void imageWithoutTagIsRefused() {
        List<ObjectNode> documents = compliant();
        container(documents).put("image", "registry.example.org:5000/sdmi/app");

        assertViolation(ManifestPolicy.PINNED_IMAGES, documents, "without a tag");
    }

    @Test
    void containerThatMayRunAsRootIsRefused() {
        List<ObjectNode> documents = compliant();
        ((ObjectNode) container(documents).path("securityContext")).put("runAsNonRoot", false);

        assertViolation(ManifestPolicy.NON_ROOT, documents, "may run as root");
    }

    @Test
    void writableRootFilesystemIsRefused() {
        List<ObjectNode> documents = compliant();
        ((ObjectNode) container(documents).path("securityContext")).remove("readOnlyRootFilesystem");

        assertViolation(ManifestPolicy.NON_ROOT, documents, "writable root filesystem");
    }

    @Test
    void containerKeepingCapabilitiesIsRefused() {
        List<ObjectNode> documents = compliant();
        ((ObjectNode) container(documents).path("securityContext")).remove("capabilities");

        assertViolation(ManifestPolicy.NO_PRIVILEGES, documents, "drop ALL");
    }

    @Test
    void deploymentWithoutDisruptionBudgetIsRefused() {
        List<ObjectNode> documents = without(compliant(), "PodDisruptionBudget");

        assertViolation(ManifestPolicy.DISRUPTION_BUDGETS, documents, "Deployment/app");
    }

    @Test
    void budgetSelectingOtherPodsDoesNotCount() {
        List<ObjectNode> documents = compliant();
        ((ObjectNode) of(documents, "PodDisruptionBudget").at("/spec/selector/matchLabels"))
                .put("app.kubernetes.io/name", "other");

        assertViolation(ManifestPolicy.DISRUPTION_BUDGETS, documents, "Deployment/app");
    }

    @Test
    void deploymentCoveredOnlyByTheDefaultDenyHasNoNetworkPolicy() {
        List<ObjectNode> documents = compliant();
        documents.removeIf(doc -> doc.path("metadata").path("name").asString().equals("app")
                && doc.path("kind").asString().equals("NetworkPolicy"));

        assertViolation(ManifestPolicy.NETWORK_POLICIES, documents, "Deployment/app");
    }

    @Test
    void secretWithDataIsRefused() {
        List<ObjectNode> documents = compliant();
        documents.addAll(Kustomization.readDocuments("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: app-db
                stringData:
                  password: hunter2
                """));

        assertViolation(ManifestPolicy.NO_SECRET_VALUES, documents, "Secret/app-db");
    }

    @Test
    void literalPasswordInEnvIsRefused() {
        List<ObjectNode> documents = compliant();
        ObjectNode password = (ObjectNode) container(documents).at("/env/0");
        password.remove("valueFrom");
        password.put("value", "hunter2");

        assertViolation(ManifestPolicy.SECRETS_BY_REFERENCE, documents, "DB_PASSWORD");
    }

    @Test
    void secretInAConfigMapIsRefused() {
        List<ObjectNode> documents = compliant();
        ((ObjectNode) of(documents, "ConfigMap").path("data")).put("SDMI_BPS_PIPELINE_SECRET", "s3cret");

        assertViolation(ManifestPolicy.SECRETS_BY_REFERENCE, documents, "SDMI_BPS_PIPELINE_SECRET");
    }

    @Test
    void realmClientSecretInClearIsRefused() {
        List<ObjectNode> documents = compliant();
        ((ObjectNode) of(documents, "KeycloakRealmImport").at("/spec/realm/clients/0")).put("secret", "s3cret");

        assertViolation(ManifestPolicy.REALM_WITHOUT_SECRETS, documents, "in clear");
    }

    @Test
    void realmPlaceholderWithoutSecretIsRefused() {
        List<ObjectNode> documents = compliant();
        ((ObjectNode) of(documents, "KeycloakRealmImport").at("/spec/placeholders")).remove("PIPELINE_SECRET");

        assertViolation(ManifestPolicy.REALM_WITHOUT_SECRETS, documents, "PIPELINE_SECRET");
    }

    @Test
    void realmWithUsersIsRefused() {
        List<ObjectNode> documents = compliant();
        ArrayNode users = ((ObjectNode) of(documents, "KeycloakRealmImport").at("/spec/realm")).putArray("users");
        users.addObject().put("username", "admin");

        assertViolation(ManifestPolicy.REALM_WITHOUT_SECRETS, documents, "users");
    }

    // -------------------------------------------------------------------------------------------------- support

    private static List<ObjectNode> compliant() {
        return new ArrayList<>(Kustomization.readDocuments(COMPLIANT));
    }

    private static ObjectNode of(List<ObjectNode> documents, String kind) {
        return documents.stream().filter(doc -> doc.path("kind").asString().equals(kind)).findFirst().orElseThrow();
    }

    private static ObjectNode container(List<ObjectNode> documents) {
        return (ObjectNode) of(documents, "Deployment").at("/spec/template/spec/containers/0");
    }

    private static List<ObjectNode> without(List<ObjectNode> documents, String kind) {
        documents.removeIf(doc -> doc.path("kind").asString().equals(kind));
        return documents;
    }

    private static void assertViolation(ManifestPolicy.Rule rule, List<ObjectNode> documents, String expected) {
        List<String> violations = rule.violations(documents);
        assertFalse(violations.isEmpty(), "'" + rule.name() + "' let it pass");
        assertTrue(violations.stream().anyMatch(violation -> violation.contains(expected)),
                "expected a violation naming '" + expected + "', got " + violations);
        List<String> others = ManifestPolicy.RULES.stream()
                .filter(other -> other != rule)
                .flatMap(other -> other.violations(documents).stream())
                .toList();
        assertEquals(List.of(), others, "only '" + rule.name() + "' should object");
    }
}
