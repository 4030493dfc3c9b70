package zonepulse.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kustomize overlays of {@code deploy/k8s/overlays}, rendered with {@code kubectl kustomize} (the binary named
 * by the {@code KUBECTL} environment variable, else {@code kubectl} on the PATH). Where there is no kubectl the tests
 * that need a rendering are skipped, saying so, except in CI ({@code CI=true}), where they fail: .ci/run installs it.
 */
final class Overlays {
    private static final Map<String, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {}

    /** The overlay names: every directory under deploy/k8s/overlays. */
    static Stream<String> names() {
        try (Stream<Path> dirs = Files.list(Repository.path("deploy/k8s/overlays"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every object the overlay renders to, as plain maps. */
    static List<Map<String, Object>> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> kustomize(Repository.path("deploy/k8s/overlays/" + name)));
    }

    /** Every object a kustomization outside the overlays renders to ({@code deploy/k8s/replay}). */
    static List<Map<String, Object>> renderDirectory(String path) {
        return RENDERED.computeIfAbsent(path, p -> kustomize(Repository.path(p)));
    }

    static List<Map<String, Object>> ofKind(String overlay, String kind) {
        return render(overlay).stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    private static String kubectl() {
        String configured = System.getenv("KUBECTL");
        return configured == null || configured.isBlank() ? "kubectl" : configured;
    }

    private static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("zonepulse.deploy.require-kubectl");
    }

    private static List<Map<String, Object>> kustomize(Path dir) {
        Process process;
        try {
            process = new ProcessBuilder(kubectl(), "kustomize", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            if (required()) {
                throw new IllegalStateException("kubectl is required in CI to render " + dir + ": " + e.getMessage());
            }
            assumeTrue(false, "no kubectl to render the overlays (" + e.getMessage() + "); .ci/run installs one");
            throw new AssertionError("unreachable");
        }
        try {
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + err);
            }
            List<Map<String, Object>> objects = new ArrayList<>();
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            for (Object doc : new Yaml(options).loadAll(new String(out, StandardCharsets.UTF_8))) {
                if (doc != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> object = (Map<String, Object>) doc;
                    objects.add(object);
                }
            }
            if (objects.isEmpty()) {
                throw new IllegalStateException("kubectl kustomize " + dir + " rendered nothing");
            }
            return List.copyOf(objects);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A nested value by path of keys, or null. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object root, String... keys) {
        Object current = root;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return (T) current;
    }

    static String name(Map<String, Object> object) {
        return at(object, "metadata", "name");
    }
}
