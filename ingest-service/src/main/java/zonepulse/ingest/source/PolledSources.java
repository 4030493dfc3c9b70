package zonepulse.ingest.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link PolledSource} on its own schedule (fixed delay: a slow poll is never overlapped by the next), on
 * a small pool of threads, from the start of the application context to its stop. A stop lets the items in flight
 * finish, so no publish is cut off before its ledger entry is written.
 */
@Component
public class PolledSources implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(PolledSources.class);
    private static final int MAX_THREADS = 4;
    private static final long STOP_TIMEOUT_SECONDS = 30;

    private final List<PolledSource> sources;
    private final SourceStatusBoard board;
    private ScheduledExecutorService executor;

    public PolledSources(List<PolledSource> sources, List<PolledSourceCatalog> catalogs, SourceStatusBoard board) {
        List<PolledSource> all = new ArrayList<>(sources);
        catalogs.forEach(catalog -> all.addAll(catalog.sources()));
        Set<String> names = new HashSet<>();
        for (PolledSource source : all) {
            if (!names.add(source.name())) {
                throw new IllegalStateException("two sources are named " + source.name() + ": names must be unique");
            }
            board.register(source.name(), source.type(), source.location(), source.pollInterval());
        }
        this.sources = List.copyOf(all);
        this.board = board;
    }

    /** The sources, in the order they were declared. */
    public List<PolledSource> sources() {
        return sources;
    }

    @Override
    public synchronized void start() {
        if (sources.isEmpty() || executor != null) {
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(Math.min(MAX_THREADS, sources.size()), runnable -> {
            Thread thread = new Thread(runnable, "source-poller-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < sources.size(); i++) {
            PolledSource source = sources.get(i);
            source.open();
            // staggered, so that many sources do not all poll in the same instant
            executor.scheduleWithFixedDelay(
                    () -> pollSafely(source), i * 100L, source.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            log.info(
                    "polling {} {} ({}) every {}",
                    source.type(),
                    source.name(),
                    source.location(),
                    source.pollInterval());
        }
    }

    private void pollSafely(PolledSource source) {
        try {
            source.poll();
        } catch (RuntimeException e) {
            // a failing source must not end its schedule: a later poll may succeed
            log.error("{} {}: poll failed", source.type(), source.name(), e);
            board.polled(source.name(), "failed", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        sources.forEach(PolledSource::stop);
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
