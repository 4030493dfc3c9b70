package zonepulse.ingest.feed;

import java.util.List;

/**
 * A parsed feed.
 *
 * @param format rss_2.0, atom_1.0, json-feed … as detected
 * @param title the feed's title, or null
 * @param items its items, in the feed's order
 */
public record ParsedFeed(String format, String title, List<FeedItem> items) {
    public ParsedFeed {
        items = List.copyOf(items);
    }
}
