package zonepulse.extraction.internal.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import zonepulse.extraction.internal.text.Trie;

/**
 * China's provinces, prefecture- and county-level divisions ({@code places.tsv}, generated from public data by
 * {@code extraction/scripts/places/generate.mjs}) and their mentions in a text. A text may name a place by its
 * canonical name (福建省宁德市福安市), its official name (福安市) or a short form (福安); a name or short form several
 * places share (朝阳区, 鼓楼区, 通州) yields a mention with every candidate, never one picked silently. A place named
 * right after an ancestor (深圳市光明区, 福建宁德, 北京朝阳) is one mention of the inner place. Words of {@code
 * place-stopwords.txt} (资源, 合作, 和平…) are not read as places alone. Loaded once, immutable, thread-safe.
 */
public final class Places {
    private static final String PLACES = "/zonepulse/extraction/places.tsv";
    private static final String STOPWORDS = "/zonepulse/extraction/place-stopwords.txt";
    private static final Places STANDARD = load();

    /** Administrative level; {@link #depth()} is 0 for a province. */
    public enum Level {
        PROVINCE,
        PREFECTURE,
        COUNTY;

        public int depth() {
            return ordinal();
        }
    }

    /**
     * A division: 6-digit code, level, canonical name (its ancestors' official names and its own, 广东省深圳市光明区;
     * a municipality's districts hang on it directly, 北京市海淀区), official name (光明区), parent code (empty for a
     * province).
     */
    public record Place(String code, Level level, String canonical, String name, String parentCode) {
        @Override
        public String toString() {
            return canonical + "(" + code + ")";
        }
    }

    /** A place named in {@code text[start, end)}: one candidate, or several when the words are ambiguous. */
    public record PlaceMention(int start, int end, List<Place> candidates) {
        public PlaceMention {
            candidates = List.copyOf(candidates);
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("a mention needs a candidate");
            }
        }

        /** The place, or null when the mention is ambiguous (see {@link Places#resolve}). */
        public Place place() {
            return candidates.size() == 1 ? candidates.get(0) : null;
        }

