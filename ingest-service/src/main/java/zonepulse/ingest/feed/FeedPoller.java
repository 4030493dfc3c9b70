package zonepulse.ingest.feed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.Ids;
import zonepulse.events.SourceType;
import zonepulse.ingest.fetch.FetchException;
import zonepulse.ingest.fetch.FetchRequest;
import zonepulse.ingest.fetch.FetchResponse;
import zonepulse.ingest.fetch.PoliteFetcher;
import zonepulse.ingest.fetch.UrlCanonicalizer;
import zonepulse.ingest.page.PageFetcher;
import zonepulse.ingest.source.ArticleIngester;
import zonepulse.ingest.source.PolledSource;
import zonepulse.ingest.source.SourceMetrics;
import zonepulse.ingest.source.SourceStatusBoard;

/**
 * One poll of one feed: a conditional GET (a 304 costs nothing), then every item through the {@link ArticleIngester},
 * as one batch (several items in flight at once; the poll ends when each is finished).
 * The feed's validators (ETag, Last-Modified) are kept only once every item was dealt with, so an outage of Kafka or
 * MongoDB mid-feed leaves the rest to the next poll, which reads the whole feed again; the ledger makes the items
 * already published no-ops. Called from one thread at a time.
 */
public class FeedPoller implements PolledSource {
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    static final String ACCEPT =
            "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9,"
                    + " application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";

    private final FeedsProperties.Feed feed;
    private final PoliteFetcher fetcher;
    private final FeedParser parser;
    private final PageFetcher pages;
    private final ArticleIngester ingester;
    private final SourceMetrics metrics;
    private final SourceStatusBoard board;
    private final String feedUri;
    private final FeedValidatorStore validators;
    private boolean validatorsLoaded;
    private String etag;
    private String lastModified;
    /** Whether an item of the poll in progress could not be had for now and must be read again next time. */
    private boolean itemsToRetry;

    /** A poller whose validators live in this process only. */
    public FeedPoller(
            FeedsProperties.Feed feed,
            PoliteFetcher fetcher,
            FeedParser parser,
            PageFetcher pages,
            ArticleIngester ingester,
            SourceMetrics metrics,
            SourceStatusBoard board) {
        this(feed, fetcher, parser, pages, ingester, metrics, board, FeedValidatorStore.inMemory());
    }

    public FeedPoller(
            FeedsProperties.Feed feed,
            PoliteFetcher fetcher,
            FeedParser parser,
            PageFetcher pages,
            ArticleIngester ingester,
            SourceMetrics metrics,
            SourceStatusBoard board,
            FeedValidatorStore validators) {
        this.validators = validators;
        this.feed = feed;
        this.fetcher = fetcher;
        this.parser = parser;
        this.pages = pages;
        this.ingester = ingester;
        this.metrics = metrics;
        this.board = board;
        this.feedUri = feed.url().toString();
    }

    @Override
    public String name() {
        return feed.name();
    }

    @Override
    public String type() {
        return "feed";
    }

    @Override
    public java.net.URI location() {
        return feed.url();
    }

    @Override
    public java.time.Duration pollInterval() {
        return feed.pollInterval();
    }

    /** Polls once. Never throws: every outcome is logged, counted and shown by {@code GET /api/sources}. */
    @Override
    public void poll() {
        loadValidators();
        FetchResponse response;
        try {
            response = fetcher.fetch(FetchRequest.get(feed.url(), ACCEPT).conditional(etag, lastModified));
        } catch (FetchException e) {
            metrics.fetchFailed(feed.name(), e.failure().code());
            board.polled(feed.name(), "failed", e.reason());
            log.warn("feed {} ({}) not fetched: {}", feed.name(), feed.url(), e.reason());
            if (!e.isTransient()) {
                refuseQuietly(feedUri, "feed " + e.reason());
            }
            return;
        }
        if (response.notModified()) {
            metrics.notModified(feed.name(), response.elapsed());
            board.polled(feed.name(), "not-modified", null);
            log.debug("feed {} not modified", feed.name());
            return;
        }
        metrics.fetched(feed.name(), response.elapsed());
        ParsedFeed parsed;
        try {
            parsed = parser.parse(response.body(), response.contentType());
        } catch (FeedRefusedException e) {
            metrics.fetchFailed(feed.name(), "refused");
            board.polled(feed.name(), "refused", e.getMessage());
            refuseQuietly(feedUri, "feed refused: " + e.getMessage());
            return;
        }
        AtomicInteger published = new AtomicInteger();
        AtomicReference<String> outage = new AtomicReference<>();
        itemsToRetry = false;
        try (ArticleIngester.Batch batch = ingester.batch()) {
            for (FeedItem item : parsed.items()) {
                if (outage.get() != null || batch.outage()) {
                    break;
                }
                try {
                    ingestItem(item, batch, result -> {
                        if (result.published()) {
                            published.incrementAndGet();
                        } else if (result.unavailable()) {
                            outage.compareAndSet(null, result.reason());
                        }
                    });
                } catch (RuntimeException e) {
                    outage.compareAndSet(null, e.toString());
                }
            }
        } // waits for the items in flight
        if (outage.get() != null) {
            board.polled(feed.name(), "outage", outage.get());
            log.warn(
                    "feed {}: Kafka or MongoDB unavailable, the rest of the feed waits for the next poll: {}",
                    feed.name(),
                    outage.get());
            return;
        }
        if (itemsToRetry) {
            // an item's page could not be had for now: the validators stay as they were, so the next poll reads the
            // feed whole again and fetches that page again (the ledger skips what was published)
            board.polled(feed.name(), "retryable", "an item's page could not be fetched for now");
        } else {
            etag = response.etag();
            lastModified = response.lastModified();
            saveValidators();
            board.polled(feed.name(), "ok", null);
        }
        log.info(
                "feed {}: {} items ({}), {} published",
                feed.name(),
                parsed.items().size(),
                parsed.format(),
                published.get());
    }

