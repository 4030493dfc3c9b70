package zonepulse.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    @TempDir
    Path root;

    @Test
    void readsTheSeedsAndTheDevDocumentsInPathOrderDecodedAndTyped() throws Exception {
        Files.createDirectories(root.resolve("seeds"));
        Files.createDirectories(root.resolve("dev/docs"));
        Files.writeString(root.resolve("seeds/002.txt"), "二");
        Files.writeString(root.resolve("seeds/001.txt"), "一");
        Files.write(root.resolve("dev/docs/d01.html"), "<p>开发区</p>".getBytes(Charset.forName("GB18030")));
        Files.writeString(root.resolve("dev/docs/notes.json"), "{}");

        Corpus corpus = Corpus.load(root);

        assertThat(corpus.documents())
                .extracting(Corpus.Document::fileName)
                .containsExactly("001.txt", "002.txt", "d01.html");
        assertThat(corpus.documents().get(2).mediaType()).isEqualTo("text/html");
        assertThat(corpus.documents().get(2).text()).isEqualTo("<p>开发区</p>");
    }

    @Test
    void aMissingFolderIsAnErrorThatSaysWhereTheCorpusIsGiven() {
        assertThatThrownBy(() -> Corpus.load(root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seeds")
                .hasMessageContaining("--corpus");
    }
}
