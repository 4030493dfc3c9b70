package zonepulse.ingest.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import zonepulse.ingest.ledger.IngestLedger;
import zonepulse.ingest.ledger.LedgerEntry;
import zonepulse.ingest.ledger.LedgerStatus;
import zonepulse.ingest.ledger.Publication;

/** The ledger's contract in a map, with the source of each entry. */
public final class InMemoryLedger implements IngestLedger {
    private final Map<String, LedgerEntry> entries = new ConcurrentHashMap<>();
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final AtomicInteger bulks = new AtomicInteger();
    private volatile boolean down;

    public void down(boolean down) {
        this.down = down;
    }

    @Override
    public Map<String, LedgerEntry> findAll(Collection<String> canonicalUris) {
        check();
        Map<String, LedgerEntry> found = new HashMap<>();
        canonicalUris.forEach(uri -> Optional.ofNullable(entries.get(uri)).ifPresent(entry -> found.put(uri, entry)));
        return found;
    }

    @Override
    public void recordPublished(List<Publication> publications) {
        check();
        bulks.incrementAndGet();
        for (Publication publication : publications) {
            String canonicalUri = publication.canonicalUri();
            LedgerEntry old = entries.get(canonicalUri);
            if (old != null && publication.contentHash().equals(old.contentHash())) {
                continue; // recorded already: the ledger's writes are idempotent
            }
            entries.put(
                    canonicalUri,
                    new LedgerEntry(
                            canonicalUri,
                            publication.articleId(),
                            publication.contentHash(),
                            LedgerStatus.PUBLISHED,
                            null,
                            old == null ? 1 : old.publishedCount() + 1,
                            publication.at()));
            if (publication.source() != null) {
                sources.put(canonicalUri, publication.source());
            }
        }
    }

    /** How many bulk writes of publications it took. */
    public int bulks() {
        return bulks.get();
    }

    @Override
    public void recordFailed(String canonicalUri, String articleId, String reason, Instant at) {
        recordFailed(canonicalUri, articleId, reason, null, at);
    }

    @Override
    public void recordFailed(String canonicalUri, String articleId, String reason, String source, Instant at) {
        recordNotPublished(canonicalUri, articleId, LedgerStatus.FAILED, reason, source, at);
    }

    @Override
    public void recordRetryable(String canonicalUri, String articleId, String reason, String source, Instant at) {
        recordNotPublished(canonicalUri, articleId, LedgerStatus.RETRYABLE, reason, source, at);
    }

    private void recordNotPublished(
            String canonicalUri, String articleId, LedgerStatus status, String reason, String source, Instant at) {
        check();
        LedgerEntry old = entries.get(canonicalUri);
        entries.put(
                canonicalUri,
                new LedgerEntry(
                        canonicalUri,
                        articleId,
                        old == null ? null : old.contentHash(),
                        status,
                        reason,
                        old == null ? 0 : old.publishedCount(),
                        at));
        if (source != null) {
            sources.put(canonicalUri, source);
        }
    }

    public Map<String, LedgerEntry> entries() {
        return Map.copyOf(entries);
    }

    public String sourceOf(String canonicalUri) {
        return sources.get(canonicalUri);
    }

    private void check() {
        if (down) {
            throw new IllegalStateException("MongoDB is down (test)");
        }
    }
}
