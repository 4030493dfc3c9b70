package zonepulse.extraction.internal.rules;

import java.util.Set;
import java.util.regex.Pattern;
import zonepulse.extraction.internal.lexicon.Lexicons;
import zonepulse.extraction.internal.region.Gazetteer;
import zonepulse.extraction.internal.text.Trie;

/**
 * Rejects candidate project names that name no specific thing: a person or an office (市委常委), a byline (记者 某某),
 * a place (宁德全市, 温州, 甲市和乙县), a time word (当年), a generic head (每一个项目, 29个项目, 工业项目), a clause that
 * starts with a copula or verb (是高新区项目), or a fragment with a date or count in it (3日接连各有). Immutable; the
 * word lists are the lexicon files named in {@link #standard()}.
 */
final class NameFilter {
    /** A leading count: 29个, 十余家, 多家, 数十个. */
    private static final Pattern LEADING_COUNT = Pattern.compile("^[0-9一二两三四五六七八九十百千多余数几]+[个家批项所座]");
    /** A batch ordinal: 第二批, 第3批. */
    private static final Pattern BATCH = Pattern.compile("第[0-9一二三四五六七八九十]+批");
    /** A kind modifier: 科技型, 龙头型, 外向型. */
    private static final Pattern KIND_MODIFIER = Pattern.compile("^[\\u4e00-\\u9fa5]{1,4}型");
    /** A day, month or year written with digits: 3日, 5月, 2018年. */
    private static final Pattern DATE_FRAGMENT = Pattern.compile("[0-9]+(日|月|年(?!产))");
    /** An amount of money: 25亿元, 3000万美元 (an amount is said of a project, it is no part of its name). */
    private static final Pattern AMOUNT = Pattern.compile("[0-9.]+(亿|万|千万|百万)?(元|美元|欧元)");
    /** A name ending in a bare digit (仙桃和天门在2) is cut from a date or count. */
    private static final Pattern TRAILING_DIGIT = Pattern.compile("[^A-Za-z0-9.\\-][0-9]+$");

    private final Set<String> genericHeads;
    private final Set<String> quantifiers;
    private final Set<String> titles;
    private final Set<String> bylines;
    private final Set<String> times;
    private final Set<String> places;
    private final Set<String> adminWords;
    private final Set<String> startRejects;
    private final Set<String> nonProjectHeads;
    private final Set<String> locatives;
    /** The same word sets as tries: a name's longest leading word is found in one walk, not one test per word. */
    private final Trie<Boolean> placePrefixes;

    private final Trie<Boolean> adminPrefixes;
    private final Trie<Boolean> quantifierPrefixes;

    NameFilter(
            Set<String> genericHeads,
            Set<String> quantifiers,
            Set<String> titles,
            Set<String> bylines,
            Set<String> times,
            Set<String> places,
            Set<String> adminWords,
            Set<String> startRejects,
            Set<String> nonProjectHeads,
            Set<String> locatives) {
        this.genericHeads = Set.copyOf(genericHeads);
        this.quantifiers = Set.copyOf(quantifiers);
        this.titles = Set.copyOf(titles);
        this.bylines = Set.copyOf(bylines);
        this.times = Set.copyOf(times);
        this.places = Set.copyOf(places);
        this.adminWords = Set.copyOf(adminWords);
        this.startRejects = Set.copyOf(startRejects);
        this.nonProjectHeads = Set.copyOf(nonProjectHeads);
        this.locatives = Set.copyOf(locatives);
        this.placePrefixes = Trie.ofWords(this.places);
        this.adminPrefixes = Trie.ofWords(this.adminWords);
        this.quantifierPrefixes = Trie.ofWords(this.quantifiers);
    }

    private static final NameFilter STANDARD = new NameFilter(
            Lexicons.words("project-generic-heads.txt"),
            Lexicons.words("name-quantifiers.txt"),
            Lexicons.words("person-titles.txt"),
            Lexicons.words("byline-words.txt"),
            Lexicons.words("time-words.txt"),
            Lexicons.words("place-names.txt"),
            Lexicons.words("admin-words.txt"),
            Lexicons.words("name-start-rejects.txt"),
            Lexicons.words("non-project-heads.txt"),
            Lexicons.words("locative-suffixes.txt"));

    /** The filter over the lexicon files. */
    static NameFilter standard() {
        return STANDARD;
    }

    /** True when {@code name} may name a project. */
    boolean accepts(String name) {
        return reason(name) == null;
    }

