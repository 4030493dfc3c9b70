package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import zonepulse.events.Stage;
import zonepulse.extraction.internal.text.Trie;

/**
 * 「开工项目中，甲项目将…；乙基地将…」: a trigger and a frame word (项目中) open a frame; the name each following clause of
 * the sentence opens with reached the trigger's stage. 「集中开工项目10个…。其中，甲项目，总投资5亿元；乙基地，…」: 其中 after a
 * counted trigger clause opens the same frame, also from the start of the next paragraph, and an amount right after a
 * name is its investment. A clause's comma-separated parts may each open with a name. A name must end in a facility
 * head. Immutable.
 */
final class FrameRule {
    private static final String NAME = "FrameRule";

    private final Trie<Stage> triggers;
    private final Set<String> frames;
    private final Predicate<String> acceptName;

    FrameRule(Trie<Stage> triggers, Set<String> frames, Predicate<String> acceptName) {
        this.triggers = triggers;
        this.frames = Set.copyOf(frames);
        this.acceptName = acceptName;
    }

    /**
     * 「其中，甲项目，总投资5亿元；乙项目，…」 at the start of statement {@code t[from, to)}, the counted trigger clause
     * (开工项目10个) before it in {@code t[floor, from)}.
     */
    List<ProjectMatch> findAfterCount(String t, int floor, int from, int to) {
        List<ProjectMatch> out = new ArrayList<>();
        int s = from;
        while (s < to && t.charAt(s) == ' ') {
            s++;
        }
        if (!t.startsWith("其中", s) || s + 2 >= to || "，,：:".indexOf(t.charAt(s + 2)) < 0) {
            return out;
        }
        int end = from; // past the line break when 其中 opens a paragraph
        while (end > floor && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        int back = Math.max(floor, end - 1);
        while (back > floor && !Spans.endsStatement(t.charAt(back - 1))) {
            back--;
        }
        Trie.Match<Stage> trigger = null;
        for (int i = back; i < end; i++) {
            Trie.Match<Stage> m = triggers.longestAt(t, i, end);
            if (m != null) {
                trigger = m;
                i = m.end() - 1;
            }
        }
        if (trigger == null || !counted(t, trigger.start(), end)) {
            return out;
        }
        int clause = s + 3;
        for (int j = clause; j <= to; j++) {
            if (j == to || t.charAt(j) == '；' || t.charAt(j) == ';' || t.charAt(j) == '。') {
                subjects(t, clause, j, trigger, out);
                clause = j + 1;
                if (j < to && t.charAt(j) == '。') {
                    break;
                }
            }
        }
        return out;
    }

    /** 「开工项目10个」, 「10个项目集中开工」: a count of projects near the trigger. */
    private static boolean counted(String t, int trigger, int limit) {
        int s = Math.max(0, trigger - 12);
        int e = Math.min(limit, trigger + 12);
        String around = t.substring(s, e);
        return around.contains("项目") && around.matches("(?s).*[0-9一二两三四五六七八九十]+[个项].*");
    }

    /** The framed names of statement {@code t[from, to)}. */
    List<ProjectMatch> find(String t, int from, int to) {
        List<ProjectMatch> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Trie.Match<Stage> m = triggers.longestAt(t, i, to);
            if (m == null) {
                continue;
            }
            boolean clauseStart = opensClause(t, from, m.start());
            String frame = null;
            for (String f : frames) {
                if (t.startsWith(f, m.end()) && (frame == null || f.length() > frame.length())) {
                    frame = f;
                }
            }
            int after = frame == null ? -1 : m.end() + frame.length();
            if (!clauseStart || frame == null || after >= to || "，,：:".indexOf(t.charAt(after)) < 0) {
                i = m.end() - 1;
                continue;
            }
            int clause = after + 1;
            for (int j = clause; j <= to; j++) {
                if (j == to || t.charAt(j) == '；' || t.charAt(j) == ';' || t.charAt(j) == '。') {
                    subjects(t, clause, j, m, out);
                    clause = j + 1;
                    if (j < to && t.charAt(j) == '。') {
                        break;
                    }
                }
            }
            break;
        }
        return out;
    }

    /** Words that may stand before a frame's trigger in its clause ({@code lexicon/project-frame-leads.txt}). */
    private static final Trie<Boolean> LEADS =
            Trie.ofReversedWords(zonepulse.extraction.internal.lexicon.Lexicons.words("project-frame-leads.txt"));

    /** Whether the trigger at {@code start} opens its clause, perhaps after a lead word (此次签约项目中). */
    private static boolean opensClause(String t, int from, int start) {
        int s = start - LEADS.longestReversedEndingAt(t, from, start);
        return s == from || Spans.projectBoundary(t.charAt(s - 1));
    }

    /**
     * The framed names of clause {@code t[s, e)}: the one it opens with, and one opening any of its comma-separated
     * parts (「甲项目总投资20亿元，乙项目总投资8亿元」); a part opening with no facility's name (总投资…, 建成后…) names none,
     * nor one opening with a predicate or a build verb: 「，拟建设某某产业化基地」 describes the project before it.
     */
    private void subjects(String t, int s, int e, Trie.Match<Stage> trigger, List<ProjectMatch> out) {
        subject(t, s, e, trigger, out);
        for (int k = s; k < e; k++) {
            if ((t.charAt(k) == '，' || t.charAt(k) == ',') && !describes(t, k + 1)) {
                subject(t, k + 1, e, trigger, out);
            }
        }
    }

    /** Whether a clause part at {@code p} opens with a predicate (将, 拟建设, 主要) or a build verb (打造, 建设). */
    private static boolean describes(String t, int p) {
        if (Lexicon.predicateStartsAt(t, p)) {
            return true;
        }
        for (String verb : Lexicon.BUILD_VERBS) {
            if (t.startsWith(verb, p)) {
                return true;
            }
        }
        return false;
    }

    private void subject(String t, int s, int e, Trie.Match<Stage> trigger, List<ProjectMatch> out) {
        int[] trimmed = Spans.trim(t, s, e);
        int end = trimmed[1];
        for (int k = trimmed[0] + 2; k < trimmed[1]; k++) {
            if (Spans.projectBoundary(t.charAt(k))) {
                end = k;
                break;
            }
            if (Lexicon.predicateStartsAt(t, k)) {
                end = k;
                break;
            }
        }
        String name = t.substring(trimmed[0], end);
        if (Spans.endsWithAny(name, Lexicon.FACILITY_HEADS) && acceptName.test(name)) {
            out.add(new ProjectMatch(
                    trimmed[0], end, trigger.value(), trigger.start(), trigger.end(), amountAfter(t, end, e), NAME));
        }
    }

    /** 「甲项目，总投资5亿元」: where the amount right after a name starts, or -1. */
    private static int amountAfter(String t, int pos, int limit) {
        int p = pos;
        if (p < limit && (t.charAt(p) == '，' || t.charAt(p) == ',')) {
            p++;
        }
        for (String w : Lexicon.INVESTMENT_WORDS) {
            if (t.startsWith(w, p)) {
                int a = p + w.length();
                while (a < limit && "达约为近".indexOf(t.charAt(a)) >= 0) {
                    a++;
                }
                return a < limit && Character.isDigit(t.charAt(a)) ? a : -1;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return NAME + "[<trigger>项目中，A…；B… → A, B at the trigger's stage; frames=" + frames + "]";
    }
}
