package zonepulse.ingest.dropfolder;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Moves refused files out of the drop folder, so they are neither skipped silently nor retried forever. */
final class FailedFiles {
    private final Path directory;
    private final Path failedDirectory;

    FailedFiles(Path directory, Path failedDirectory) {
        this.directory = directory.toAbsolutePath().normalize();
        this.failedDirectory = failedDirectory.toAbsolutePath().normalize();
    }

    /**
     * Moves the file into the failed-files folder, at its path relative to the drop folder; a name already taken
     * there (the same file refused twice) gets a counter before its extension.
     *
     * @return where the file now is
     */
    Path moveAside(Path file) throws IOException {
        Path relative = directory.relativize(file.toAbsolutePath().normalize());
        Path target = failedDirectory.resolve(relative);
        Files.createDirectories(target.getParent());
        for (int attempt = 1; ; attempt++) {
            try {
                return move(file, target);
            } catch (FileAlreadyExistsException e) {
                target = target.resolveSibling(numbered(relative.getFileName().toString(), attempt));
            }
        }
    }

    private static Path move(Path file, Path target) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // the failed folder is on another file system: a copy and delete is the best there is
            return Files.move(file, target);
        }
    }

    private static String numbered(String name, int number) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "." + number : name.substring(0, dot) + "." + number + name.substring(dot);
    }
}