    /** Why {@code name} names no project, or null when it may. */
    String reason(String name) {
        String n = Spans.loose(name);
        if (n.length() < 2) {
            return "too short";
        }
        for (String w : startRejects) {
            if (n.startsWith(w)) {
                return "starts with " + w;
            }
        }
        if (n.startsWith("项目") && n.length() > 2) {
            return "starts with the generic head 项目";
        }
        if (BATCH.matcher(n).find()) {
            return "names a batch"; // 临港片区第二批重大项目, 2023年第三批重点项目: a batch of projects, no project
        }
        for (String w : titles) {
            if (n.contains(w)) {
                return "person or title " + w;
            }
        }
        for (String w : bylines) {
            if (n.contains(w)) {
                return "byline " + w;
            }
        }
        if (times.contains(n)) {
            return "time word";
        }
        if (DATE_FRAGMENT.matcher(n).find() || TRAILING_DIGIT.matcher(n).find()) {
            return "date or count fragment";
        }
        if (AMOUNT.matcher(n).find()) {
            return "an amount";
        }
        for (String w : nonProjectHeads) {
            if (n.endsWith(w)) {
                return "names " + w + ", not a project";
            }
        }
        String rest = stripPlaces(n);
        if (rest.isEmpty()) {
            return "only a place";
        }
        rest = stripLeadingTime(rest); // 某开发区一季度重大项目: a place, a time and a generic head
        String core = stripQuantifiers(rest);
        for (String w : locatives) {
            if (core.endsWith(w) && core.length() > w.length()) {
                core = core.substring(0, core.length() - w.length());
                break;
            }
        }
        if (core.isEmpty() || genericHeads.contains(core) || genericHeads.contains(n)) {
            return "generic head";
        }
        if (core.startsWith("项目") && core.length() > 2) {
            return "a counted class and its predicate (20个项目涵盖了…)";
        }
        return null;
    }

    /** Drops leading places, zones, administrative words and joiners (甲市和乙县, 某某高新区). */
    private String stripPlaces(String n) {
        String s = n;
        boolean stripped = false;
        while (!s.isEmpty()) {
            String p = longestPrefix(s, placePrefixes);
            if (p == null) {
                Gazetteer.ZoneMention zone = Gazetteer.standard().at(s, 0, s.length());
                if (zone != null) {
                    p = s.substring(0, zone.end());
                }
            }
            if (p == null) {
                var place =
                        zonepulse.extraction.internal.region.Places.standard().at(s, 0, s.length());
                if (place != null && place.end() < s.length()) {
                    p = s.substring(0, place.end());
                }
            }
            if (p == null) {
                p = longestPrefix(s, adminPrefixes);
                if (p != null && p.length() == 1 && !stripped) {
                    p = null; // 市, 县 alone only after a place
                }
            }
            if (p == null && stripped && "和与及、".indexOf(s.charAt(0)) >= 0) {
                p = s.substring(0, 1);
            }
            if (p == null) {
                break;
            }
            s = s.substring(p.length());
            stripped = true;
        }
        return s;
    }

    /** Drops a time expression the name opens with (一季度, 2023年, 今年). */
    private static String stripLeadingTime(String n) {
        for (var m : zonepulse.extraction.internal.time.TimeScanner.scan(n, 0, n.length())) {
            if (m.start() == 0 && m.end() < n.length()) {
                return n.substring(m.end());
            }
        }
        return n;
    }

    private String stripQuantifiers(String n) {
        String s = n;
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            java.util.regex.Matcher m = LEADING_COUNT.matcher(s);
            if (m.find()) {
                s = s.substring(m.end());
                changed = true;
                continue;
            }
            java.util.regex.Matcher kind = KIND_MODIFIER.matcher(s);
            if (kind.find() && kind.end() < s.length()) {
                s = s.substring(kind.end()); // 科技型大项目, 创新型企业: a kind of generic head
                changed = true;
                continue;
            }
            String q = longestPrefix(s, quantifierPrefixes);
            if (q != null && q.length() < s.length()) {
                s = s.substring(q.length());
                changed = true;
            }
        }
        return s;
    }

    /** The longest word of {@code words} that {@code s} starts with, or null. */
    private static String longestPrefix(String s, Trie<Boolean> words) {
        Trie.Match<Boolean> m = words.longestAt(s, 0, s.length());
        return m == null ? null : m.word();
    }

    @Override
    public String toString() {
        return "NameFilter[" + genericHeads.size() + " generic heads, " + titles.size() + " titles, " + places.size()
                + " places, " + startRejects.size() + " start rejects]";
    }
}
