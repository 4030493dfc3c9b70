package zonepulse.store;

import java.time.Instant;
import java.util.List;
import zonepulse.events.EventDate;
import zonepulse.events.EventJson;
import zonepulse.events.EventSource;
import zonepulse.events.Examples;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Stage;

/** Contract messages for tests, derived from the contract's shipped examples. */
public final class TestEvents {
    public static final EventJson JSON = new EventJson();

    private TestEvents() {}

    public static IndicatorEvent indicator(String eventId, String articleId, double value) {
        IndicatorEvent e = JSON.read(Examples.indicatorEvent(), IndicatorEvent.class);
        return new IndicatorEvent(
                e.schema(),
                e.type(),
                eventId,
                articleId,
                e.source(),
                e.extractor(),
                e.region(),
                e.indicator(),
                e.measure(),
                value,
                e.upper(),
                e.unit(),
                e.normalized(),
                e.qualifier(),
                e.status(),
                e.period(),
                e.basis(),
                e.evidence(),
                e.confidence());
    }

    public static ProjectEvent project(
            String eventId, String articleId, Stage stage, boolean expected, String dateValue, Instant publishedAt) {
        ProjectEvent e = JSON.read(Examples.projectEvent(), ProjectEvent.class);
        return new ProjectEvent(
                e.schema(),
                e.type(),
                eventId,
                articleId,
                new EventSource("https://example.org/" + articleId, "title", publishedAt),
                e.extractor(),
                e.region(),
                e.confidence(),
                e.evidence(),
                e.name(),
                e.projectKey(),
                stage,
                expected,
                dateValue == null ? null : new EventDate(dateValue, e.date().precision(), null),
                e.investment(),
                e.companies());
    }

    public static ExtractedArticle article(String articleId, List<String> indicatorIds, List<String> projectIds) {
        ExtractedArticle e = JSON.read(Examples.extractedArticle(), ExtractedArticle.class);
        return new ExtractedArticle(
                e.schema(),
                articleId,
                e.contentHash(),
                e.source(),
                e.title(),
                e.publishedAt(),
                e.cleanText(),
                e.fingerprint(),
                e.extractor(),
                indicatorIds,
                projectIds,
                e.elapsedMicros());
    }

    /** An indicator event of one generation of its article: the given extractor and content version. */
    public static IndicatorEvent indicator(
            String eventId, String articleId, double value, String extractor, Instant fetchedAt) {
        IndicatorEvent e = indicator(eventId, articleId, value);
        return new IndicatorEvent(
                e.schema(),
                e.type(),
                eventId,
                articleId,
                new EventSource(
                        "https://example.org/" + articleId, "title", e.source().publishedAt(), fetchedAt),
                extractor,
                e.region(),
                e.indicator(),
                e.measure(),
                value,
                e.upper(),
                e.unit(),
                e.normalized(),
                e.qualifier(),
                e.status(),
                e.period(),
                e.basis(),
                e.evidence(),
                e.confidence());
    }

    /** A project event of one generation of its article, for the named project. */
    public static ProjectEvent project(
            String eventId, String articleId, String projectName, Stage stage, String extractor, Instant fetchedAt) {
        ProjectEvent e = JSON.read(Examples.projectEvent(), ProjectEvent.class);
        return new ProjectEvent(
                e.schema(),
                e.type(),
                eventId,
                articleId,
                new EventSource(
                        "https://example.org/" + articleId, "title", e.source().publishedAt(), fetchedAt),
                extractor,
                e.region(),
                e.confidence(),
                e.evidence(),
                projectName + "项目",
                projectName,
                stage,
                false,
                e.date(),
                e.investment(),
                e.companies());
    }

    /** The summary of one generation of an article. */
    public static ExtractedArticle article(
            String articleId, List<String> indicatorIds, List<String> projectIds, String extractor, Instant fetchedAt) {
        ExtractedArticle e = JSON.read(Examples.extractedArticle(), ExtractedArticle.class);
        return new ExtractedArticle(
                e.schema(),
                articleId,
                zonepulse.events.Ids.sha256Hex(articleId + fetchedAt),
                new EventSource(
                        "https://example.org/" + articleId, "title", e.source().publishedAt(), fetchedAt),
                e.title(),
                e.publishedAt(),
                e.cleanText(),
                e.fingerprint(),
                extractor,
                indicatorIds,
                projectIds,
                e.elapsedMicros());
    }

    /** A 32-hex-char id made from a short label. */
    public static String id(String label) {
        return zonepulse.events.Ids.sha256Hex(label).substring(0, 32);
    }
}
