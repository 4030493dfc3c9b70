package zonepulse.ingest.dropfolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailedFilesTest {
    @TempDir
    Path drop;

    @Test
    void movesAFileToItsRelativePathInTheFailedFolder() throws Exception {
        Path file = Files.createDirectories(drop.resolve("2021")).resolve("bad.txt");
        Files.writeString(file, "first");
        FailedFiles failed = new FailedFiles(drop, drop.resolve(".failed"));

        Path movedTo = failed.moveAside(file);

        assertThat(movedTo).isEqualTo(drop.resolve(".failed/2021/bad.txt"));
        assertThat(file).doesNotExist();
        assertThat(movedTo).hasContent("first");
    }

    @Test
    void aNameTakenByAnEarlierRefusalGetsACounter() throws Exception {
        FailedFiles failed = new FailedFiles(drop, drop.resolve(".failed"));
        Path file = drop.resolve("bad.txt");

        Files.writeString(file, "first");
        Path first = failed.moveAside(file);
        Files.writeString(file, "second");
        Path second = failed.moveAside(file);
        Files.writeString(file, "third");
        Path third = failed.moveAside(file);

        assertThat(first).hasFileName("bad.txt").hasContent("first");
        assertThat(second).hasFileName("bad.1.txt").hasContent("second");
        assertThat(third).hasFileName("bad.2.txt").hasContent("third");
    }
}
