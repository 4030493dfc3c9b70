package zonepulse.ingest.dropfolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists the files a poll considers: regular files with one of the configured extensions anywhere under the drop
 * folder (subfolders included, symbolic links not followed), except hidden ones (name starting with a dot, which
 * also covers the default {@code .failed} folder and the temporary files of writers that rename when done) and
 * anything inside the failed-files folder.
 */
final class DropFolderScanner {
    private final Path directory;
    private final Path failedDirectory;
    private final Set<String> extensions;

    DropFolderScanner(Path directory, Path failedDirectory, Iterable<String> extensions) {
        this.directory = directory.toAbsolutePath().normalize();
        this.failedDirectory = failedDirectory.toAbsolutePath().normalize();
        Set<String> accepted = new java.util.HashSet<>();
        extensions.forEach(accepted::add);
        this.extensions = Set.copyOf(accepted);
    }

    Path directory() {
        return directory;
    }

    /** The candidate files, in path order so that a poll works through the folder predictably. */
    List<Path> candidates() {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(directory)) {
                        return FileVisitResult.CONTINUE;
                    }
                    return isHidden(dir) || dir.startsWith(failedDirectory)
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && accepts(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // vanished between listing and visiting, or an unreadable subfolder: not a dropped file
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the drop folder " + directory, e);
        }
        files.sort(null);
        return files;
    }

    /** Whether a file with this name is picked up. */
    boolean accepts(Path file) {
        return !isHidden(file)
                && !file.startsWith(failedDirectory)
                && extensions.contains(DroppedFiles.extensionOf(file));
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
