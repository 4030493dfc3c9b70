package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import zonepulse.events.Stage;
import zonepulse.extraction.internal.text.Trie;

/**
 * Lists of named projects sharing one stage, one event per item:
 *
 * <ul>
 *   <li>a list opened by 包括 after a clause with a trigger: 「集中开工项目共计12个，包括甲、乙、丙」, 「有3个项目竣工，包括甲、乙和丙」;
 *   <li>a list before 等 and a class word, the trigger later in the clause: 「甲、乙、丙等十余家企业与该区签约」;
 *   <li>a list before 都/均 and the trigger: 「甲、乙、丙都是今年招商入园」;
 *   <li>a list before ……, then a counted class and the trigger: 「甲、乙……全区8个项目将开工」;
 *   <li>a counted list after a ceremony's statement: 「开工仪式在某园举行。甲、乙等7个外资项目，总投资…；丙、丁等5个内资项目…」.
 * </ul>
 *
 * Items pass {@link InvestmentBeforeNameRule} (投资X亿元的Y gives Y) and the name test given. Immutable.
 */
final class ListItemsRule {
    private static final String NAME = "ListItemsRule";

    private final Trie<Stage> triggers;
    private final List<String> openers;
    private final List<String> nounPrefixes;
    private final List<String> conditionals;
    private final Predicate<String> acceptName;

    ListItemsRule(
            Trie<Stage> triggers,
            Set<String> openers,
            Set<String> nounPrefixes,
            Set<String> conditionals,
            Predicate<String> acceptName) {
        this.triggers = triggers;
        this.openers = List.copyOf(openers); // file order: the first word found wins, so order must not vary by run
        this.nounPrefixes =
                List.copyOf(nounPrefixes); // file order: the first word found wins, so order must not vary by run
        this.conditionals =
                List.copyOf(conditionals); // file order: the first word found wins, so order must not vary by run
        this.acceptName = acceptName;
    }

    /**
     * The list items of statement {@code t[from, to)}; {@code floor} (≤ from) is how far back an opener may look
     * for its trigger (the paragraph's start).
     */
    List<ProjectMatch> find(String t, int floor, int from, int to) {
        List<ProjectMatch> out = new ArrayList<>();
        openerLists(t, floor, from, to, out);
        subjectLists(t, from, to, out);
        ceremonyLists(t, floor, from, to, out);
        return out;
    }

    /** 「…开工奠基仪式在某园举行。甲、乙等7个外资项目，…；丙、丁等13个内资项目，…」: the ceremony's stage. */
    private void ceremonyLists(String t, int floor, int from, int to, List<ProjectMatch> out) {
        if (from <= floor) {
            return;
        }
        int back = from - 1;
        while (back > floor && !Spans.endsStatement(t.charAt(back - 1))) {
            back--;
        }
        Trie.Match<Stage> ceremony = null;
        for (int i = back; i < from; i++) {
            Trie.Match<Stage> m = triggers.longestAt(t, i, from);
            if (m != null) {
                Trie.Match<Stage> step = merged(t, m, from);
                if (IndicatorRules.indexOfIn(t, "仪式", step.end(), Math.min(from, step.end() + 3)) >= 0) {
                    ceremony = step;
                }
                i = step.end() - 1;
            }
        }
        if (ceremony == null) {
            return;
        }
        int sentence = from;
        for (int i = from; i <= to; i++) {
            if (i < to && !Spans.endsSentence(t.charAt(i))) {
                continue;
            }
            int clauseEnd = Spans.clauseEnd(t, sentence, i);
            int etc = IndicatorRules.indexOfIn(t, "等", sentence, clauseEnd);
            if (etc > sentence
                    && IndicatorRules.indexOfIn(t, "、", sentence, etc) >= 0
                    && firstTrigger(t, sentence, clauseEnd) == null
                    && hasCount(t, etc, clauseEnd)
                    && (IndicatorRules.indexOfIn(t, "项目", etc, clauseEnd) >= 0
                            || IndicatorRules.indexOfIn(t, "企业", etc, clauseEnd) >= 0)) {
                items(t, sentence, etc, ceremony.start(), ceremony.end(), ceremony.value(), out);
            }
            sentence = i + 1;
        }
    }

