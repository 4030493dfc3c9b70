package zonepulse.ingest.dropfolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DroppedFilesTest {
    @Test
    void canonicalUriIsTheAbsoluteNormalisedFileUri(@TempDir Path folder) {
        Path roundabout = folder.resolve("sub").resolve("..").resolve("新闻 1.txt");

        assertThat(DroppedFiles.canonicalUri(roundabout))
                .isEqualTo(folder.resolve("新闻 1.txt").toUri().toString())
                .startsWith("file:/")
                .contains("%E6%96%B0%E9%97%BB%201.txt");
    }

    @Test
    void relativePathsAreResolvedAgainstTheWorkingDirectory() {
        assertThat(DroppedFiles.canonicalUri(Path.of("a.md")))
                .isEqualTo(Path.of("").toAbsolutePath().resolve("a.md").toUri().toString());
    }

    @Test
    void mediaTypeFollowsTheExtension() {
        assertThat(DroppedFiles.mediaTypeOf(Path.of("a.html"))).isEqualTo("text/html");
        assertThat(DroppedFiles.mediaTypeOf(Path.of("a.HTM"))).isEqualTo("text/html");
        assertThat(DroppedFiles.mediaTypeOf(Path.of("a.md"))).isEqualTo("text/markdown");
        assertThat(DroppedFiles.mediaTypeOf(Path.of("a.txt"))).isEqualTo("text/plain");
        assertThat(DroppedFiles.mediaTypeOf(Path.of("README"))).isEqualTo("text/plain");
    }

    @Test
    void extensionIsLowerCaseWithoutTheDot() {
        assertThat(DroppedFiles.extensionOf(Path.of("x/Report.2021.TXT"))).isEqualTo("txt");
        assertThat(DroppedFiles.extensionOf(Path.of(".hidden"))).isEmpty();
        assertThat(DroppedFiles.extensionOf(Path.of("trailing."))).isEmpty();
        assertThat(DroppedFiles.extensionOf(Path.of("none"))).isEmpty();
    }
}
