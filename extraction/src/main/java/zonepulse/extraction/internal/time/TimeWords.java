package zonepulse.extraction.internal.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The time words of {@code lexicon/time-words.tsv}: relative years, months and days, 旬, parts of a year, as-of words and
 * five-year plans. Loaded once; see the file's header for its columns.
 */
public final class TimeWords {
    static final String RESOURCE = "/zonepulse/extraction/lexicon/time-words.tsv";

    /** A category of time word, as the file's second column names it. */
    public enum Category {
        YEAR,
        PREV_YEAR,
        MONTH,
        QUARTER,
        XUN,
        YEAR_PART,
        AS_OF,
        PLAN,
        DAY
    }

    /** One line of the file. */
    public record Entry(String word, Category category, int value, int value2) {}

    private static final Map<String, Entry> WORDS = parse(TimeWords.class.getResourceAsStream(RESOURCE));

    private TimeWords() {}

    /** The entry of {@code word}, or null. */
    public static Entry get(String word) {
        return WORDS.get(word);
    }

    /** The words of the given categories, longest first. */
    public static List<String> words(Category... categories) {
        List<Category> wanted = List.of(categories);
        List<String> out = new ArrayList<>();
        for (Entry e : WORDS.values()) {
            if (wanted.contains(e.category())) {
                out.add(e.word());
            }
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }

    /** A regex alternation of the words of the given categories, longest first (no group). */
    static String alternation(Category... categories) {
        return words(categories).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** All entries, in file order. */
    public static Map<String, Entry> all() {
        return Collections.unmodifiableMap(WORDS);
    }

    /**
     * Parses the file's lines; a word stated twice, an unknown category or a malformed value is an error, so that a
     * conflicting edit fails at load rather than silently winning.
     */
    static Map<String, Entry> parse(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("missing " + RESOURCE);
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 3 || cols.length > 4) {
                    throw new IllegalStateException("time-words.tsv line " + n + ": expected 3 or 4 columns");
                }
                Category category = Category.valueOf(cols[1].trim().toUpperCase(java.util.Locale.ROOT));
                int value2 = cols.length == 4 ? Integer.parseInt(cols[3].trim()) : 0;
                if ((category == Category.PLAN) != (cols.length == 4)) {
                    throw new IllegalStateException("time-words.tsv line " + n + ": value2 is for plans only");
                }
                Entry e = new Entry(cols[0].trim(), category, Integer.parseInt(cols[2].trim()), value2);
                if (out.put(e.word(), e) != null) {
                    throw new IllegalStateException("time-words.tsv line " + n + ": duplicate word " + e.word());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
