package id.sdmi.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform's rules for what it deploys, checked over rendered manifests. Each rule answers its violations, one
 * line each, naming the document (and the container) at fault; an empty answer means the rule holds.
 */
final class ManifestPolicy {

    /** A named rule over a whole rendered set (some rules relate documents, e.g. a Deployment and its budget). */
    record Rule(String name, Function<List<ObjectNode>, List<String>> check) {

        List<String> violations(List<ObjectNode> documents) {
            return check.apply(documents).stream().map(violation -> name + ": " + violation).toList();
        }
    }

    static final Rule RESOURCES = new Rule("every container has CPU and memory requests and limits",
            ManifestPolicy::resources);
    static final Rule PROBES = new Rule("every long-running container has startup, readiness and liveness probes",
            ManifestPolicy::probes);
    static final Rule PINNED_IMAGES = new Rule("every image is pinned to a tag other than latest, or a digest",
            ManifestPolicy::pinnedImages);
    static final Rule NON_ROOT = new Rule("every container runs as non-root on a read-only root filesystem",
            ManifestPolicy::nonRoot);
    static final Rule NO_PRIVILEGES = new Rule("no container may gain privileges or keep Linux capabilities",
            ManifestPolicy::noPrivileges);
    static final Rule DISRUPTION_BUDGETS = new Rule("every Deployment has a PodDisruptionBudget selecting its pods",
            documents -> selectedByEveryDeployment(documents, "PodDisruptionBudget", "/spec/selector"));
    static final Rule NETWORK_POLICIES = new Rule("every Deployment has a NetworkPolicy selecting its pods",
            documents -> selectedByEveryDeployment(documents, "NetworkPolicy", "/spec/podSelector"));
    static final Rule NO_SECRET_VALUES = new Rule("no Secret carries data: secrets are created in the cluster",
            ManifestPolicy::noSecretValues);
    static final Rule SECRETS_BY_REFERENCE = new Rule(
            "a variable named like a secret (…PASSWORD, …SECRET, …TOKEN, …KEY) takes its value from a Secret",
            ManifestPolicy::secretsByReference);
    static final Rule REALM_WITHOUT_SECRETS = new Rule(
            "a realm import has no users and its client secrets are placeholders filled from Secrets",
            ManifestPolicy::realmWithoutSecrets);

    static final List<Rule> RULES = List.of(RESOURCES, PROBES, PINNED_IMAGES, NON_ROOT, NO_PRIVILEGES,
            DISRUPTION_BUDGETS, NETWORK_POLICIES, NO_SECRET_VALUES, SECRETS_BY_REFERENCE, REALM_WITHOUT_SECRETS);

    /** Workloads that run until stopped: probes make sense for them, not for a Job's run-to-completion pods. */
    private static final Set<String> LONG_RUNNING = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod");

