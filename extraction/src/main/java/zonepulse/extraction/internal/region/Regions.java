package zonepulse.extraction.internal.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zonepulse.extraction.internal.lexicon.Lexicons;
import zonepulse.extraction.internal.text.Trie;

/**
 * The places layer of a text: every development zone ({@link Gazetteer}) and administrative place ({@link Places})
 * it names, merged into one list without overlaps (a zone's name beats the city it starts with: 苏州高新区, not 苏州),
 * each resolved to its full canonical name. Ambiguous place names (朝阳, 鼓楼区) resolve through the unambiguous places
 * of the same text, or not at all. Immutable and thread-safe.
 */
public final class Regions {
    private static final Regions STANDARD = new Regions(Gazetteer.standard(), Places.standard());

    /** What a mention names. */
    public enum Kind {
        /** A development zone. */
        ZONE,
        /** A generic word for the article's own zone (开发区, 高新区, 全区). */
        GENERIC,
        /** An administrative place. */
        PLACE,
        /** A word for the whole of a place around the article's region (全市, 全省, 全国), resolved by {@link #scopes}. */
        SCOPE
    }

    /**
     * A region named in the text.
     *
     * @param canonical the full canonical name (福建省宁德市, 苏州高新技术产业开发区); empty for a generic word
     * @param depth how specific: 1 province, 2 prefecture, 3 county, 4 zone or generic word
     */
    public record RegionMention(int start, int end, String canonical, Kind kind, int depth) {
        @Override
        public String toString() {
            return canonical + "@" + start + "-" + end + "(" + kind + ")";
        }
    }

    /** Whether {@code pos} stands on a line naming the article's source (来源：太仓日报): the article's own place. */
    private static boolean onSourceLine(CharSequence text, int pos) {
        int s = pos;
        while (s > 0 && text.charAt(s - 1) != '\n' && pos - s < 80) {
            s--;
        }
        String before = text.subSequence(s, pos).toString();
        return before.contains("来源") || before.contains("稿源");
    }

    /** Zone words after a place name ({@code lexicon/zone-suffixes.txt}). */
    private static final Trie<Boolean> SUFFIXES = Trie.ofWords(Lexicons.words("zone-suffixes.txt"));

    /** Directions that may stand between a place and its zone word ({@code lexicon/zone-name-modifiers.txt}). */
    private static final Trie<Boolean> MODIFIERS = Trie.ofWords(Lexicons.words("zone-name-modifiers.txt"));

    private final Gazetteer zones;
    private final Places places;

    /** Words after a place that make it the start of an organisation's name ({@code lexicon/organisation-heads.txt}). */
    private static final Trie<Boolean> ORGANISATION_HEADS = Trie.ofWords(Lexicons.words("organisation-heads.txt"));

    public Regions(Gazetteer zones, Places places) {
        this.zones = zones;
        this.places = places;
    }

    public static Regions standard() {
        return STANDARD;
    }

    public Gazetteer zones() {
        return zones;
    }

    /** Every region {@code text} names, in text order, without overlaps. */
    public List<RegionMention> annotate(CharSequence text) {
        List<Gazetteer.ZoneMention> zs = zones.all(text);
        List<Places.PlaceMention> ps = places.all(text);
        List<Places.Place> resolved = places.resolveAll(ps);
        List<RegionMention> out = new ArrayList<>(zs.size() + ps.size());
        int zi = 0;
        int pi = 0;
        int covered = 0;
        while (zi < zs.size() || pi < ps.size()) {
            Gazetteer.ZoneMention z = zi < zs.size() ? zs.get(zi) : null;
            Places.PlaceMention p = pi < ps.size() ? ps.get(pi) : null;
            boolean takeZone =
                    p == null || z != null && (z.start() < p.start() || z.start() == p.start() && z.end() >= p.end());
            if (takeZone) {
                zi++;
                if (z.start() >= covered) {
                    out.add(new RegionMention(
                            z.start(), z.end(), z.canonical(), z.generic() ? Kind.GENERIC : Kind.ZONE, 4));
                    covered = z.end();
                } else if (z.end() > covered
                        && !out.isEmpty()
                        && out.get(out.size() - 1).kind() == Kind.PLACE) {
                    // 江苏苏州高新区: the place 江苏苏州 was taken first, but the zone reaches further and is more specific
                    out.remove(out.size() - 1);
                    out.add(new RegionMention(
                            z.start(), z.end(), z.canonical(), z.generic() ? Kind.GENERIC : Kind.ZONE, 4));
                    covered = z.end();
                }
            } else {
                Places.Place place = resolved.get(pi);
                pi++;
                if (p.start() >= covered && place != null) {
                    out.add(new RegionMention(
                            p.start(),
                            p.end(),
                            place.canonical(),
                            Kind.PLACE,
                            place.level().depth()));
                    covered = p.end();
                }
            }
        }
        return withScopes(text, withoutAnnotations(text, namedParks(text, keepSupported(text, out, ps, resolved))));
    }

