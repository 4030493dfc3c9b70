package zonepulse.extraction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zonepulse.events.EventJson;
import zonepulse.events.Ids;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;

class ExtractCliTest {
    @TempDir
    Path dir;

    private record Run(int code, List<String> out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExtractCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        return new Run(
                code, text.isEmpty() ? List.of() : List.of(text.split("\n")), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsOneContractEventPerLineForEveryFileOfADirectory() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "今年1-8月份，泰达规模以上工业总产值达2356.8亿元，同比增长6.4%。");
        Files.write(
                dir.resolve("b.html"),
                "<html><body><p>光谷长江存储二期项目开工建设。</p></body></html>".getBytes(Charset.forName("GBK")));
        Files.writeString(dir.resolve("ignored.json"), "{}");
        Run r = run("--published", "2022-08-15", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).hasSize(3);
        EventJson json = new EventJson();
        IndicatorEvent first = json.read(r.out().get(0), IndicatorEvent.class);
        assertThat(first.source().uri()).isEqualTo(dir.resolve("a.txt").toString());
        assertThat(first.articleId())
                .isEqualTo(Ids.articleId(dir.resolve("a.txt")
                        .toAbsolutePath()
                        .normalize()
                        .toUri()
                        .toString()));
        assertThat(first.period().start().getYear()).isEqualTo(2022);
        ProjectEvent project = json.read(r.out().get(2), ProjectEvent.class);
        assertThat(project.name()).isEqualTo("光谷长江存储二期项目");
        assertThat(project.projectKey()).isEqualTo("长江存储二期");
    }

    @Test
    void aFailingFileIsReportedAndTheOthersStillProcessed() throws Exception {
        byte[] binary = new byte[2048];
        new java.util.Random(7).nextBytes(binary);
        Files.write(dir.resolve("a_bad.txt"), binary);
        Files.writeString(dir.resolve("b_good.txt"), "园区新增企业50家。");
        Run r = run(dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("a_bad.txt").contains("UNDECODABLE").contains("undecodable");
        assertThat(r.out()).hasSize(1);
    }

    @Test
    void missingPathAndBadUsage() {
        assertThat(run(dir.resolve("nope.txt").toString()).code()).isEqualTo(1);
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("--published", "yesterday", "x").code()).isEqualTo(2);
    }

    @Test
    void mediaTypeFromExtensionOrContent() {
        assertThat(ExtractCli.mediaType(Path.of("a.htm"), "")).isEqualTo("text/html");
        assertThat(ExtractCli.mediaType(Path.of("a.md"), "")).isEqualTo("text/markdown");
        assertThat(ExtractCli.mediaType(Path.of("a.txt"), "<div>x</div>")).isEqualTo("text/html");
        assertThat(ExtractCli.mediaType(Path.of("a.txt"), "纯文本")).isEqualTo("text/plain");
    }
}
