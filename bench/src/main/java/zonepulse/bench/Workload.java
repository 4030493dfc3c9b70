package zonepulse.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import zonepulse.events.ArticleMetadata;
import zonepulse.events.ArticleSource;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;

/**
 * The benchmark's articles: variants of the corpus documents, each under a name of its own (so a URI, an article id
 * and event ids of its own: the store keeps an event once by its id, and copies under one name would be stored once)
 * and with a publication date of its own in its front matter (so its relative periods resolve to other years, and its
 * content hash differs). The same seed gives the same articles, in any order of asking: article {@code i} of a label
 * depends on the seed, the label and {@code i} only. The documents are taken in turn, in an order shuffled by the
 * seed, so every document appears about equally often in any run of articles.
 */
final class Workload {
    /** Publication dates are drawn from 2015-01-01 to 2025-12-31. */
    static final LocalDate FIRST_DATE = LocalDate.of(2015, 1, 1);

    static final int DATE_SPAN_DAYS = (int) (LocalDate.of(2026, 1, 1).toEpochDay() - FIRST_DATE.toEpochDay());

    /** The URI prefix of the articles the benchmark publishes itself, as ingest-service publishes a dropped file. */
    static final String URI_PREFIX = "file:///zonepulse-bench/";

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final List<Corpus.Document> documents;
    private final long seed;
    private final int[] order;

    /**
     * One article of the workload.
     *
     * @param name a file name, unique per label and index, with the document's extension
     * @param mediaType the document's
     * @param text the document's text with the variant's publication date in its front matter
     * @param published that date
     */
    record Article(String name, String mediaType, String text, LocalDate published) {
        byte[] bytes() {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        /** The raw article ingest-service would publish for this file dropped under {@link #URI_PREFIX}. */
        RawArticle raw(Instant fetchedAt) {
            return RawArticle.of(
                    new ArticleSource(SourceType.FILE, URI_PREFIX + name, null),
                    fetchedAt,
                    mediaType,
                    text,
                    ArticleMetadata.empty());
        }
    }

    Workload(Corpus corpus, long seed) {
        this.documents = corpus.documents();
        this.seed = seed;
        List<Integer> shuffled =
                new ArrayList<>(IntStream.range(0, documents.size()).boxed().toList());
        Collections.shuffle(shuffled, new Random(seed));
        this.order = shuffled.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Article {@code index} of the run named {@code label} ("throughput", "e2e-burst" …). */
    Article article(String label, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        Corpus.Document document = documents.get(order[index % order.length]);
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + label.hashCode() * 1_000_003L + index);
        LocalDate published = FIRST_DATE.plusDays(random.nextInt(DATE_SPAN_DAYS));
        String name = String.format("%s-%05d-%s", label, index, document.fileName());
        return new Article(name, document.mediaType(), withPublicationDate(document.text(), published), published);
    }

    /** Articles {@code from} to {@code from + count - 1} of the run named {@code label}. */
    List<Article> articles(String label, int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> article(label, i))
                .toList();
    }

    /**
     * The text with {@code date} as its publication date: the {@code date:} line of its front matter replaced, or
     * added to it, or a front matter of that one line put before a text that has none. The engine reads a front
     * matter's date before any date in the text, in a document of any media type.
     */
    static String withPublicationDate(String text, LocalDate date) {
        String dateLine = "date: " + RFC_1123.format(date.atTime(2, 0).atOffset(ZoneOffset.UTC));
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int openingEnd = text.indexOf('\n', start);
        boolean frontMatter = text.startsWith("---", start)
                && openingEnd > 0
                && text.substring(start, openingEnd).strip().equals("---");
        if (frontMatter) {
            int pos = openingEnd + 1;
            while (pos < text.length()) {
                int next = text.indexOf('\n', pos);
                int lineEnd = next < 0 ? text.length() : next;
                String line = text.substring(pos, lineEnd).strip();
                if (line.equals("---") || line.equals("...")) {
                    break; // the block ends without a date: one goes first in it
                }
                if (text.startsWith("date:", pos)) { // a top-level key, not one nested under another
                    return text.substring(0, pos) + dateLine + text.substring(lineEnd);
                }
                pos = lineEnd + 1;
            }
            if (pos < text.length()) {
                return text.substring(0, openingEnd + 1) + dateLine + "\n" + text.substring(openingEnd + 1);
            }
        }
        return "---\n" + dateLine + "\n---\n" + text;
    }
}
