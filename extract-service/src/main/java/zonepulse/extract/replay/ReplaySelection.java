package zonepulse.extract.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;

/**
 * Which raw articles a replay re-extracts: those matching every criterion given (none given: all of them). Time
 * ranges are half-open, {@code [from, until)}.
 *
 * @param fetchedFrom fetched at or after this instant, or null
 * @param fetchedUntil fetched before this instant, or null
 * @param publishedFrom published (as the source stated it, {@code metadata.publishedAt}) at or after this instant, or
 *     null; an article whose source stated no publication time is not selected by a published range
 * @param publishedUntil published before this instant, or null
 * @param sourceType the kind of source (file, feed, http), or null
 * @param uriPrefix the start of the article's canonical URI ({@code source.uri}), e.g. {@code https://news.example.org/},
 *     or null
 * @param feed the URL of the feed the article came from ({@code source.feed}, the feed's URL as configured in
 *     ingest-service: the raw article carries the feed's URL, not its configured name), or null
 * @param region a place the article's text names (e.g. 苏州工业园区), or null
 */
public record ReplaySelection(
        Instant fetchedFrom,
        Instant fetchedUntil,
        Instant publishedFrom,
        Instant publishedUntil,
        SourceType sourceType,
        String uriPrefix,
        String feed,
        String region) {

    public ReplaySelection {
        requireOrdered("fetched", fetchedFrom, fetchedUntil);
        requireOrdered("published", publishedFrom, publishedUntil);
        uriPrefix = nonBlankOrNull("uri-prefix", uriPrefix);
        feed = nonBlankOrNull("feed", feed);
        region = nonBlankOrNull("region", region);
    }

    /** Every raw article. */
    public static ReplaySelection everything() {
        return new ReplaySelection(null, null, null, null, null, null, null, null);
    }

    /** True when no criterion is given. */
    public boolean isEverything() {
        return equals(everything());
    }

    public ReplaySelection withFetched(Instant from, Instant until) {
        return new ReplaySelection(from, until, publishedFrom, publishedUntil, sourceType, uriPrefix, feed, region);
    }

    public ReplaySelection withPublished(Instant from, Instant until) {
        return new ReplaySelection(fetchedFrom, fetchedUntil, from, until, sourceType, uriPrefix, feed, region);
    }

    public ReplaySelection withSourceType(SourceType type) {
        return new ReplaySelection(
                fetchedFrom, fetchedUntil, publishedFrom, publishedUntil, type, uriPrefix, feed, region);
    }

    public ReplaySelection withUriPrefix(String prefix) {
        return new ReplaySelection(
                fetchedFrom, fetchedUntil, publishedFrom, publishedUntil, sourceType, prefix, feed, region);
    }

    public ReplaySelection withFeed(String feedUrl) {
        return new ReplaySelection(
                fetchedFrom, fetchedUntil, publishedFrom, publishedUntil, sourceType, uriPrefix, feedUrl, region);
    }

    public ReplaySelection withRegion(String place) {
        return new ReplaySelection(
                fetchedFrom, fetchedUntil, publishedFrom, publishedUntil, sourceType, uriPrefix, feed, place);
    }

    /** True when the article matches every criterion given. */
    public boolean selects(RawArticle article) {
        return within(article.fetchedAt(), fetchedFrom, fetchedUntil)
                && (publishedFrom == null && publishedUntil == null
                        || article.metadata().publishedAt() != null
                                && within(article.metadata().publishedAt(), publishedFrom, publishedUntil))
                && (sourceType == null || sourceType == article.source().type())
                && (uriPrefix == null || article.source().uri().startsWith(uriPrefix))
                && (feed == null || feed.equals(article.source().feed()))
                && (region == null || article.content().contains(region));
    }

    /**
     * An instant as an operator writes it: ISO-8601 ({@code 2024-03-01T08:00:00Z}, {@code 2024-03-01T16:00:00+08:00})
     * or a day ({@code 2024-03-01}: its start, in UTC).
     */
    public static Instant instantOrDay(String text) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "not a day (2024-03-01) or an ISO-8601 instant (2024-03-01T08:00:00Z): " + text, e);
        }
    }

    private static boolean within(Instant at, Instant from, Instant until) {
        return (from == null || !at.isBefore(from)) && (until == null || at.isBefore(until));
    }

    private static void requireOrdered(String what, Instant from, Instant until) {
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException(
                    what + "-from (" + from + ") must be before " + what + "-until (" + until + ")");
        }
    }

    private static String nonBlankOrNull(String what, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank when given");
        }
        return value;
    }
}
