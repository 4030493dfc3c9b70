package zonepulse.ingest.testing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import zonepulse.events.RawArticle;
import zonepulse.ingest.publishing.ArticlePublisher;

/**
 * Remembers what it published, acknowledged at once; fails every publish while {@link #down} is set, as Kafka away
 * would.
 */
public final class RecordingPublisher implements ArticlePublisher {
    private final List<RawArticle> published = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    public void down(boolean down) {
        this.down = down;
    }

    @Override
    public CompletableFuture<Void> send(RawArticle article) {
        if (down) {
            return CompletableFuture.failedFuture(new IllegalStateException("Kafka is down (test)"));
        }
        published.add(article);
        return CompletableFuture.completedFuture(null);
    }

    public List<RawArticle> published() {
        return List.copyOf(published);
    }
}