    /**
     * 「合肥新站高新区…新站高新区…」: a park the gazetteer does not know, once named with its place, is named again
     * without it; there the short form is that park, not a zone the gazetteer knows by the same words (滨海新区 in
     * 绍兴滨海新区 is not Tianjin's) nor the article's generic 高新区.
     */
    private static List<RegionMention> shortForms(
            CharSequence text, List<RegionMention> mentions, Map<String, String> parks) {
        if (parks.isEmpty()) {
            return mentions;
        }
        String t = text.toString();
        List<RegionMention> found = new ArrayList<>();
        parks.forEach((shortForm, park) -> {
            for (int at = t.indexOf(shortForm); at >= 0; at = t.indexOf(shortForm, at + shortForm.length())) {
                int s = at;
                int e = at + shortForm.length();
                boolean inPark = mentions.stream()
                        .anyMatch(m ->
                                m.start() < s && m.end() >= e && m.canonical().equals(park));
                if (!inPark) {
                    found.add(new RegionMention(s, e, park, Kind.ZONE, 4));
                }
            }
        });
        if (found.isEmpty()) {
            return mentions;
        }
        List<RegionMention> out = new ArrayList<>();
        for (RegionMention m : mentions) {
            if (found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
                out.add(m);
            }
        }
        out.addAll(found);
        out.sort(java.util.Comparator.comparingInt(RegionMention::start));
        return out;
    }

    /** Scope words ({@code lexicon/scope-regions.tsv}: 全市, 全省, 全国) and their level. */
    private static final Map<String, String> SCOPE_LEVELS = Lexicons.table("scope-regions.tsv");

    private static final Trie<Boolean> SCOPE_WORDS = Trie.ofWords(SCOPE_LEVELS.keySet());

    /** Words that make a scope word point at the article's place anywhere ({@code scope-region-determiners.txt}). */
    private static final Trie<Boolean> SCOPE_DETERMINERS = Trie.ofWords(Lexicons.words("scope-region-determiners.txt"));

    /** Whether a determiner that points at the article's place (该, 本, 我) opens {@code text} at {@code pos}. */
    public static boolean determinerAt(CharSequence text, int pos) {
        return SCOPE_DETERMINERS.longestAt(text, pos, text.length()) != null;
    }

