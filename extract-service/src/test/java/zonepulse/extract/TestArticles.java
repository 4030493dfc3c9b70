package zonepulse.extract;

import java.time.Instant;
import java.util.List;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.ArticleSource;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;

/** Raw articles for the extract-service's tests: realistic text about another city's zone. */
public final class TestArticles {
    public static final String TEXT = "苏州工业园区今年1-6月份规模以上工业总产值达3120.5亿元，同比增长12.3%。" + "5月，总投资50亿元的信达生物创新药产业化基地项目正式开工。";

    private TestArticles() {}

    public static RawArticle article(String content) {
        return RawArticle.of(
                new ArticleSource(SourceType.FILE, "file:///data/drop/suzhou.txt", null),
                Instant.parse("2021-07-20T08:00:00Z"),
                "text/plain",
                content,
                new ArticleMetadata("苏州工业园区上半年经济数据", Instant.parse("2021-07-20T08:00:00Z"), null, List.of()));
    }
}
