package zonepulse.extraction.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the word lists under {@code /zonepulse/extraction/lexicon/}: a linguist adds a word by adding a line. A
 * {@code .txt} file holds one word a line; a {@code .tsv} file holds {@code word<TAB>value[<TAB>note]}. Lines starting
 * with {@code #} and blank lines are ignored. Each file is read once and cached; the returned collections are
 * unmodifiable and keep the file's order.
 */
public final class Lexicons {
    /** Where the lexicon files live on the classpath. */
    public static final String DIRECTORY = "/zonepulse/extraction/lexicon/";

    private static final Map<String, List<String[]>> CACHE = new ConcurrentHashMap<>();

    private Lexicons() {}

    /** The words of a {@code .txt} file, in file order. */
    public static Set<String> words(String file) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] row : rows(file)) {
            out.add(row[0]);
        }
        return Collections.unmodifiableSet(out);
    }

    /** The word-to-value table of a {@code .tsv} file (its first two columns), in file order. */
    public static Map<String, String> table(String file) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : rows(file)) {
            if (row.length < 2 || row[1].isBlank()) {
                throw new IllegalStateException(file + ": no value for " + row[0]);
            }
            out.putIfAbsent(row[0], row[1].strip());
        }
        return Collections.unmodifiableMap(out);
    }

    /** Every entry of a file as its tab-separated columns, duplicates kept (for the lexicon's own checks). */
    public static List<String[]> rows(String file) {
        return CACHE.computeIfAbsent(file, Lexicons::read);
    }

    private static List<String[]> read(String file) {
        InputStream in = Lexicons.class.getResourceAsStream(DIRECTORY + file);
        if (in == null) {
            throw new IllegalStateException("no lexicon file " + DIRECTORY + file);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                cols[0] = cols[0].strip();
                if (!cols[0].isEmpty()) {
                    rows.add(cols);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(rows);
    }
}
