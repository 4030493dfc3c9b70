package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import zonepulse.extraction.internal.text.Trie;

/**
 * The names after a trigger that takes its project as object (建成X, 引进X, 签约X), up to the clause's end or the next
 * trigger: 「建成奔驰海外的首个发动机工厂、研发中心」 gives two. A counted class without a list (建成公园绿地项目6个) names
 * nothing. Immutable.
 */
final class ObjectNamesRule {
    /** How close before the end a 等 must stand to close a list. */
    private static final int ETC_REACH = 14;
    /** The longest object phrase read: beyond it the clause is no name list. */
    private static final int MAX_PHRASE = 60;

    private final Set<String> objectTriggers;
    private final Trie<Boolean> trailingWords;
    private final CountedTailRule counts;

    /** {@code trailingWords} is a reversed-word trie. */
    ObjectNamesRule(Set<String> objectTriggers, Trie<Boolean> trailingWords, CountedTailRule counts) {
        this.objectTriggers = Set.copyOf(objectTriggers);
        this.trailingWords = trailingWords;
        this.counts = counts;
    }

    static final ObjectNamesRule STANDARD =
            new ObjectNamesRule(Lexicon.OBJECT_TRIGGERS, Lexicon.TRAILING_ADVERBS, CountedTailRule.STANDARD);

    /** The candidates after trigger {@code tr} of statement {@code st}, whose triggers are {@code triggers}. */
    List<NameCandidate> after(String t, Statement st, Trigger tr, List<Trigger> triggers) {
        List<NameCandidate> items = new ArrayList<>();
        int s = objectStart(t, st, tr);
        if (s < 0) {
            return items;
        }
        int limit = st.end();
        for (Trigger other : triggers) {
            if (other.start() >= s && other.start() < limit) {
                limit = other.start();
            }
        }
        int e = s;
        while (e < limit && !Spans.projectBoundary(t.charAt(e))) {
            e++;
        }
        e = Spans.stripTrailing(t, s, e, trailingWords);
        if (t.startsWith("建设", Math.max(s, e - 2)) && e - 2 > s) {
            e -= 2;
        }
        int tail = counts.startIn(t, s, e);
        boolean listed = false;
        if (tail < e && tail > s) {
            if (t.substring(s, tail).indexOf('、') < 0) {
                return items;
            }
            e = tail;
            listed = true;
        }
        int etc = Spans.lastIndexOf(t, '等', s, e);
        if (etc > s && e - etc <= ETC_REACH) {
            e = etc;
            listed = true;
        }
        if (e - s < 2 || e - s > MAX_PHRASE) {
            return items;
        }
        splitList(t, s, e, listed, items);
        return items;
    }

    /** What is signed (协议, 合同): {@code lexicon/agreement-words.txt}, a reversed-word trie. */
    private static final Trie<Boolean> AGREEMENTS =
            Trie.ofReversedWords(zonepulse.extraction.internal.lexicon.Lexicons.words("agreement-words.txt"));

    /**
     * The project a signing trigger {@code tr} signs an agreement on (「签订了某某基地项目合作协议」: 某某基地项目), or
     * null: the object up to the clause's end must be a facility's name followed by what is signed.
     */
    NameCandidate agreedOn(String t, Statement st, Trigger tr) {
        int s = objectStart(t, st, tr);
        if (s < 0) {
            return null;
        }
        int e = s;
        while (e < st.end() && !Spans.projectBoundary(t.charAt(e)) && e - s <= MAX_PHRASE) {
            e++;
        }
        int agreement = AGREEMENTS.longestReversedEndingAt(t, s, e);
        if (agreement == 0) {
            return null;
        }
        int[] name = Spans.trim(t, s, e - agreement);
        boolean facility =
                name[1] - name[0] >= 4 && Spans.endsWithAny(t.substring(name[0], name[1]), Lexicon.FACILITY_HEADS);
        return facility ? new NameCandidate(name[0], name[1], false) : null;
    }

    /** Where the object of trigger {@code tr} starts (past a 了), or -1 when the trigger takes no object. */
    private int objectStart(String t, Statement st, Trigger tr) {
        if (!objectTriggers.contains(t.substring(tr.start(), tr.end()))) {
            return -1;
        }
        int s = tr.end();
        return s < st.end() && t.charAt(s) == '了' ? s + 1 : s;
    }

    /** Items split at 、 and at a 和 with three chars on either side (研发中心和生产基地, not 和平路). */
    private static void splitList(String t, int s, int e, boolean listed, List<NameCandidate> out) {
        int from = s;
        for (int i = s; i <= e; i++) {
            boolean sep = i == e || t.charAt(i) == '、' || (t.charAt(i) == '和' && i - from >= 3 && e - i > 3);
            if (sep) {
                int[] trimmed = Spans.trim(t, from, i);
                if (trimmed[1] - trimmed[0] >= 2) {
                    out.add(new NameCandidate(trimmed[0], trimmed[1], listed));
                }
                from = i + 1;
            }
        }
    }

    @Override
    public String toString() {
        return "ObjectNamesRule[" + objectTriggers.size() + " object triggers + A、B(等/N个) → A, B]";
    }
}
