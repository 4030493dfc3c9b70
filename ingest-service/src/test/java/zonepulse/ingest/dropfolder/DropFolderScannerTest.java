package zonepulse.ingest.dropfolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropFolderScannerTest {
    @TempDir
    Path drop;

    @Test
    void picksUpFilesWithTheConfiguredExtensionsInSubfolders() throws Exception {
        Path top = write("a.txt");
        Path nested = write("2021/08/b.HTML");
        write("c.pdf");
        write("no-extension");

        DropFolderScanner scanner = new DropFolderScanner(drop, drop.resolve(".failed"), List.of("txt", "html"));

        assertThat(scanner.candidates()).containsExactly(nested, top);
    }

    @Test
    void skipsHiddenFilesHiddenFoldersAndTheFailedFolder() throws Exception {
        Path kept = write("kept.md");
        write(".partial.md");
        write(".failed/old.md");
        write(".git/notes.md");
        write("refused/elsewhere.md");

        DropFolderScanner scanner = new DropFolderScanner(drop, drop.resolve("refused"), List.of("md"));

        assertThat(scanner.candidates()).containsExactly(kept);
    }

    @Test
    void aMissingFolderHasNoFiles() {
        DropFolderScanner scanner =
                new DropFolderScanner(drop.resolve("absent"), drop.resolve("absent/.failed"), List.of("txt"));

        assertThat(scanner.candidates()).isEmpty();
    }

    private Path write(String relative) throws Exception {
        Path file = drop.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }
}
