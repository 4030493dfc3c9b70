package zonepulse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zonepulse.events.RawArticle;
import zonepulse.extraction.ExtractionInput;
import zonepulse.extraction.Extractor;

class WorkloadTest {
    private static final Corpus CORPUS = new Corpus(List.of(
            new Corpus.Document(
                    "a.txt", "text/plain", "---\ntitle: 'A'\ndate: Thu, 14 Oct 2021 02:06:51 GMT\n---\n\n正文A\n"),
            new Corpus.Document("b.html", "text/html", "<html><body><p>2021年3月5日 正文B</p></body></html>"),
            new Corpus.Document("c.txt", "text/plain", "正文C，今年1-8月完成投资10亿元。\n")));

    @Test
    void theSameSeedGivesTheSameArticlesInAnyOrderOfAsking() {
        List<Workload.Article> forwards = new Workload(CORPUS, 7).articles("throughput", 0, 50);
        Workload again = new Workload(CORPUS, 7);
        for (int i = 49; i >= 0; i--) {
            assertThat(again.article("throughput", i)).isEqualTo(forwards.get(i));
        }
    }

    @Test
    void anotherSeedOrLabelGivesOtherDates() {
        List<LocalDate> one = dates(new Workload(CORPUS, 7).articles("throughput", 0, 30));
        assertThat(dates(new Workload(CORPUS, 8).articles("throughput", 0, 30))).isNotEqualTo(one);
        assertThat(dates(new Workload(CORPUS, 7).articles("e2e-burst", 0, 30))).isNotEqualTo(one);
    }

    @Test
    void everyArticleHasItsOwnNameAndArticleIdAndEveryDocumentComesInTurn() {
        List<Workload.Article> articles = new Workload(CORPUS, 7).articles("throughput", 0, 30);
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Workload.Article article : articles) {
            names.add(article.name());
            ids.add(article.raw(java.time.Instant.EPOCH).articleId());
        }
        assertThat(names).hasSize(30);
        assertThat(ids).hasSize(30);
        // three documents, taken in turn: each ten times, its extension (so its media type) kept
        assertThat(articles.stream().filter(a -> a.name().endsWith("-b.html")))
                .hasSize(10)
                .allMatch(a -> a.mediaType().equals("text/html"));
    }

    @Test
    void aVariantIsTheDocumentWithItsOwnPublicationDateWhichTheEngineReads() throws Exception {
        Extractor engine = Extractor.create();
        for (Workload.Article article : new Workload(CORPUS, 3).articles("throughput", 0, 3)) {
            RawArticle raw = article.raw(java.time.Instant.EPOCH);
            assertThat(raw.source().uri()).isEqualTo(Workload.URI_PREFIX + article.name());
            var result = engine.extract(ExtractionInput.of(raw));
            assertThat(result.source().publishedAt())
                    .isEqualTo(article.published()
                            .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                            .toInstant());
        }
    }

    @Test
    void theDateLineOfAFrontMatterIsReplacedAndTheRestKept() {
        String text = "---\ntitle: 'A'\ndate: Thu, 14 Oct 2021 02:06:51 GMT\nauthor: x\n---\n正文\n";
        assertThat(Workload.withPublicationDate(text, LocalDate.of(2019, 2, 3)))
                .isEqualTo("---\ntitle: 'A'\ndate: Sun, 3 Feb 2019 02:00:00 GMT\nauthor: x\n---\n正文\n");
    }

    @Test
    void aFrontMatterWithoutADateGetsOneAndATextWithoutFrontMatterGetsOne() {
        assertThat(Workload.withPublicationDate("---\ntitle: 'A'\n  date: nested\n---\n正文", LocalDate.of(2019, 2, 3)))
                .isEqualTo("---\ndate: Sun, 3 Feb 2019 02:00:00 GMT\ntitle: 'A'\n  date: nested\n---\n正文");
        assertThat(Workload.withPublicationDate("<p>正文</p>", LocalDate.of(2019, 2, 3)))
                .isEqualTo("---\ndate: Sun, 3 Feb 2019 02:00:00 GMT\n---\n<p>正文</p>");
    }

    private static List<LocalDate> dates(List<Workload.Article> articles) {
        return articles.stream().map(Workload.Article::published).toList();
    }
}
