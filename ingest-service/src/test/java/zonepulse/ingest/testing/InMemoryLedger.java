package zonepulse.ingest.testing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import zonepulse.ingest.ledger.IngestLedger;
import zonepulse.ingest.ledger.LedgerEntry;
import zonepulse.ingest.ledger.LedgerStatus;

/** The ledger's contract in a map, with the source of each entry. */
public final class InMemoryLedger implements IngestLedger {
    private final Map<String, LedgerEntry> entries = new ConcurrentHashMap<>();
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private volatile boolean down;

    public void down(boolean down) {
        this.down = down;
    }

    @Override
    public Optional<LedgerEntry> find(String canonicalUri) {
        check();
        return Optional.ofNullable(entries.get(canonicalUri));
    }

    @Override
    public void recordPublished(String canonicalUri, String articleId, String contentHash, Instant at) {
        recordPublished(canonicalUri, articleId, contentHash, null, at);
    }

    @Override
    public void recordPublished(String canonicalUri, String articleId, String contentHash, String source, Instant at) {
        check();
        LedgerEntry old = entries.get(canonicalUri);
        entries.put(
                canonicalUri,
                new LedgerEntry(
                        canonicalUri,
                        articleId,
                        contentHash,
                        LedgerStatus.PUBLISHED,
                        null,
                        old == null ? 1 : old.publishedCount() + 1,
                        at));
        if (source != null) {
            sources.put(canonicalUri, source);
        }
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
