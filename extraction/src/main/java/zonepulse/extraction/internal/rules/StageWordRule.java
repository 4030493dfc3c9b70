package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import zonepulse.events.Stage;
import zonepulse.extraction.internal.text.Trie;

/**
 * The stage words of a statement (开工, 落地, 签约 …, longest first) that state a stage reached: not inside quotes or
 * a book title (《…投产》), not part of a noun or another verb (落地转化, 开工率, 建设运营). Where no word stands,
 * {@link CompletedConstructionRule} may (完成X建设). Immutable.
 */
final class StageWordRule {
    private final Trie<Stage> triggers;
    private final Set<String> nounPrefixes;
    private final Set<String> nounSuffixes;
    private final CompletedConstructionRule completed;

    StageWordRule(
            Trie<Stage> triggers,
            Set<String> nounPrefixes,
            Set<String> nounSuffixes,
            CompletedConstructionRule completed) {
        this.triggers = triggers;
        this.nounPrefixes = Set.copyOf(nounPrefixes);
        this.nounSuffixes = Set.copyOf(nounSuffixes);
        this.completed = completed;
    }

    static final StageWordRule STANDARD = new StageWordRule(
            Lexicon.STAGE_TRIGGERS,
            Lexicon.TRIGGER_NOUN_PREFIXES,
            Lexicon.TRIGGER_NOUN_SUFFIXES,
            CompletedConstructionRule.STANDARD);

    /** The triggers of statement {@code st} in text order, each stage word on its own. */
    List<Trigger> find(String t, Statement st) {
        List<Trigger> out = new ArrayList<>();
        int i = st.start();
        while (i < st.end()) {
            Trie.Match<Stage> m = triggers.longestAt(t, i, st.end());
            if (m == null) {
                Trigger done = completed.at(t, i, st.end());
                if (done != null) {
                    out.add(done);
                    i = done.end();
                } else {
                    i++;
                }
                continue;
            }
            if (statesStage(t, st, m)) {
                out.add(Trigger.word(m.start(), m.end(), m.value()));
            }
            i = m.end();
        }
        return out;
    }

    /** Whether a trigger may stand in {@code t[from, to)}: a cheap test before a statement is read. */
    boolean mayStandIn(String t, int from, int to) {
        return triggers.find(t, from, to) != null || completed.mayStandIn(t, from, to);
    }

    private boolean statesStage(String t, Statement st, Trie.Match<Stage> m) {
        if (st.insideQuotes(m.start())) {
            return false;
        }
        for (String suffix : nounSuffixes) {
            if (t.startsWith(suffix, m.end())) {
                return false;
            }
        }
        for (String prefix : nounPrefixes) {
            if (m.start() >= prefix.length() && t.startsWith(prefix, m.start() - prefix.length())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "StageWordRule[stage word not quoted, not after " + nounPrefixes.size() + " noun prefixes, not before "
                + nounSuffixes.size() + " noun suffixes; else " + completed + "]";
    }
}
