package zonepulse.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository, wherever the tests are started from (the module directory or the root). */
final class Repository {
    private Repository() {}

    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/k8s")) && Files.exists(p.resolve("mvnw"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root above " + here);
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }
}
