package zonepulse.extraction;

import java.time.Duration;
import java.util.List;
import zonepulse.events.EventSource;
import zonepulse.events.ExtractedArticle;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;

/**
 * What one document yielded.
 *
 * @param articleId the article
 * @param source the article's uri, title and publication time, as carried on each event
 * @param cleanText the clean text every event's evidence offsets point into
 * @param fingerprint 64-bit SimHash of the clean text, 16 hex chars
 * @param extractor "name/version"
 * @param indicators the indicator events, in text order
 * @param projects the project events, in text order
 * @param elapsed time spent
 */
public record ExtractionResult(
        String articleId,
        EventSource source,
        String cleanText,
        String fingerprint,
        String extractor,
        List<IndicatorEvent> indicators,
        List<ProjectEvent> projects,
        Duration elapsed) {

    public ExtractionResult {
        indicators = List.copyOf(indicators);
        projects = List.copyOf(projects);
    }

    /** The summary message for {@code news.articles.extracted}. */
    public ExtractedArticle toExtractedArticle(String contentHash) {
        return new ExtractedArticle(
                ExtractedArticle.SCHEMA,
                articleId,
                contentHash,
                source,
                source.title(),
                source.publishedAt(),
                cleanText,
                fingerprint,
                extractor,
                indicators.stream().map(IndicatorEvent::eventId).toList(),
                projects.stream().map(ProjectEvent::eventId).toList(),
                elapsed.toNanos() / 1000);
    }
}
