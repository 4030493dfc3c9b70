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

/**
 * A lexicon kept as a data file a linguist can edit: lines of {@code word<TAB>role}, {@code #} comments and blank
 * lines ignored. A word may play several roles (达 joins a name to its figure and also ends a name after one); the same
 * word twice in one role, or in two roles the file declares exclusive, is refused when the file is loaded.
 */
public final class WordTable {
    private final String resource;
    private final Map<String, List<String>> byRole;

    private WordTable(String resource, Map<String, List<String>> byRole) {
        this.resource = resource;
        this.byRole = byRole;
    }

    /**
     * Loads {@code resource} (a classpath path); {@code exclusive} lists pairs of roles no word may have both of, as
     * "roleA|roleB".
     */
    public static WordTable load(String resource, String... exclusive) {
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        Map<String, Set<String>> rolesOfWord = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (InputStream in = WordTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                    problems.add(resource + ":" + number + ": expected word<TAB>role, got '" + line + "'");
                    continue;
                }
                String word = cols[0].strip();
                String role = cols[1].strip();
                if (!roles.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(word)) {
                    problems.add(resource + ":" + number + ": '" + word + "' listed twice as " + role);
                }
                rolesOfWord.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(role);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String pair : exclusive) {
            String[] ab = pair.split("\\|");
            for (Map.Entry<String, Set<String>> e : rolesOfWord.entrySet()) {
                if (e.getValue().contains(ab[0]) && e.getValue().contains(ab[1])) {
                    problems.add(resource + ": '" + e.getKey() + "' is both " + ab[0] + " and " + ab[1]);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        roles.forEach((role, words) -> byRole.put(role, List.copyOf(words)));
        return new WordTable(resource, Collections.unmodifiableMap(byRole));
    }

    /** The words of {@code role}, in file order; a role the file does not have is an error, not an empty list. */
    public List<String> words(String role) {
        List<String> words = byRole.get(role);
        if (words == null) {
            throw new IllegalArgumentException(resource + " has no role " + role);
        }
        return words;
    }

    public Set<String> roles() {
        return byRole.keySet();
    }

    @Override
    public String toString() {
        return "WordTable" + byRole.keySet() + " from " + resource;
    }
}