    private void openerLists(String t, int floor, int from, int to, List<ProjectMatch> out) {
        for (String opener : openers) {
            int o = IndicatorRules.indexOfIn(t, opener, from, to);
            while (o >= 0) {
                boolean atClause = o == from
                        || Spans.projectBoundary(t.charAt(o - 1))
                        || t.charAt(o - 1) == '，'
                        || afterClassWord(t, from, o); // 签约的项目包括：A、B、C
                if (opener.equals("如") && o + 1 < to && "期何今果此同".indexOf(t.charAt(o + 1)) >= 0) {
                    atClause = false; // 如期, 如何, 如今: not 「如」 (for example)
                }
                if (atClause) {
                    // the trigger is in the sentence before the opener; 如 (for example) may look back further
                    int back = o;
                    while (back > from && !Spans.endsSentence(t.charAt(back - 1))) {
                        back--;
                    }
                    if (opener.equals("如") && back == from) {
                        back = floor;
                    }
                    Trie.Match<Stage> tr = lastTrigger(t, back, o);
                    if (tr != null && countsProjects(t.substring(back, o))) {
                        int s = o + opener.length();
                        if (s < to && (t.charAt(s) == '：' || t.charAt(s) == ':')) {
                            s++;
                        }
                        int e = s;
                        while (e < to && !Spans.endsSentence(t.charAt(e)) && t.charAt(e) != '，' && t.charAt(e) != ',') {
                            e++;
                        }
                        items(t, s, e, tr.start(), tr.end(), tr.value(), out);
                    }
                }
                o = IndicatorRules.indexOfIn(t, opener, o + opener.length(), to);
            }
        }
    }

    private void subjectLists(String t, int from, int to, List<ProjectMatch> out) {
        int clause = from;
        for (int i = from; i <= to; i++) {
            if (i < to && !Spans.projectBoundary(t.charAt(i)) && t.charAt(i) != '…') {
                continue;
            }
            int end = i;
            // 甲、乙……全区8个项目将开工: the list ends at the ellipsis, the trigger is in the next clause
            if (i < to && t.charAt(i) == '…') {
                int next = i;
                while (next < to && t.charAt(next) == '…') {
                    next++;
                }
                int nextEnd = Spans.clauseEnd(t, next, to);
                Trie.Match<Stage> tr = firstTrigger(t, next, nextEnd);
                if (tr != null && hasCount(t, next, tr.start()) && IndicatorRules.indexOfIn(t, "、", clause, end) >= 0) {
                    items(t, clause, end, tr.start(), tr.end(), tr.value(), out);
                }
                i = next - 1;
                clause = next;
                continue;
            }
            listBeforeMarker(t, clause, end, out);
            clause = i + 1;
        }
    }

    /** 「甲、乙、丙等十余家企业与该县签约」, 「甲、乙、丙都是今年招商入园的新项目」 in clause {@code t[s, e)}. */
    private void listBeforeMarker(String t, int s, int e, List<ProjectMatch> out) {
        if (IndicatorRules.indexOfIn(t, "、", s, e) < 0) {
            return;
        }
        Trie.Match<Stage> tr = firstTrigger(t, s, e);
        if (tr == null) {
            return;
        }
        int etc = IndicatorRules.indexOfIn(t, "等", s, tr.start());
        if (etc > s && IndicatorRules.indexOfIn(t, "、", s, etc) >= 0) {
            String between = t.substring(etc, tr.start());
            for (String w : Lexicon.NON_PROJECT_HEADS) {
                if (between.contains(w) && w.length() >= 2) {
                    return; // 甲、乙等领域的多家企业: the items are sectors
                }
            }
            for (String w : Lexicon.LIST_CLASS_WORDS) {
                if (between.contains(w)) {
                    items(t, s, etc, tr.start(), tr.end(), tr.value(), out);
                    return;
                }
            }
        }
        for (String m : Lexicon.LIST_ALL_MARKERS) {
            int at = IndicatorRules.indexOfIn(t, m, s, tr.start());
            if (at > s && IndicatorRules.indexOfIn(t, "、", s, at) >= 0 && tr.start() - at <= 12) {
                items(t, s, at, tr.start(), tr.end(), tr.value(), out);
                return;
            }
        }
    }

    /** 「集中开工项目共计12个」, 「有3个项目竣工」: the clause before an opener speaks of projects or companies. */
    /** Whether the opener at {@code o} follows the word naming what is listed (…的项目包括, 企业有). */
    private static boolean afterClassWord(String t, int from, int o) {
        return o - 2 >= from && (t.startsWith("项目", o - 2) || t.startsWith("企业", o - 2));
    }

    private static boolean countsProjects(String before) {
        return before.contains("项目") || before.contains("企业") || hasCount(before, 0, before.length());
    }

