package zonepulse.extraction.internal.rules;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zonepulse.events.Stage;
import zonepulse.extraction.internal.text.Trie;

/**
 * 「本次集中开工项目共8个。\n主要包括：\n1.甲项目，总投资20亿元；\n2.乙基地，总投资12亿元。」: an enumerated line under a
 * paragraph that ends with a list opener and a colon names one project, at the stage of the last trigger stated just
 * before the list (in the opener's paragraph or the one before it). The name runs from the marker to the first pause
 * or predicate word. Immutable.
 */
final class NumberedListRule {
    static final String NAME = "NumberedListRule";

    /** An enumeration marker opening a line: 1. 1、 (1) （一） 一、 */
    private static final Pattern MARKER = Pattern.compile(
            "\\s*(?:\\d{1,2}\\s*[.、．]|[（(]\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[)）]|[一二三四五六七八九十]{1,3}\\s*[、．])\\s*");
    /** How many enumerated lines back the list's opener may stand. */
    private static final int MAX_ITEMS = 40;

    private final Set<String> openers;
    private final Predicate<String> acceptName;

    NumberedListRule(Set<String> openers, Predicate<String> acceptName) {
        this.openers = Set.copyOf(openers);
        this.acceptName = acceptName;
    }

    /** The project the enumerated line that statement {@code st} opens names, or null. */
    ProjectMatch item(String t, Statement st) {
        int s = st.start();
        if (s > 0 && t.charAt(s - 1) != '\n') {
            return null;
        }
        Matcher marker = MARKER.matcher(t).region(s, st.end());
        if (!marker.lookingAt()) {
            return null;
        }
        int nameStart = marker.end();
        int nameEnd = nameStart;
        while (nameEnd < st.end()
                && "，,；;。：:（(".indexOf(t.charAt(nameEnd)) < 0
                && !(nameEnd - nameStart >= 2 && Lexicon.predicateStartsAt(t, nameEnd))) {
            nameEnd++;
        }
        int[] trimmed = Spans.trim(t, nameStart, nameEnd);
        if (trimmed[1] - trimmed[0] < 3 || !acceptName.test(t.substring(trimmed[0], trimmed[1]))) {
            return null;
        }
        Trie.Match<Stage> stage = openerStage(t, s);
        return stage == null
                ? null
                : new ProjectMatch(trimmed[0], trimmed[1], stage.value(), stage.start(), stage.end(), -1, NAME);
    }

    /**
     * The trigger of the list the line at {@code lineStart} belongs to: back over enumerated lines to the paragraph
     * before them, which must end with an opener and a colon; its last trigger, else the last of the paragraph before.
     */
    private Trie.Match<Stage> openerStage(String t, int lineStart) {
        int end = lineStart - 1; // the '\n' ending the previous line
        for (int n = 0; n < MAX_ITEMS && end > 0; n++) {
            int start = t.lastIndexOf('\n', end - 1) + 1;
            if (MARKER.matcher(t).region(start, end).lookingAt() && end - start > 2) {
                end = start - 1;
                continue;
            }
            if (!endsWithOpener(t, start, end)) {
                return null;
            }
            Trie.Match<Stage> last = lastTrigger(t, start, end);
            if (last == null && start > 0) {
                last = lastTrigger(t, t.lastIndexOf('\n', start - 2) + 1, start - 1);
            }
            return last;
        }
        return null;
    }

    private boolean endsWithOpener(String t, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        if (e <= start || (t.charAt(e - 1) != '：' && t.charAt(e - 1) != ':')) {
            return false;
        }
        for (String opener : openers) {
            if (e - 1 - opener.length() >= start && t.startsWith(opener, e - 1 - opener.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last stage word of {@code t[from, to)}, noun uses included (集中开工项目, 签约活动 give the list's stage) but not
     * after a noun prefix ({@code lexicon/trigger-noun-prefixes.txt}: 召开工作, 招商签约 …).
     */
    private static Trie.Match<Stage> lastTrigger(String t, int from, int to) {
        Trie.Match<Stage> last = null;
        for (int i = from; i < to; i++) {
            Trie.Match<Stage> m = Lexicon.STAGE_TRIGGERS.longestAt(t, i, to);
            if (m == null) {
                continue;
            }
            if (!Lexicon.nounPrefixEndsAt(t, m.start())) {
                last = m;
            }
            i = m.end() - 1;
        }
        return last;
    }

    @Override
    public String toString() {
        return NAME + "[<trigger>…<opener>：\\n1.<name>，… → name at the trigger's stage]";
    }
}