    /** The last word of a name that holds a secret: DB_PASSWORD, CLIENT_SECRET, ACCESS_TOKEN, API_KEY, db-password. */
    private static final Set<String> SECRET_WORDS = Set.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY", "CREDENTIALS");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private ManifestPolicy() {
    }

    /** Every violation of every rule. */
    static List<String> check(List<ObjectNode> documents) {
        return RULES.stream().flatMap(rule -> rule.violations(documents).stream()).toList();
    }

    // ------------------------------------------------------------------------------------------------ containers

    /** A container of a workload, with the pod it runs in. */
    private record Container(JsonNode workload, JsonNode pod, JsonNode spec, boolean init) {

        String where() {
            return Kustomization.describe(workload) + " container " + spec.path("name").asString("?");
        }
    }

    private static List<Container> containers(List<ObjectNode> documents) {
        List<Container> containers = new ArrayList<>();
        for (ObjectNode doc : documents) {
            JsonNode pod = doc.path("kind").asString().equals("Pod")
                    ? doc.path("spec")
                    : Kustomization.podTemplate(doc).map(template -> template.path("spec")).orElse(null);
            if (pod == null) {
                continue;
            }
            pod.path("initContainers").forEach(spec -> containers.add(new Container(doc, pod, spec, true)));
            pod.path("containers").forEach(spec -> containers.add(new Container(doc, pod, spec, false)));
        }
        return containers;
    }

    private static List<String> resources(List<ObjectNode> documents) {
        List<String> violations = new ArrayList<>();
        for (Container container : containers(documents)) {
            for (String field : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
                JsonNode value = container.spec().at("/resources/" + field);
                if (value.isMissingNode() || value.isNull() || value.asString().isBlank()) {
                    violations.add(container.where() + " has no resources." + field.replace('/', '.'));
                }
            }
        }
        return violations;
    }

    private static List<String> probes(List<ObjectNode> documents) {
        List<String> violations = new ArrayList<>();
        for (Container container : containers(documents)) {
            if (container.init() || !LONG_RUNNING.contains(container.workload().path("kind").asString())) {
                continue;
            }
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                if (!container.spec().path(probe).isObject()) {
                    violations.add(container.where() + " has no " + probe);
                }
            }
        }
        return violations;
    }

    private static List<String> pinnedImages(List<ObjectNode> documents) {
        List<String> violations = new ArrayList<>();
        for (Container container : containers(documents)) {
            String image = container.spec().path("image").asString("");
            Kustomization.ImageReference reference = Kustomization.ImageReference.parse(image);
            if (image.isBlank()) {
                violations.add(container.where() + " names no image");
            } else if (reference.digest() == null && reference.tag() == null) {
                violations.add(container.where() + " runs " + image + " without a tag");
            } else if (reference.digest() == null && reference.tag().equals("latest")) {
                violations.add(container.where() + " runs " + image + ": 'latest' moves, pin a version");
            }
        }
        return violations;
    }

    private static List<String> nonRoot(List<ObjectNode> documents) {
        List<String> violations = new ArrayList<>();
        for (Container container : containers(documents)) {
            // the container's setting wins over the pod's
            JsonNode own = container.spec().path("securityContext").path("runAsNonRoot");
            JsonNode runAsNonRoot = own.isBoolean() ? own : container.pod().path("securityContext").path("runAsNonRoot");
            if (!runAsNonRoot.asBoolean(false)) {
                violations.add(container.where() + " may run as root (runAsNonRoot is not true)");
            }
            if (!container.spec().path("securityContext").path("readOnlyRootFilesystem").asBoolean(false)) {
                violations.add(container.where() + " has a writable root filesystem (readOnlyRootFilesystem is not true)");
            }
        }
        return violations;
    }

    private static List<String> noPrivileges(List<ObjectNode> documents) {
        List<String> violations = new ArrayList<>();
        for (Container container : containers(documents)) {
            JsonNode securityContext = container.spec().path("securityContext");
            JsonNode escalation = securityContext.path("allowPrivilegeEscalation");
            if (!escalation.isBoolean() || escalation.asBoolean()) {
                violations.add(container.where() + " does not set allowPrivilegeEscalation: false");
            }
            boolean dropsAll = securityContext.path("capabilities").path("drop").valueStream()
                    .anyMatch(capability -> capability.asString().equals("ALL"));
            if (!dropsAll) {
                violations.add(container.where() + " does not drop ALL capabilities");
            }
        }
        return violations;
    }

    // ------------------------------------------------------------------------------------- what selects a Deployment

    private static List<String> selectedByEveryDeployment(List<ObjectNode> documents, String kind, String selectorPath) {
        List<String> violations = new ArrayList<>();
        for (ObjectNode deployment : documents) {
            if (!deployment.path("kind").asString().equals("Deployment")) {
                continue;
            }
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            boolean selected = documents.stream()
                    .filter(doc -> doc.path("kind").asString().equals(kind))
                    .filter(doc -> Objects.equals(namespace(doc), namespace(deployment)))
                    .anyMatch(doc -> selects(doc.at(selectorPath), podLabels));
            if (!selected) {
                violations.add(Kustomization.describe(deployment) + ": no " + kind + " selects its pods");
            }
        }
        return violations;
    }

    private static String namespace(JsonNode doc) {
        return doc.path("metadata").path("namespace").asString(null);
    }

    /**
     * Whether a label selector picks pods with these labels. An empty selector picks every pod, and so says nothing
     * about this workload in particular (a namespace's default-deny policy): it does not count.
     */
    static boolean selects(JsonNode selector, JsonNode labels) {
        JsonNode matchLabels = selector.path("matchLabels");
        JsonNode matchExpressions = selector.path("matchExpressions");
        if (matchLabels.size() == 0 && matchExpressions.size() == 0) {
            return false;
        }
        for (Map.Entry<String, JsonNode> label : matchLabels.properties()) {
            if (!label.getValue().asString().equals(labels.path(label.getKey()).asString(null))) {
                return false;
            }
        }
        for (JsonNode expression : matchExpressions) {
            String value = labels.path(expression.path("key").asString()).asString(null);
            boolean listed = expression.path("values").valueStream()
                    .anyMatch(candidate -> candidate.asString().equals(value));
            boolean holds = switch (expression.path("operator").asString()) {
                case "In" -> listed;
                case "NotIn" -> value != null && !listed;
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------------------ secrets

    private static List<String> noSecretValues(List<ObjectNode> documents) {
        List<String> violations = new ArrayList<>();
        for (ObjectNode doc : documents) {
            if (doc.path("kind").asString().equals("Secret") && (doc.has("data") || doc.has("stringData"))) {
                violations.add(Kustomization.describe(doc) + " carries values: create it in the cluster (README)");
            }
        }
        return violations;
    }

    static boolean looksSecret(String name) {
        String[] words = name.toUpperCase(Locale.ROOT).split("[_\\-.]");
        return words.length > 0 && SECRET_WORDS.contains(words[words.length - 1]);
    }

    private static List<String> secretsByReference(List<ObjectNode> documents) {
        List<String> violations = new ArrayList<>();
        for (ObjectNode doc : documents) {
            if (doc.path("kind").asString().equals("ConfigMap")) {
                // a ConfigMap's keys become variables through envFrom
                for (String key : doc.path("data").propertyNames()) {
                    if (looksSecret(key)) {
                        violations.add(Kustomization.describe(doc) + " holds " + key + " in clear");
                    }
                }
            }
            literalSecretVariables(doc, doc, violations);
        }
        return violations;
    }

    /** Entries of any {@code env} list (containers, operators' resources) that name a secret and give its value. */
    private static void literalSecretVariables(JsonNode doc, JsonNode node, List<String> violations) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("env") && field.getValue().isArray()) {
                    for (JsonNode variable : field.getValue()) {
                        String name = variable.path("name").asString("");
                        if (looksSecret(name) && variable.has("value")) {
                            violations.add(Kustomization.describe(doc) + " sets " + name
                                    + " to a literal value: take it from a Secret (valueFrom.secretKeyRef)");
                        }
                    }
                } else {
                    literalSecretVariables(doc, field.getValue(), violations);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> literalSecretVariables(doc, element, violations));
        }
    }

    private static List<String> realmWithoutSecrets(List<ObjectNode> documents) {
        List<String> violations = new ArrayList<>();
        for (ObjectNode doc : documents) {
            if (!doc.path("kind").asString().equals("KeycloakRealmImport")) {
                continue;
            }
            JsonNode realm = doc.path("spec").path("realm");
            JsonNode placeholders = doc.path("spec").path("placeholders");
            if (realm.path("users").size() > 0) {
                violations.add(Kustomization.describe(doc) + " imports users; production creates people in Keycloak");
            }
            for (JsonNode client : realm.path("clients")) {
                if (!client.has("secret")) {
                    continue;
                }
                String clientId = client.path("clientId").asString("?");
                Matcher placeholder = PLACEHOLDER.matcher(client.path("secret").asString(""));
                if (!placeholder.matches()) {
                    violations.add(Kustomization.describe(doc) + " client " + clientId
                            + " has its secret in clear: write ${NAME} and fill NAME from a Secret in spec.placeholders");
                } else if (!placeholders.path(placeholder.group(1)).path("secret").has("name")) {
                    violations.add(Kustomization.describe(doc) + " client " + clientId + " uses ${" + placeholder.group(1)
                            + "}, which spec.placeholders does not fill from a Secret");
                }
            }
        }
        return violations;
    }
}
