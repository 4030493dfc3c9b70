package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import zonepulse.events.Evidence;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;

/**
 * Any input yields events or a typed {@link ExtractionException}, never another exception, within the time limit:
 * property-based inputs (random bytes, random text over the characters rules react to, truncated seeds) and hostile
 * fixtures generated here (deep nesting, a 20 MB document, a YAML bomb, an empty file).
 */
class RobustnessTest {
    private static final Extractor EXTRACTOR = Extractor.create();
    private static final String ALPHABET = "0123456789.%,，。；、：（）()“”《》<>/-—年月日季度前今去明亿万千百十元个家项人"
            + "平方公里倍成近约余多超过逾突破不到以上左右增长下降同比环比占全市的开工签约落地投产建成竣工封顶项目基地中心园区"
            + "等将预计累计截至北京经开区亦庄泰达光谷天津苏州一二三四五六七八九十两〇零\n <p><div></p>---#=&; ";

    private static void assertContractHolds(ExtractionResult r) {
        for (IndicatorEvent e : r.indicators()) {
            assertGrounded(r.cleanText(), e.evidence());
        }
        for (ProjectEvent e : r.projects()) {
            assertGrounded(r.cleanText(), e.evidence());
        }
    }

    private static void assertGrounded(String clean, Evidence ev) {
        assertThat(ev.end()).isLessThanOrEqualTo(clean.length());
        assertThat(clean.substring(ev.start(), ev.end())).isEqualTo(ev.quote());
    }

    /** Extraction of a text either succeeds with grounded events or fails with a typed reason. */
    private static void extractOrRefuse(String text, String mediaType) {
        try {
            assertContractHolds(EXTRACTOR.extract(new ExtractionInput("p", "p.txt", mediaType, text, null, null)));
        } catch (ExtractionException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 150)
    void randomBytesDecodeOrAreRefused(@ForAll @Size(max = 2048) byte[] bytes) {
        try {
            TextDecoder.DecodedText decoded = TextDecoder.decode(bytes, null);
            extractOrRefuse(decoded.text(), "text/plain");
        } catch (ExtractionException e) {
            assertThat(e.reason()).isEqualTo(ExtractionException.Reason.UNDECODABLE);
        }
    }

    @Provide
    Arbitrary<String> ruleText() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(600);
    }

    @Property(tries = 300)
    void textOverTheRulesAlphabetNeverBreaksTheContract(@ForAll("ruleText") String text) {
        extractOrRefuse(text, "text/plain");
    }

    @Property(tries = 100)
    void textAsHtmlNeverBreaksTheContract(@ForAll("ruleText") String text) {
        extractOrRefuse(text, "text/html");
    }

    @Property(tries = 60)
    void truncatedSeedsStillExtract(
            @ForAll @IntRange(min = 0, max = 4) int seed, @ForAll @IntRange(min = 0, max = 100) int percent)
            throws Exception {
        String content = SeedCorpusTest.resource("/seeds/" + SeedCorpusTest.SEEDS.get(seed) + ".txt");
        extractOrRefuse(content.substring(0, content.length() * percent / 100), "text/plain");
    }

    @Test
    void emptyAndBlankDocumentsHaveNoEvents() throws Exception {
        for (String text : List.of("", " ", "\n\n\n", "\uFEFF", "---\n---\n")) {
            ExtractionResult r = EXTRACTOR.extract(new ExtractionInput("e", "e.txt", null, text, null, null));
            assertThat(r.indicators()).isEmpty();
            assertThat(r.projects()).isEmpty();
        }
    }

    @Test
    void deeplyNestedAndUnclosedHtmlIsRead() {
        String html = "<div><span>".repeat(100_000) + "<p>园区新增企业50家。" + "<table><tr><td>".repeat(10_000);
        extractOrRefuse(html, "text/html");
    }

    @Test
    void yamlBombIsNoProblem() throws Exception {
        StringBuilder yaml =
                new StringBuilder("---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
            }
            yaml.append("]\n");
        }
        yaml.append("---\n园区新增企业50家。");
        ExtractionResult r =
                EXTRACTOR.extract(new ExtractionInput("y", "y.md", "text/markdown", yaml.toString(), null, null));
        assertThat(r.indicators()).extracting(IndicatorEvent::value).containsExactly(50.0);
    }

    @Test
    void twentyMegabyteDocumentFinishesWithinTheLimit() throws Exception {
        String seed = SeedCorpusTest.resource("/seeds/004_1c05df24331652f3.txt");
        int copies = (int) (20L * 1024 * 1024 / seed.getBytes(StandardCharsets.UTF_8).length);
        String big = seed.repeat(copies);
        Extractor extractor = Extractor.create(ExtractorConfig.defaults().withTimeLimit(Duration.ofSeconds(30)));
        long started = System.nanoTime();
        try {
            ExtractionResult r =
                    extractor.extract(new ExtractionInput("big", "big.txt", "text/plain", big, null, null));
            assertThat(r.indicators()).isNotEmpty();
        } catch (ExtractionException e) {
            assertThat(e.reason()).isEqualTo(ExtractionException.Reason.TIMEOUT);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(35));
    }

    @Test
    void overTheTimeLimitIsATimeout() throws Exception {
        String seed = SeedCorpusTest.resource("/seeds/003_c6099870205fbbe0.txt").repeat(200);
        Extractor hurried = Extractor.create(ExtractorConfig.defaults().withTimeLimit(Duration.ofMillis(1)));
        assertThatThrownBy(() -> hurried.extract(new ExtractionInput("t", "t.txt", "text/plain", seed, null, null)))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("limit")
                .extracting(e -> ((ExtractionException) e).reason())
                .isEqualTo(ExtractionException.Reason.TIMEOUT);
    }

    @Test
    void overTheSizeLimitIsTooLarge() {
        Extractor small = Extractor.create(ExtractorConfig.defaults().withMaxDocumentChars(100));
        assertThatThrownBy(() -> small.extract(new ExtractionInput("s", "s.txt", null, "园".repeat(101), null, null)))
                .isInstanceOf(ExtractionException.class)
                .extracting(e -> ((ExtractionException) e).reason())
                .isEqualTo(ExtractionException.Reason.TOO_LARGE);
    }

    @Test
    void aLineOfFiguresWithoutPunctuationStaysLinear() {
        String line = "园区1个2家3项4亿元5%6万人".repeat(50_000);
        long started = System.nanoTime();
        extractOrRefuse(line, "text/plain");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(11));
    }
}
