package zonepulse.ingest.publishing;

import zonepulse.events.RawArticle;

/** Publishes raw articles on {@code news.articles.raw}. */
public interface ArticlePublisher {
    /**
     * Publishes the article and returns once the broker acknowledged it.
     *
     * @throws RuntimeException when it was not acknowledged (an outage, never bad input)
     */
    void publish(RawArticle article);
}