    private static boolean hasCount(String t, int s, int e) {
        for (int i = s; i + 1 < e; i++) {
            if ((Character.isDigit(t.charAt(i)) || "一二两三四五六七八九十".indexOf(t.charAt(i)) >= 0)
                    && "个家项批".indexOf(t.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Splits {@code t[s, e)} at 、 (and a last 和/及) into items, each a match when its name passes. */
    private void items(String t, int s, int e, int ts, int te, Stage stage, List<ProjectMatch> out) {
        int etc = IndicatorRules.indexOfIn(t, "等", s, e);
        if (etc > s) {
            e = etc;
        }
        List<int[]> parts = new ArrayList<>();
        int from = s;
        for (int i = s; i <= e; i++) {
            if (i == e || t.charAt(i) == '、') {
                parts.add(new int[] {from, i});
                from = i + 1;
            }
        }
        if (parts.size() >= 2) {
            int[] last = parts.get(parts.size() - 1);
            for (char joiner : new char[] {'和', '及'}) {
                int j = Spans.lastIndexOf(t, joiner, last[0], last[1]);
                if (j - last[0] >= 2 && last[1] - j > 2) {
                    parts.set(parts.size() - 1, new int[] {last[0], j});
                    parts.add(new int[] {j + 1, last[1]});
                    break;
                }
            }
        }
        if (parts.size() == 1) {
            // 「…包括总投资20亿元的甲项目和总投资8亿元的乙基地」: two items, each ending in a facility's head noun
            int[] only = Spans.trim(t, s, e);
            for (char joiner : new char[] {'和', '及'}) {
                int j = Spans.lastIndexOf(t, joiner, only[0], only[1]);
                if (j - only[0] >= 3
                        && only[1] - j > 3
                        && namesFacility(t, only[0], j)
                        && namesFacility(t, j + 1, only[1])) {
                    parts.set(0, new int[] {only[0], j});
                    parts.add(new int[] {j + 1, only[1]});
                    break;
                }
            }
        }
        if (parts.size() < 2) {
            return;
        }
        for (int[] p : parts) {
            int[] trimmed = Spans.trim(t, p[0], p[1]);
            int ns = trimmed[0];
            Trie.Match<Boolean> lead = Lexicon.LEADING_VERBS.longestAt(t, ns, trimmed[1]);
            if (lead != null && lead.word().length() >= 2 && trimmed[1] - lead.end() >= 2) {
                ns = lead.end(); // 其中甲、乙; a one-char word (新, 共) may start a name (新能源…)
            }
            int[] name = InvestmentBeforeNameRule.STANDARD.refine(t, ns, trimmed[1]);
            if (name[2] < 0) {
                // 「乙门业投资1亿元建设的年产10万樘门生产线」: a relative clause before the name
                int de = Spans.lastIndexOf(t, '的', name[0], name[1]);
                if (de > name[0] && name[1] - de > 3) {
                    name = new int[] {de + 1, name[1], -1};
                }
            }
            if (name[1] - name[0] >= 2 && acceptName.test(t.substring(name[0], name[1]))) {
                out.add(new ProjectMatch(name[0], name[1], stage, ts, te, name[2], NAME));
            }
        }
    }

    /** Whether {@code t[s, e)} ends in a facility's head noun (项目, 基地, 产业园…). */
    private static boolean namesFacility(String t, int s, int e) {
        return Lexicon.FACILITY_HEADS.longestReversedEndingAt(t, s, e) > 0;
    }

    private Trie.Match<Stage> lastTrigger(String t, int from, int to) {
        Trie.Match<Stage> last = null;
        for (int i = from; i < to; i++) {
            Trie.Match<Stage> m = triggers.longestAt(t, i, to);
            if (m != null && isTrigger(t, m)) {
                Trie.Match<Stage> step = merged(t, m, to);
                i = step.end() - 1;
                if (!conditional(t, step.end())) {
                    last = step;
                }
            }
        }
        return last;
    }

    private Trie.Match<Stage> firstTrigger(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            Trie.Match<Stage> m = triggers.longestAt(t, i, to);
            if (m != null && isTrigger(t, m)) {
                return merged(t, m, to);
            }
        }
        return null;
    }

    /** 「开工奠基」, 「建成投产」: two triggers stated as one step give the later stage. */
    private Trie.Match<Stage> merged(String t, Trie.Match<Stage> m, int to) {
        Trie.Match<Stage> next = triggers.longestAt(t, m.end(), to);
        if (next != null) {
            Stage later = next.value().isLaterThan(m.value()) ? next.value() : m.value();
            return new Trie.Match<>(m.start(), next.end(), m.word() + next.word(), later);
        }
        return m;
    }

    private boolean isTrigger(String t, Trie.Match<Stage> m) {
        for (String p : nounPrefixes) {
            if (m.start() >= p.length() && t.startsWith(p, m.start() - p.length())) {
                return false;
            }
        }
        return !conditional(t, m.end());
    }

    private boolean conditional(String t, int end) {
        for (String c : conditionals) {
            if (t.startsWith(c, end)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return NAME + "[包括A、B和C | A、B等N家企业…签约 | A、B都是…入园 | A、B……N个项目…开工; openers=" + openers + "]";
    }
}
