package zonepulse.ingest.publishing;

import zonepulse.events.RawArticle;

/** Publishes raw articles on {@code news.articles.raw}. */
public interface ArticlePublisher {
    /**
     * Publishes the article and returns once the broker acknowledged it.
     *
     * @throws ArticleRejectedException when the broker refused the article itself (bad input: refuse the item)
     * @throws RuntimeException when it was not acknowledged (an outage)
     */
    void publish(RawArticle article);
}
