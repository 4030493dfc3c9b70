package zonepulse.ingest.feed;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls every enabled feed on its own schedule (fixed delay: a slow poll is never overlapped by the next), on a small
 * pool of threads, from the start of the application context to its stop.
 */
public class FeedSources implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(FeedSources.class);
    private static final int THREADS = 2;
    private static final long STOP_TIMEOUT_SECONDS = 30;

    private final List<FeedPoller> pollers;
    private final List<FeedsProperties.Feed> feeds;
    private ScheduledExecutorService executor;

    public FeedSources(List<FeedsProperties.Feed> feeds, List<FeedPoller> pollers) {
        this.feeds = feeds;
        this.pollers = pollers;
    }

    @Override
    public synchronized void start() {
        if (pollers.isEmpty()) {
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(Math.min(THREADS, pollers.size()), runnable -> {
            Thread thread = new Thread(runnable, "feed-poller-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < pollers.size(); i++) {
            FeedPoller poller = pollers.get(i);
            FeedsProperties.Feed feed = feeds.get(i);
            executor.scheduleWithFixedDelay(
                    () -> pollSafely(poller), i * 100L, feed.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            log.info("polling feed {} ({}) every {}", feed.name(), feed.url(), feed.pollInterval());
        }
    }

    private static void pollSafely(FeedPoller poller) {
        try {
            poller.poll();
        } catch (RuntimeException e) {
            log.error("feed {}: poll failed", poller.name(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