        public boolean ambiguous() {
            return candidates.size() > 1;
        }
    }

    /** What a lexicon word names: its places, whether it is a stop word, and how strong a name it is. */
    private record Entry(List<Place> places, boolean stop, boolean fullName) {}

    private final Map<String, Place> byCode;
    private final Map<String, Place> byCanonical;
    private final Trie<Entry> words;

    private Places(Map<String, Place> byCode, Trie<Entry> words) {
        this.byCode = byCode;
        Map<String, Place> canonicals = new java.util.HashMap<>();
        for (Place p : byCode.values()) {
            canonicals.put(p.canonical(), p);
        }
        this.byCanonical = Map.copyOf(canonicals);
        this.words = words;
    }

    public static Places standard() {
        return STANDARD;
    }

    /** The place of a canonical name (福建省宁德市), or null. */
    public Place byCanonical(String canonical) {
        return byCanonical.get(canonical);
    }

    /** The place with this 6-digit code, or null. */
    public Place byCode(String code) {
        return byCode.get(code);
    }

    /** Every place, in code order. */
    public Collection<Place> all() {
        return byCode.values();
    }

    /** The places a word names on its own (name, short form or canonical name), empty when none or a stop word. */
    public List<Place> lookup(String word) {
        Entry e = words.get(word);
        return e == null || e.stop() ? List.of() : e.places();
    }

    /** The place's parent, grandparent…, nearest first (empty for a province). */
    public List<Place> ancestors(Place place) {
        List<Place> out = new ArrayList<>(2);
        Place p = byCode.get(place.parentCode());
        while (p != null) {
            out.add(p);
            p = byCode.get(p.parentCode());
        }
        return out;
    }

    /** True when {@code outer} is a (strict) ancestor of {@code inner}: 海淀区 is within 北京市. */
    public boolean isWithin(Place inner, Place outer) {
        Place p = byCode.get(inner.parentCode());
        while (p != null) {
            if (p.equals(outer)) {
                return true;
            }
            p = byCode.get(p.parentCode());
        }
        return false;
    }

    /**
     * The place named at {@code pos} (longest word, ending by {@code limit}), or null. Places named one after the
     * other, each within the one before (广东省深圳市光明区, 福建宁德, 北京朝阳), make one mention of the innermost,
     * whose candidates are narrowed to those within the outer ones.
     */
    public PlaceMention at(CharSequence text, int pos, int limit) {
        Trie.Match<Entry> first = word(text, pos, limit, false);
        if (first == null) {
            return null;
        }
        List<Place> candidates = first.value().places();
        int end = first.end();
        while (end < limit) {
            Trie.Match<Entry> next = word(text, end, limit, true);
            if (next == null) {
                break;
            }
            List<Place> inner = new ArrayList<>();
            for (Place c : next.value().places()) {
                for (Place outer : candidates) {
                    if (isWithin(c, outer)) {
                        inner.add(c);
                        break;
                    }
                }
            }
            if (inner.isEmpty()) {
                break;
            }
            candidates = inner;
            end = next.end();
        }
        return new PlaceMention(pos, end, candidates);
    }

    /**
     * Every place named in {@code text}, in text order, without overlaps. Where a word overlaps a later one that
     * reaches further (从江苏: 从江 or 江苏), the longer wins, and at equal length the full name or higher level.
     */
    public List<PlaceMention> all(CharSequence text) {
        List<PlaceMention> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            PlaceMention m = words.mayStart(text.charAt(i)) ? at(text, i, n) : null;
            if (m == null) {
                i++;
                continue;
            }
            int overtaken = -1;
            for (int j = i + 1; j < m.end() && overtaken < 0; j++) {
                PlaceMention o = words.mayStart(text.charAt(j)) ? at(text, j, n) : null;
                if (o != null && o.end() > m.end() && beats(text, o, m)) {
                    overtaken = j;
                }
            }
            if (overtaken >= 0) {
                i = overtaken;
                continue;
            }
            out.add(m);
            i = m.end();
        }
        return out;
    }

    /**
     * The candidate of {@code mention} that the context points to: the one that is, or lies within, a place the
     * context names, the deepest such context place deciding; null when none or a tie. An unambiguous mention
     * resolves to its place.
     */
    public Place resolve(PlaceMention mention, Collection<Place> context) {
        if (!mention.ambiguous()) {
            return mention.place();
        }
        Place best = null;
        int bestDepth = -1;
        boolean tie = false;
        for (Place c : mention.candidates()) {
            int depth = -1;
            for (Place ctx : context) {
                if (ctx.equals(c) || isWithin(c, ctx)) {
                    depth = Math.max(depth, ctx.level().depth());
                }
            }
            if (depth > bestDepth) {
                best = c;
                bestDepth = depth;
                tie = false;
            } else if (depth == bestDepth && depth >= 0) {
                tie = true;
            }
        }
        return bestDepth < 0 || tie ? null : best;
    }

    /**
     * Each mention's place, in order: an ambiguous one resolved against the places the unambiguous mentions name
     * (null when that does not decide).
     */
    public List<Place> resolveAll(List<PlaceMention> mentions) {
        Set<Place> context = new LinkedHashSet<>();
        for (PlaceMention m : mentions) {
            if (!m.ambiguous()) {
                context.add(m.place());
            }
        }
        List<Place> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            out.add(resolve(m, context));
        }
        return out;
    }

    /**
     * The longest lexicon word at {@code pos}, skipping stop words unless {@code allowStop} (a place after its
     * parent: 沈阳和平), and not cutting a word in two (东方市场 is no 东方市, 光明区域 no 光明区).
     */
    private Trie.Match<Entry> word(CharSequence text, int pos, int limit, boolean allowStop) {
        int lim = limit;
        while (lim > pos) {
            Trie.Match<Entry> m = words.longestAt(text, pos, lim);
            if (m == null) {
                return null;
            }
            if ((m.value().stop() && !allowStop) || cutsWord(text, m)) {
                lim = m.end() - 1;
                continue;
            }
            return m;
        }
        return null;
    }

    private static boolean cutsWord(CharSequence text, Trie.Match<Entry> m) {
        if (m.end() >= text.length()) {
            return false;
        }
        char last = text.charAt(m.end() - 1);
        char next = text.charAt(m.end());
        return (last == '市' && next == '场') || (last == '区' && next == '域');
    }

    private boolean beats(CharSequence text, PlaceMention challenger, PlaceMention held) {
        int lc = challenger.end() - challenger.start();
        int lh = held.end() - held.start();
        if (lc != lh) {
            return lc > lh;
        }
        return rank(text, challenger) > rank(text, held);
    }

    private int rank(CharSequence text, PlaceMention m) {
        Entry e = words.get(text.subSequence(m.start(), m.end()).toString());
        int full = e == null || e.fullName() ? 10 : 0; // e == null: a chain of names
        int level = 0;
        for (Place p : m.candidates()) {
            level = Math.max(level, 3 - p.level().depth());
        }
        return full + level;
    }

    private static Places load() {
        Set<String> stop = new HashSet<>();
        for (String line : lines(STOPWORDS)) {
            String w = line.strip();
            if (!w.isEmpty()) {
                stop.add(w);
            }
        }
        Map<String, Place> byCode = new LinkedHashMap<>();
        Map<String, Set<Place>> names = new LinkedHashMap<>();
        Map<String, Set<Place>> shorts = new LinkedHashMap<>();
        Set<String> canonicals = new HashSet<>();
        for (String line : lines(PLACES)) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = columns(line);
            if (cols.length < 6) {
                throw new IllegalStateException("bad row in " + PLACES + ": " + line);
            }
            Place p = new Place(cols[0], Level.valueOf(cols[1].toUpperCase(Locale.ROOT)), cols[2], cols[3], cols[4]);
            if (byCode.put(p.code(), p) != null) {
                throw new IllegalStateException("duplicate code in " + PLACES + ": " + p.code());
            }
            // No canonical names in the lexicon: 福建省宁德市福安市 is found as a chain of names, more cheaply.
            canonicals.add(p.canonical());
            names.computeIfAbsent(p.name(), k -> new LinkedHashSet<>()).add(p);
            if (!cols[5].isEmpty()) {
                for (String s : cols[5].split("\\|")) {
                    shorts.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(p);
                }
            }
        }
        Trie<Entry> trie = new Trie<>();
        Set<String> keys = new LinkedHashSet<>(names.keySet());
        keys.addAll(shorts.keySet());
        for (String key : keys) {
            Set<Place> places = new LinkedHashSet<>(names.getOrDefault(key, Set.of()));
            places.addAll(shorts.getOrDefault(key, Set.of()));
            boolean isStop = stop.contains(key) && !canonicals.contains(key);
            trie.put(key, new Entry(List.copyOf(places), isStop, names.containsKey(key)));
        }
        return new Places(java.util.Collections.unmodifiableMap(byCode), trie);
    }

    private static String[] columns(String line) {
        String[] cols = new String[6];
        int n = 0;
        int from = 0;
        while (n < cols.length - 1) {
            int tab = line.indexOf('\t', from);
            if (tab < 0) {
                break;
            }
            cols[n++] = line.substring(from, tab);
            from = tab + 1;
        }
        cols[n++] = line.substring(from);
        return n == cols.length ? cols : java.util.Arrays.copyOf(cols, n);
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Places.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
