package zonepulse.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed, as the feed states it.
 *
 * @param link the item's link, or null
 * @param guid the item's id (RSS guid, Atom id, JSON Feed id), or null
 * @param title the title, or null
 * @param author the author, or null
 * @param categories the categories, in the feed's order
 * @param publishedAt the publication (else update) time, or null
 * @param content the item's content: the full content when the feed has one, else its description or summary;
 *     may be null
 * @param html whether {@link #content()} is HTML (false: plain text)
 * @param fullContent whether the feed gave a full content element (content:encoded, Atom content, content_html)
 */
public record FeedItem(
        String link,
        String guid,
        String title,
        String author,
        List<String> categories,
        Instant publishedAt,
        String content,
        boolean html,
        boolean fullContent) {
    public FeedItem {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
