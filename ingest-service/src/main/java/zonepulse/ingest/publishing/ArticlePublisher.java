package zonepulse.ingest.publishing;

import java.util.concurrent.CompletableFuture;
import zonepulse.events.RawArticle;

/** Publishes raw articles on {@code news.articles.raw}. */
public interface ArticlePublisher {
    /**
     * Sends the article without waiting for the broker. Returns once the producer has taken it (at once, unless its
     * buffer is full or the topic's metadata is not known yet: then up to the producer's {@code max.block.ms}).
     *
     * @return completes when the broker acknowledged the article; exceptionally with {@link ArticleRejectedException}
     *     when the broker refused the article itself (bad input: refuse the item), or with any other exception when it
     *     was not acknowledged (an outage: the article may not be on the topic). Never null; this method never throws.
     */
    CompletableFuture<Void> send(RawArticle article);
}
