package zonepulse.ingest.ledger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the ledger entries of acknowledged publishes, off the threads that publish and off Kafka's (an
 * acknowledgement arrives on the producer's network thread, which must never wait for MongoDB). Each write is queued;
 * one writer thread takes whatever is queued and records the publications among it in one bulk write
 * ({@link IngestLedger#recordPublished}), so while one bulk is under way the next acknowledgements gather: a burst of
 * a few hundred costs a few round trips, not one each. The refusals of articles the broker rejected go through the
 * same queue, so no write on an item overtakes an earlier one.
 *
 * <p>Each write's future completes once it is in the ledger, or exceptionally when it is not (MongoDB unreachable,
 * the {@code mongodb} circuit breaker open): a bulk that fails fails every publication in it, which are then on the
 * topic and not in the ledger, and their sources publish them again on a later poll (at least once on the wire, as
 * before; the ledger's idempotent bulk never counts a version twice).
 */
@Component
public class LedgerWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LedgerWriter.class);
    private static final long CLOSE_TIMEOUT_SECONDS = 30;

    private final IngestLedger ledger;
    private final CircuitBreaker mongodb;
    private final BlockingQueue<Write> queue = new LinkedBlockingQueue<>();
    private final ThreadPoolExecutor writer;

    public LedgerWriter(IngestLedger ledger, CircuitBreakerRegistry breakers) {
        this.ledger = ledger;
        this.mongodb = breakers.circuitBreaker("mongodb");
        AtomicInteger threads = new AtomicInteger();
        // one thread, so that writes happen in the order they were queued; it ends when idle for a minute
        this.writer = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "ingest-ledger-writer-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.writer.allowCoreThreadTimeOut(true);
    }

    /** Queues the publication's ledger entry; the future completes once it is written. Never blocks, never throws. */
    public CompletableFuture<Void> recordPublished(Publication publication) {
        return enqueue(new Write(publication, null));
    }

    /** Queues the record of a refusal ({@link IngestLedger#recordFailed}); the future completes once it is written. */
    public CompletableFuture<Void> recordFailed(
            String canonicalUri, String articleId, String reason, String source, Instant at) {
        return enqueue(new Write(null, () -> ledger.recordFailed(canonicalUri, articleId, reason, source, at)));
    }

    private CompletableFuture<Void> enqueue(Write write) {
        queue.add(write);
        try {
            // every write queues a drain; a drain takes everything queued by then, so most later ones find nothing
            writer.execute(this::drain);
        } catch (RejectedExecutionException e) {
            if (queue.remove(write)) {
                write.done().completeExceptionally(new IllegalStateException("the ledger writer is closed", e));
            }
        }
        return write.done();
    }

    private void drain() {
        List<Write> writes = new ArrayList<>();
        queue.drainTo(writes);
        List<Write> bulk = new ArrayList<>();
        for (Write write : writes) {
            if (write.publication() != null) {
                bulk.add(write);
            } else {
                writeBulk(bulk);
                bulk = new ArrayList<>();
                writeOne(write);
            }
        }
        writeBulk(bulk);
    }

    private void writeBulk(List<Write> bulk) {
        if (bulk.isEmpty()) {
            return;
        }
        List<Publication> publications = bulk.stream().map(Write::publication).toList();
        try {
            mongodb.executeRunnable(() -> ledger.recordPublished(publications));
        } catch (RuntimeException e) {
            log.warn(
                    "{} published articles not recorded in the ledger, their sources publish them again: {}",
                    bulk.size(),
                    e.toString());
            bulk.forEach(write -> write.done().completeExceptionally(e));
            return;
        }
        bulk.forEach(write -> write.done().complete(null));
    }

    private void writeOne(Write write) {
        try {
            mongodb.executeRunnable(write.single());
            write.done().complete(null);
        } catch (RuntimeException e) {
            write.done().completeExceptionally(e);
        }
    }

    /** Writes what is queued, then stops the writer thread; called when the application stops. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
        IllegalStateException closed = new IllegalStateException("the ledger writer is closed");
        for (Write write = queue.poll(); write != null; write = queue.poll()) {
            write.done().completeExceptionally(closed);
        }
    }

    /** A publication to record in bulk, or a single write. */
    private record Write(Publication publication, Runnable single, CompletableFuture<Void> done) {
        Write(Publication publication, Runnable single) {
            this(publication, single, new CompletableFuture<>());
        }
    }
}