    /** The mentions with the scope words that overlap none of them added, in text order. */
    private static List<RegionMention> withScopes(CharSequence text, List<RegionMention> mentions) {
        List<RegionMention> scopes = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!SCOPE_WORDS.mayStart(text.charAt(i))) {
                continue;
            }
            Trie.Match<Boolean> m = SCOPE_WORDS.longestAt(text, i, text.length());
            if (m != null && (opensClause(text, i) || determinerAt(text, i))) {
                scopes.add(new RegionMention(m.start(), m.end(), m.word(), Kind.SCOPE, 0));
                i = m.end() - 1;
            }
        }
        if (scopes.isEmpty()) {
            return mentions;
        }
        List<RegionMention> out = new ArrayList<>(mentions.size() + scopes.size());
        int k = 0;
        for (RegionMention m : mentions) {
            while (k < scopes.size() && scopes.get(k).start() < m.start()) {
                if (scopes.get(k).end() <= m.start()) {
                    out.add(scopes.get(k));
                }
                k++;
            }
            while (k < scopes.size() && scopes.get(k).start() < m.end()) {
                k++; // inside a zone or place name
            }
            out.add(m);
        }
        while (k < scopes.size()) {
            out.add(scopes.get(k++));
        }
        return out;
    }

    /**
     * Whether a scope word at {@code pos} is its clause's subject (「，全市地区生产总值…」, 「2023年全省…」, 「其中全县…」),
     * not a qualifier inside it (在全国率先, 居全市第一, 集聚了全国90%).
     */
    private static boolean opensClause(CharSequence text, int pos) {
        int b = pos - 1;
        while (b >= 0 && text.charAt(b) == ' ') {
            b--;
        }
        if (b < 0) {
            return true;
        }
        char c = text.charAt(b);
        return "，,。；;：:、\n（(".indexOf(c) >= 0
                || c == '年' && b > 0 && (Character.isDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '今')
                || c == '来' && b > 0 && text.charAt(b - 1) == '以'
                || c == '中' && b > 0 && text.charAt(b - 1) == '其';
    }

    /**
     * The mentions with every scope word resolved against the article's main region (a zone or a place): 全市 becomes
     * the prefecture the region lies in, 全省 its province, 全国 全国; a scope word whose place is unknown is dropped.
     */
    public List<RegionMention> scopes(List<RegionMention> mentions, String mainRegion) {
        List<RegionMention> out = new ArrayList<>(mentions.size());
        Places.Place home = homePlace(mainRegion);
        for (RegionMention m : mentions) {
            if (m.kind() != Kind.SCOPE) {
                out.add(m);
                continue;
            }
            String level = SCOPE_LEVELS.get(m.canonical());
            String canonical = "country".equals(level) ? "全国" : enclosing(home, level);
            if (canonical != null) {
                out.add(new RegionMention(m.start(), m.end(), canonical, Kind.PLACE, depthOf(level)));
            }
        }
        return out;
    }

    private static int depthOf(String level) {
        return switch (level) {
            case "province" -> 1;
            case "prefecture" -> 2;
            case "county" -> 3;
            default -> 0;
        };
    }

    /** The place an article's main region is or lies in: the place itself, or a zone's city (else province). */
    private Places.Place homePlace(String mainRegion) {
        if (mainRegion == null) {
            return null;
        }
        Places.Place place = places.byCanonical(mainRegion);
        if (place != null) {
            return place;
        }
        var zone = zones.zone(mainRegion);
        if (zone.isEmpty()) {
            return null;
        }
        Places.Place province = null;
        for (Places.Place p : places.lookup(zone.get().province())) {
            if (p.level() == Places.Level.PROVINCE) {
                province = p;
            }
        }
        if (zone.get().city() != null && !zone.get().city().isBlank()) {
            for (Places.Place c : places.lookup(zone.get().city())) {
                if (province == null || places.isWithin(c, province) || c.equals(province)) {
                    return c;
                }
            }
        }
        return province;
    }

    /** The canonical name of {@code home} or its ancestor at {@code level}, or null. */
    private String enclosing(Places.Place home, String level) {
        if (home == null) {
            return null;
        }
        Places.Level wanted = switch (level) {
            case "province" -> Places.Level.PROVINCE;
            case "prefecture" -> Places.Level.PREFECTURE;
            case "county" -> Places.Level.COUNTY;
            default -> null;
        };
        if (wanted == null) {
            return null;
        }
        if (home.level() == wanted) {
            return home.canonical();
        }
        for (Places.Place a : places.ancestors(home)) {
            if (a.level() == wanted) {
                return a.canonical();
            }
        }
        return null;
    }

    /**
     * 武汉经开区（汉南区）, 杭州高新区(滨江): a place in parentheses right after a zone annotates the zone (the district it
     * is run with), it is not a region of its own for what follows.
     */
    private static List<RegionMention> withoutAnnotations(CharSequence text, List<RegionMention> mentions) {
        List<RegionMention> out = new ArrayList<>(mentions.size());
        RegionMention previous = null;
        for (RegionMention m : mentions) {
            boolean annotation = previous != null
                    && previous.kind() == Kind.ZONE
                    && m.kind() == Kind.PLACE
                    && m.start() == previous.end() + 1
                    && isOpening(text.charAt(previous.end()))
                    && m.end() < text.length()
                    && isClosing(text.charAt(m.end()));
            if (!annotation) {
                out.add(m);
                previous = m;
            }
        }
        return out;
    }

    private static boolean isOpening(char c) {
        return c == '（' || c == '(';
    }

    private static boolean isClosing(char c) {
        return c == '）' || c == ')';
    }

    /**
     * A county named only by its short form (新和, 太仓) is kept when the text also names it in full (东山县), or a place
     * it lies in, or when a zone word follows it; otherwise two characters of an ordinary phrase (创新和…) would name a county far away.
     */
    private List<RegionMention> keepSupported(
            CharSequence text,
            List<RegionMention> mentions,
            List<Places.PlaceMention> ps,
            List<Places.Place> resolved) {
        java.util.Set<Places.Place> named = new java.util.HashSet<>();
        for (Places.Place p : resolved) {
            if (p != null) {
                named.add(p);
            }
        }
        Map<Integer, Places.Place> byStart = new HashMap<>();
        java.util.Set<Places.Place> namedInFull = new java.util.HashSet<>();
        for (int i = 0; i < ps.size(); i++) {
            Places.Place p = resolved.get(i);
            if (p != null) {
                byStart.put(ps.get(i).start(), p);
                if (text.subSequence(ps.get(i).start(), ps.get(i).end())
                        .toString()
                        .endsWith(p.name())) {
                    namedInFull.add(p);
                }
            }
        }
        List<RegionMention> out = new ArrayList<>(mentions.size());
        for (RegionMention m : mentions) {
            Places.Place place = m.kind() == Kind.PLACE ? byStart.get(m.start()) : null;
            boolean shortCounty = place != null
                    && place.level() == Places.Level.COUNTY
                    && !text.subSequence(m.start(), m.end()).toString().endsWith(place.name());
            if (place != null && ORGANISATION_HEADS.longestAt(text, m.end(), text.length()) != null) {
                continue; // 宁德时代, 苏州银行, 哈尔滨电气集团: a place that starts an organisation's name is no region
            }
            if (shortCounty && !onSourceLine(text, m.start()) && zoneWordAfter(text, m.end()) == null) {
                boolean supported = namedInFull.contains(place); // 东山县 … 东山: introduced once, then short
                for (Places.Place a : places.ancestors(place)) {
                    supported |= named.contains(a);
                }
                if (!supported) {
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /** Words that govern a park after them ({@code lexicon/park-governing-words.txt}: 落户, 在), reversed. */
    private static final Trie<Boolean> PARK_GOVERNORS =
            Trie.ofReversedWords(Lexicons.words("park-governing-words.txt"));

    /**
     * Whether the place at {@code start} and the company park word {@code suffix} after it are part of a company's
     * name (「格林美荆门产业园一季度实现产值…」): a Chinese word that governs no park stands right before the place. A
     * government zone's word ({@link #SUFFIXES_AFTER_NAME}) never ends a company's park.
     */
    private static boolean companysPark(CharSequence text, int start, Trie.Match<Boolean> suffix) {
        Trie.Match<Boolean> government = SUFFIXES_AFTER_NAME.longestAt(text, suffix.start(), suffix.end());
        if (start == 0 || government != null && government.end() == suffix.end()) {
            return false;
        }
        char before = text.charAt(start - 1);
        return Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN
                && PARK_GOVERNORS.longestReversedEndingAt(text, Math.max(0, start - 4), start) == 0;
    }

    /** Whether what follows {@code pos} makes the words before it a project's name: a phase (三期) or 项目. */
    private static boolean namesProject(CharSequence text, int pos) {
        int i = pos;
        while (i < text.length() && i - pos < 3 && "一二三四五六七八九十0123456789".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i > pos && i < text.length() && text.charAt(i) == '期') {
            return true;
        }
        return i == pos && pos + 2 <= text.length() && "项目".contentEquals(text.subSequence(pos, pos + 2));
    }

    /**
     * The zone word right after {@code pos}, or after a direction there (北部科技园区), or after a name of two or three
     * characters before a government zone's word (滨海新区, 新站高新区); or null.
     */
    private static Trie.Match<Boolean> zoneWordAfter(CharSequence text, int pos) {
        Trie.Match<Boolean> suffix = SUFFIXES.longestAt(text, pos, text.length());
        if (suffix != null) {
            return suffix;
        }
        Trie.Match<Boolean> modifier = MODIFIERS.longestAt(text, pos, text.length());
        if (modifier != null) {
            return SUFFIXES.longestAt(text, modifier.end(), text.length());
        }
        for (int length = 2; length <= 3 && pos + length < text.length(); length++) {
            char last = text.charAt(pos + length - 1);
            if (!nameChar(last) || !nameChar(text.charAt(pos))) {
                return null;
            }
            Trie.Match<Boolean> after = SUFFIXES_AFTER_NAME.longestAt(text, pos + length, text.length());
            if (after != null) {
                return after;
            }
        }
        return null;
    }

    /** Government zone words after a name ({@code lexicon/zone-suffixes-after-name.txt}). */
    private static final Trie<Boolean> SUFFIXES_AFTER_NAME =
            Trie.ofWords(Lexicons.words("zone-suffixes-after-name.txt"));

    /** A character of a zone's own name: a Han character that is no function word, rank or administrative unit. */
    private static boolean nameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && NOT_NAME_CHARS.indexOf(c) < 0;
    }

    private static final String NOT_NAME_CHARS = "的和与及或各级类个家些等全本该市县区省镇乡村街在至到从向为是有";

    /**
     * 太仓高新区, 双牌工业集中区, 海淀北部科技园区: a place and a zone word, perhaps with a direction between them, name a
     * park the gazetteer does not know, as written.
     */
    private static List<RegionMention> namedParks(CharSequence text, List<RegionMention> mentions) {
        List<RegionMention> out = new ArrayList<>(mentions.size());
        Map<String, String> shortForms = new java.util.LinkedHashMap<>(); // 滨海新区 of 绍兴滨海新区, by park
        for (int i = 0; i < mentions.size(); i++) {
            RegionMention m = mentions.get(i);
            Trie.Match<Boolean> suffix = m.kind() == Kind.PLACE ? zoneWordAfter(text, m.end()) : null;
            if (suffix == null) {
                out.add(m);
                continue;
            }
            int end = suffix.end();
            if (namesProject(text, end) || companysPark(text, m.start(), suffix)) {
                // 「富士康昆山科技园三期项目」: the place and park are part of a project's name, no region of their own
                while (i + 1 < mentions.size() && mentions.get(i + 1).start() < end) {
                    i++;
                }
                continue;
            }
            while (i + 1 < mentions.size() && mentions.get(i + 1).start() < end) {
                end = Math.max(end, mentions.get(i + 1).end());
                i++; // the generic word (高新区) the suffix spans is part of the park's name
            }
            String park = text.subSequence(m.start(), end).toString();
            out.add(new RegionMention(m.start(), end, park, Kind.ZONE, 4));
            boolean ownName =
                    SUFFIXES.longestAt(text, m.end(), end) == null && MODIFIERS.longestAt(text, m.end(), end) == null;
            if (ownName && end - m.end() >= 4) {
                shortForms.putIfAbsent(text.subSequence(m.end(), end).toString(), park);
            }
        }
        return shortForms(text, out, shortForms);
    }

    /**
     * The region an article is mainly about: the zone or place it names most, the title counting thrice; on a tie
     * the more specific one (a zone before its city, a county before its prefecture). Null when it names none.
     */
    public String main(List<RegionMention> inTitle, List<RegionMention> inText) {
        Map<String, int[]> counts = new HashMap<>();
        for (RegionMention m : inTitle) {
            if (m.kind() == Kind.ZONE || m.kind() == Kind.PLACE) {
                counts.computeIfAbsent(m.canonical(), k -> new int[] {0, m.depth()})[0] += 3;
            }
        }
        int generic = 0;
        for (RegionMention m : inText) {
            if (m.kind() == Kind.ZONE || m.kind() == Kind.PLACE) {
                counts.computeIfAbsent(m.canonical(), k -> new int[] {0, m.depth()})[0]++;
            } else if (m.end() - m.start() >= 3) {
                generic++; // 开发区, 高新区 (not 全区, 区内): the article's own zone, whichever it is
            }
        }
        String bestZone = null;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (e.getValue()[1] == 4
                    && (bestZone == null
                            || e.getValue()[0] > counts.get(bestZone)[0]
                            || e.getValue()[0] == counts.get(bestZone)[0]
                                    && e.getKey().compareTo(bestZone) < 0)) {
                bestZone = e.getKey();
            }
        }
        if (bestZone != null) {
            counts.get(bestZone)[0] += generic;
        }
        String best = null;
        int[] bestScore = null;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] s = e.getValue();
            if (bestScore == null
                    || s[0] > bestScore[0]
                    || s[0] == bestScore[0] && s[1] > bestScore[1]
                    || s[0] == bestScore[0]
                            && s[1] == bestScore[1]
                            && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * The development zone an article names most, at least twice (the title counting thrice), or null: what 开发区 and
     * 全区 stand for.
     */
    public String mainZone(List<RegionMention> inTitle, List<RegionMention> inText) {
        Map<String, Integer> counts = new HashMap<>();
        for (RegionMention m : inTitle) {
            if (m.kind() == Kind.ZONE) {
                counts.merge(m.canonical(), 3, Integer::sum);
            }
        }
        for (RegionMention m : inText) {
            if (m.kind() == Kind.ZONE) {
                counts.merge(m.canonical(), 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null
                    || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
            }
        }
        // a zone named once in passing is not what the article is about
        return best != null && counts.get(best) >= 2 ? best : null;
    }

    /**
     * The zone an article means by the generic zone word it repeats (经开区 three times or more) when it names no zone
     * but a city or county: that place's name without 市/县/区 and the word (芜湖市 + 经开区 = 芜湖经济技术开发区 when
     * the gazetteer knows it, else 太仓高新区 as written). Null when the article names no such place or word.
     */
    public String impliedZone(String mainPlace, List<RegionMention> inText, CharSequence text) {
        Places.Place p = mainPlace == null ? null : places.byCanonical(mainPlace);
        if (p == null || p.level() == Places.Level.PROVINCE) {
            return null;
        }
        Map<String, Integer> words = new HashMap<>();
        for (RegionMention m : inText) {
            if (m.kind() == Kind.GENERIC && m.end() - m.start() >= 3) {
                words.merge(text.subSequence(m.start(), m.end()).toString(), 1, Integer::sum);
            }
        }
        String word = null;
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            if (e.getValue() >= 3 && (word == null || e.getValue() > words.get(word))) {
                word = e.getKey();
            }
        }
        if (word == null) {
            return null;
        }
        String name = p.name();
        if (name.length() >= 3 && "市县区".indexOf(name.charAt(name.length() - 1)) >= 0) {
            name = name.substring(0, name.length() - 1);
        }
        String implied = name + word;
        Gazetteer.ZoneMention known = zones.at(implied, 0, implied.length());
        return known != null && known.end() == implied.length() && !known.generic() ? known.canonical() : implied;
    }

    /** The first zone or place among a title's mentions, or null. */
    public String firstIn(List<RegionMention> inTitle) {
        for (RegionMention m : inTitle) {
            if (m.kind() == Kind.ZONE || m.kind() == Kind.PLACE) {
                return m.canonical();
            }
        }
        return null;
    }
}
