package id.sdmi.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Where the platform's manifests are: deploy/k8s, its base and every overlay. */
final class PlatformManifests {

    /** The tests run in the module's directory (Maven's default). */
    static final Path ROOT = Path.of("..", "deploy", "k8s").toAbsolutePath().normalize();

    private PlatformManifests() {
    }

    /** base, then overlays/* that hold a kustomization.yaml: each is a set someone may apply. */
    static Stream<Path> kustomizations() {
        try (Stream<Path> overlays = Files.list(ROOT.resolve("overlays"))) {
            return Stream.concat(Stream.of(ROOT.resolve("base")),
                    overlays.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml"))).sorted().toList().stream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a rendered set to target/rendered/(base|production|…).yaml, to read what a cluster would receive (or to
     * apply it where kustomize is missing).
     */
    static void writeRendered(Path kustomization, List<ObjectNode> documents) {
        YAMLMapper yaml = YAMLMapper.builder().build();
        StringBuilder text = new StringBuilder();
        documents.forEach(doc -> text.append(yaml.writeValueAsString(doc)));
        try {
            Path dir = Files.createDirectories(Path.of("target", "rendered"));
            Files.writeString(dir.resolve(kustomization.getFileName() + ".yaml"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A kustomization's directory as the tests name it, e.g. overlays/production. */
    static String name(Path kustomization) {
        return ROOT.relativize(kustomization).toString();
    }
}
