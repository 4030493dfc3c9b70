package zonepulse.extraction.internal.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import zonepulse.extraction.internal.lexicon.Lexicons;
import zonepulse.extraction.internal.text.Trie;

/**
 * Development zones of Chinese cities and the names the press gives them, loaded from {@code zones.tsv}: every alias
 * resolves to one canonical name (北京亦庄, 亦庄, 北京经开区 → 北京经济技术开发区). The generic words of
 * {@code lexicon/zone-words.txt} (经开区, 开发区, 高新区, 全区 …) name the article's main zone. Each canonical zone also has a {@link Zone} record: its kind
 * (etdz, htz, new_area, ftz, ftz_area, bonded, innovation, provincial, other), level, province and city.
 */
public final class Gazetteer {
    private static final String RESOURCE = "/zonepulse/extraction/zones.tsv";
    private static final String GENERIC = "";
    private static final Gazetteer DEFAULT = load();

    private final Trie<String> names;
    private final Map<String, Zone> zones;

    private Gazetteer(Trie<String> names, Map<String, Zone> zones) {
        this.names = names;
        this.zones = zones;
    }

    /**
     * A development zone: official or kept canonical name, kind (etdz, htz, new_area, ftz, ftz_area, bonded,
     * innovation, provincial, other), level (national, provincial), province (江苏省) and city (苏州市, may be empty).
     */
    public record Zone(String canonical, String kind, String level, String province, String city) {}

    /** The zone a canonical name (as in {@link ZoneMention#canonical()}) stands for. */
    public Optional<Zone> zone(String canonical) {
        return canonical == null ? Optional.empty() : Optional.ofNullable(zones.get(canonical));
    }

    /** Every zone, keyed by canonical name. */
    public Map<String, Zone> zones() {
        return zones;
    }

    public static Gazetteer standard() {
        return DEFAULT;
    }

    private static Gazetteer load() {
        Trie<String> trie = new Trie<>();
        Map<String, Zone> zones = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource missing: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                String canonical = cols[0].strip();
                trie.put(canonical, canonical);
                zones.put(
                        canonical,
                        new Zone(
                                canonical,
                                col(cols, 2, "other"),
                                col(cols, 3, "national"),
                                col(cols, 4, ""),
                                col(cols, 5, "")));
                if (cols.length > 1) {
                    for (String alias : cols[1].split("\\|")) {
                        if (!alias.isBlank()) {
                            trie.put(alias.strip(), canonical);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String generic : Lexicons.words("zone-words.txt")) {
            trie.put(generic, GENERIC);
        }
        return new Gazetteer(trie, Map.copyOf(zones));
    }

    private static String col(String[] cols, int i, String absent) {
        return i < cols.length && !cols[i].isBlank() ? cols[i].strip() : absent;
    }

    /** A zone name found in a text; {@code canonical} is empty for a generic word (开发区). */
    public record ZoneMention(int start, int end, String canonical) {
        public boolean generic() {
            return canonical.isEmpty();
        }
    }

    /** The zone named at {@code pos} (longest alias), or null. */
    public ZoneMention at(CharSequence text, int pos, int limit) {
        Trie.Match<String> m = names.longestAt(text, pos, limit);
        return m == null ? null : new ZoneMention(m.start(), m.end(), m.value());
    }

    /** The last zone named in {@code text[from, to)}, or null. */
    public ZoneMention last(CharSequence text, int from, int to) {
        ZoneMention last = null;
        int i = from;
        while (i < to) {
            ZoneMention m = at(text, i, to);
            if (m != null) {
                last = m;
                i = m.end();
            } else {
                i++;
            }
        }
        return last;
    }

    /** Every zone named in {@code text}, in text order (longest alias at each position, no overlaps). */
    public java.util.List<ZoneMention> all(CharSequence text) {
        java.util.List<ZoneMention> out = new java.util.ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            ZoneMention m = names.mayStart(text.charAt(i)) ? at(text, i, n) : null;
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The zone an article is mainly about, given the zones its text names: the one named most, the title thrice. */
    public String mainZone(String title, java.util.List<ZoneMention> inText) {
        Map<String, Integer> counts = new HashMap<>();
        count(counts, title, 3);
        for (ZoneMention m : inText) {
            if (!m.generic()) {
                counts.merge(m.canonical(), 1, Integer::sum);
            }
        }
        return best(counts);
    }

    /** The zone an article is mainly about: the specific zone named most often, the title counting thrice. */
    public String mainZone(String title, String text) {
        Map<String, Integer> counts = new HashMap<>();
        count(counts, title, 3);
        count(counts, text, 1);
        return best(counts);
    }

    private static String best(Map<String, Integer> counts) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount
                    || (e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private void count(Map<String, Integer> counts, String text, int weight) {
        if (text == null) {
            return;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            ZoneMention m = at(text, i, n);
            if (m != null) {
                if (!m.generic()) {
                    counts.merge(m.canonical(), weight, Integer::sum);
                }
                i = m.end();
            } else {
                i++;
            }
        }
    }
}