    /** The validators the last complete poll left, once: after a restart the first poll is conditional too. */
    private void loadValidators() {
        if (validatorsLoaded) {
            return;
        }
        try {
            validators.load(feedUri).ifPresent(v -> {
                etag = v.etag();
                lastModified = v.lastModified();
            });
            validatorsLoaded = true;
        } catch (RuntimeException e) {
            // MongoDB unavailable: this poll fetches the whole feed, and the ledger skips what was published
            log.warn("feed {}: validators not loaded ({}), fetching the whole feed", feed.name(), e.toString());
        }
    }

    private void saveValidators() {
        try {
            validators.save(feedUri, new FeedValidatorStore.Validators(etag, lastModified));
        } catch (RuntimeException e) {
            // kept in memory; only a restart before the next save costs a full fetch
            log.warn("feed {}: validators not saved: {}", feed.name(), e.toString());
        }
    }

    /**
     * Submits the item to the batch, or refuses it and records why.
     *
     * @param whenDone called with the result of an item submitted, once the batch finished it
     * @throws RuntimeException only for an outage of MongoDB while a bad item's refusal was recorded or the ledger
     *     asked whether a page was published
     */
    private void ingestItem(FeedItem item, ArticleIngester.Batch batch, Consumer<ArticleIngester.Result> whenDone) {
        board.itemSeen(feed.name());
        URI link;
        String uri;
        try {
            link = linkOf(item);
            uri = canonicalUriOf(item, link);
        } catch (RuntimeException e) {
            // an item whose link cannot even be named: recorded under the feed, with the item's title
            String where = UrlCanonicalizer.canonical(feedUri) + "#invalid="
                    + URLEncoder.encode(String.valueOf(item.link()), StandardCharsets.UTF_8);
            ingester.refuse(
                    feed.name(),
                    SourceType.FEED,
                    where,
                    "invalid-item: " + e.getMessage() + " (title " + item.title() + ")");
            return;
        }
        String content = item.content();
        String mediaType = item.html() ? "text/html" : "text/plain";
        if (link != null && needsPage(item)) {
            if (ingester.isPublished(uri)) {
                metrics.duplicate(feed.name());
                board.duplicate(feed.name());
                return; // its page was fetched and published before: not fetched again on every poll
            }
            batch.flush(); // what is gathered goes out while the page is fetched (politely: it may take seconds)
            try {
                PageFetcher.Page page = pages.fetch(link);
                content = page.text();
                mediaType = page.mediaType();
            } catch (FetchException e) {
                metrics.fetchFailed(feed.name(), e.failure().code());
                if (content == null || content.isBlank()) {
                    if (e.isTransient()) {
                        // the page's host or its robots.txt is unreachable: not now, not never (issue 12)
                        ingester.retryLater(feed.name(), SourceType.FEED, uri, "page " + e.reason());
                        itemsToRetry = true;
                    } else {
                        ingester.refuse(feed.name(), SourceType.FEED, uri, "page " + e.reason());
                    }
                    return;
                }
                log.info(
                        "feed {}: page {} not fetched ({}), the item's summary is published",
                        feed.name(),
                        link,
                        e.reason());
            }
        }
        if (content == null || content.isBlank()) {
            ingester.refuse(
                    feed.name(), SourceType.FEED, uri, "empty: the item has no content and no page was fetched");
            return;
        }
        ArticleMetadata metadata = new ArticleMetadata(
                item.title(), item.publishedAt(), item.author(), item.categories(), item.link(), null, null);
        batch.submit(
                new ArticleIngester.Candidate(feed.name(), SourceType.FEED, uri, feedUri, mediaType, content, metadata),
                whenDone);
    }

    private boolean needsPage(FeedItem item) {
        return switch (feed.fetchPages()) {
            case NEVER -> false;
            case ALWAYS -> true;
            case SUMMARY_ONLY -> !item.fullContent() && textLength(item) < feed.minContentLength();
        };
    }

    private static int textLength(FeedItem item) {
        if (item.content() == null) {
            return 0;
        }
        return (item.html() ? Jsoup.parse(item.content()).text() : item.content())
                .strip()
                .length();
    }

    /** The item's link, resolved against the feed's URL, when it is an http(s) URL. */
    private URI linkOf(FeedItem item) {
        if (item.link() == null) {
            return null;
        }
        try {
            URI link = feed.url().resolve(UrlCanonicalizer.toUri(item.link()));
            String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && link.getHost() != null ? link : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The link's canonical form; without a link, the feed's URL with the item's guid, else with its content hash. */
    private String canonicalUriOf(FeedItem item, URI link) {
        if (link != null) {
            return UrlCanonicalizer.canonical(link.toString());
        }
        String base = UrlCanonicalizer.canonical(feedUri);
        if (item.guid() != null) {
            return base + "#guid=" + URLEncoder.encode(item.guid(), StandardCharsets.UTF_8);
        }
        return base + "#sha256=" + Ids.sha256Hex(String.valueOf(item.title()) + '\u0000' + item.content());
    }

    private void refuseQuietly(String uri, String reason) {
        try {
            ingester.refuse(feed.name(), SourceType.FEED, UrlCanonicalizer.canonical(uri), reason);
        } catch (RuntimeException e) {
            log.warn("feed {}: refusal not recorded in the ledger ({}): {}", feed.name(), e.toString(), reason);
        }
    }
}
