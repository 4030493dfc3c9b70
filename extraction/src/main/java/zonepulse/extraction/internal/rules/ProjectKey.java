package zonepulse.extraction.internal.rules;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonepulse.extraction.internal.lexicon.Lexicons;
import zonepulse.extraction.internal.region.Gazetteer;
import zonepulse.extraction.internal.text.Normalizer;
import zonepulse.extraction.internal.text.Trie;

/**
 * The key that merges one project's mentions across articles: letters and digits only, lower case; a leading zone
 * or city name dropped (光谷长江存储二期 = 长江存储二期, 苏州某某产业园 = 某某产业园); generic suffixes dropped (项目, 重点项目);
 * phase words written one way (第二期, 2期, 二期工程, 项目二期 → 二期; 首期 → 一期). Phases stay: 一期 and 二期 are different
 * projects. Immutable.
 */
final class ProjectKey {
    /** 「某某项目二期」: a phase after the head word, written 「某某二期」 in the key. */
    private static final Pattern PHASE_AFTER_HEAD = Pattern.compile("(项目|工程)([一二三四五六七八九十]{1,2}期)$");

    private static final Pattern PHASE = Pattern.compile("(?:第)?([一二三四五六七八九十0-9]{1,2}|首)期(?:工程|项目)?");
    private static final String NUMERALS = "〇一二三四五六七八九";

    private final java.util.List<String> suffixes;
    /** Place names, to find the longest one a key starts with in one walk. */
    private final Trie<Boolean> places;

    private final Set<String> adminWords;

    ProjectKey(Set<String> suffixes, Set<String> places, Set<String> adminWords) {
        this.suffixes = java.util.List.copyOf(suffixes); // file order: longer suffixes first
        this.places = Trie.ofWords(places);
        this.adminWords = Set.copyOf(adminWords);
    }

    static final ProjectKey STANDARD =
            new ProjectKey(Lexicon.KEY_SUFFIXES, Lexicons.words("place-names.txt"), Lexicons.words("admin-words.txt"));

    String of(String name) {
        String key = Spans.loose(Normalizer.fold(name));
        Gazetteer.ZoneMention zone = Gazetteer.standard().at(key, 0, key.length());
        if (zone != null) {
            if (key.length() - zone.end() >= 4) {
                key = key.substring(zone.end());
            }
        } else {
            key = dropCity(key);
        }
        key = phases(key);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suffix : suffixes) {
                if (key.endsWith(suffix) && key.length() > suffix.length() + 1) {
                    key = key.substring(0, key.length() - suffix.length());
                    changed = true;
                }
            }
            // 「某某项目二期」 = 「某某二期项目」
            Matcher m = PHASE_AFTER_HEAD.matcher(key);
            if (m.find() && m.start() > 1) {
                key = key.substring(0, m.start()) + m.group(2);
                changed = true;
            }
        }
        return key.isEmpty() ? Spans.loose(name) : key;
    }

    /** 「苏州某某产业园」 → 「某某产业园」 when at least four chars are left. */
    private String dropCity(String key) {
        Trie.Match<Boolean> longest = places.longestAt(key, 0, key.length());
        String best = longest == null ? null : longest.word();
        if (best == null) {
            return key;
        }
        int end = best.length();
        for (String a : adminWords) {
            if (a.length() == 1 && key.startsWith(a, end)) {
                end++;
                break;
            }
        }
        return key.length() - end >= 4 ? key.substring(end) : key;
    }

    private static String phases(String key) {
        Matcher m = PHASE.matcher(key);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            if (n.equals("首")) {
                n = "一";
            } else if (n.chars().allMatch(Character::isDigit)) {
                int v = Integer.parseInt(n);
                n = v <= 9
                        ? String.valueOf(NUMERALS.charAt(v))
                        : v < 20 ? "十" + (v == 10 ? "" : NUMERALS.charAt(v - 10)) : n;
            }
            m.appendReplacement(b, Matcher.quoteReplacement(n + "期"));
        }
        m.appendTail(b);
        return b.toString();
    }

    @Override
    public String toString() {
        return "ProjectKey[drop zone/city prefix, phases as 一期/二期, suffixes " + suffixes + "]";
    }
}
