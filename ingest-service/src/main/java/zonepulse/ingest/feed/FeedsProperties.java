package zonepulse.ingest.feed;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The feeds polled ({@code zonepulse.ingest.feeds[*]}), checked at start-up: an entry without a name or URL, with a
 * URL that is not http(s), or with a name already used fails the start with a message naming the entry.
 *
 * @param feeds the feeds; none by default
 */
@ConfigurationProperties("zonepulse.ingest")
@Validated
public record FeedsProperties(
        @NotNull @Valid @DefaultValue({}) List<@Valid Feed> feeds) {

    /** When a feed item's page is fetched. */
    public enum PageFetch {
        /** Never: the item's own content is the article. */
        NEVER,
        /** When the item has no full content and its summary is shorter than {@code min-content-length}. */
        SUMMARY_ONLY,
        /** Always (robots.txt permitting); the item's content is the fallback. */
        ALWAYS
    }

    /**
     * One feed.
     *
     * @param name a unique name, used in logs, metrics, the ledger and {@code GET /api/sources}
     * @param url the feed's http(s) URL (RSS 0.9x-2.0, Atom or JSON Feed)
     * @param pollInterval the pause between two polls
     * @param fetchPages when the item's linked page is fetched
     * @param minContentLength below this many characters of text an item without full content is a summary
     * @param enabled false to keep the entry but not poll it
     */
    public record Feed(
            @NotBlank String name,
            @NotNull URI url,

            @NotNull @DurationMin(millis = 100) @DefaultValue("10m")
            Duration pollInterval,

            @NotNull @DefaultValue("summary-only") PageFetch fetchPages,
            @Min(0) @DefaultValue("200") int minContentLength,
            @DefaultValue("true") boolean enabled) {}

    public FeedsProperties {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < feeds.size(); i++) {
            Feed feed = feeds.get(i);
            String entry = "zonepulse.ingest.feeds[" + i + "]" + (feed.name() == null ? "" : " (" + feed.name() + ")");
            if (feed.name() != null && !names.add(feed.name())) {
                throw new IllegalArgumentException(entry + ": the name '" + feed.name() + "' is used by another feed");
            }
            if (feed.url() != null) {
                String scheme = feed.url().getScheme() == null
                        ? ""
                        : feed.url().getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https"))
                        || feed.url().getHost() == null) {
                    throw new IllegalArgumentException(entry
                            + ": url must be an absolute http or https URL with a host, not '" + feed.url() + "'");
                }
            }
        }
    }
}
