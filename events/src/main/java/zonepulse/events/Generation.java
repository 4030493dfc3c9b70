package zonepulse.events;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Which extraction of which version of an article a summary or an event belongs to. An article's generations are
 * ordered by content version ({@code source.fetchedAt}: a later fetch of changed content is newer), then by extractor
 * version (numerically, segment by segment: 2.10.0 is newer than 2.9.1). The latest generation's summary on
 * {@link Topics#ARTICLES_EXTRACTED} is the authority on which of the article's events are current.
 *
 * <p>{@link #key()} spells the order as a string, so that a database can compare generations in a filter.
 *
 * @param fetchedAt the content version, or null when unknown (older than any known one)
 * @param extractor "name/version" of the extractor
 */
public record Generation(Instant fetchedAt, String extractor) implements Comparable<Generation> {
    private static final Pattern SEGMENTS = Pattern.compile("[.\\-+_]");
    private static final int DIGITS = 9;

    public Generation {
        extractor = extractor == null ? "" : extractor;
    }

    public static Generation of(ExtractedArticle summary) {
        return new Generation(fetchedAt(summary.source()), summary.extractor());
    }

    public static Generation of(IndicatorEvent event) {
        return new Generation(fetchedAt(event.source()), event.extractor());
    }

    public static Generation of(ProjectEvent event) {
        return new Generation(fetchedAt(event.source()), event.extractor());
    }

    private static Instant fetchedAt(EventSource source) {
        return source == null ? null : source.fetchedAt();
    }

    /** The extractor's version: what follows the last '/' of {@link #extractor()}. */
    public String extractorVersion() {
        return extractor.substring(extractor.lastIndexOf('/') + 1);
    }

    /**
     * A string whose lexicographic order is the generations' order: the content version in zero-padded
     * microseconds, then each version segment (numbers zero-padded), then the extractor's name.
     */
    public String key() {
        StringBuilder key = new StringBuilder(64);
        long micros = fetchedAt == null
                ? 0
                : Math.max(
                        0,
                        Math.addExact(
                                Math.multiplyExact(fetchedAt.getEpochSecond(), 1_000_000L),
                                fetchedAt.getNano() / 1000));
        String digits = Long.toString(micros); // at most 19 digits: never negative (above)
        key.append("0".repeat(20 - digits.length())).append(digits).append('|');
        String[] segments = SEGMENTS.split(extractorVersion(), -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                key.append('.');
            }
            String segment = segments[i];
            boolean numeric = !segment.isEmpty()
                    && segment.length() <= DIGITS
                    && segment.chars().allMatch(Character::isDigit);
            key.append(numeric ? "0".repeat(DIGITS - segment.length()) + segment : segment);
        }
        // '!' sorts before '.', so 2.10.0 comes before 2.10.0.1
        return key.append('!').append(extractor).toString();
    }

    @Override
    public int compareTo(Generation other) {
        return key().compareTo(other.key());
    }

    public boolean isNewerThan(Generation other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return extractor + "@" + (fetchedAt == null ? "unknown content version" : fetchedAt.toString());
    }
}
