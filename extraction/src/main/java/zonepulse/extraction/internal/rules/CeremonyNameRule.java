package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import zonepulse.events.Stage;
import zonepulse.extraction.internal.lexicon.Lexicons;
import zonepulse.extraction.internal.text.Trie;

/**
 * 「某区举行某某项目开工仪式」, 「举办某某基地签约活动」: a ceremony held for one project names it between the host verb
 * and the stage word the ceremony is of; the project reached that stage. The name must end in a facility head and pass
 * the name test (「举行2023年重点项目集中开工仪式」 names a batch, no project). Words: {@code lexicon/ceremony-frames.tsv}.
 * Immutable.
 */
final class CeremonyNameRule {
    static final String NAME = "CeremonyNameRule";
    /** How long a name between host and stage word may be. */
    private static final int MAX_NAME = 40;

    private final Trie<Stage> triggers;
    private final Trie<Boolean> hosts;
    private final Trie<Boolean> ceremonies;
    private final Predicate<String> acceptName;

    CeremonyNameRule(Trie<Stage> triggers, List<String> hosts, List<String> ceremonies, Predicate<String> acceptName) {
        this.triggers = triggers;
        this.hosts = Trie.ofWords(hosts);
        this.ceremonies = Trie.ofWords(ceremonies);
        this.acceptName = acceptName;
    }

    static CeremonyNameRule standard(Predicate<String> acceptName) {
        List<String> hosts = new ArrayList<>();
        List<String> ceremonies = new ArrayList<>();
        for (String[] row : Lexicons.rows("ceremony-frames.tsv")) {
            (row[1].equals("host") ? hosts : ceremonies).add(row[0]);
        }
        return new CeremonyNameRule(Lexicon.STAGE_TRIGGERS, hosts, ceremonies, acceptName);
    }

    /** The projects whose ceremonies statement {@code t[from, to)} says were held. */
    List<ProjectMatch> find(String t, int from, int to) {
        List<ProjectMatch> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Trie.Match<Boolean> host = hosts.longestAt(t, i, to);
            if (host == null) {
                continue;
            }
            int s = host.end();
            for (int j = s + 2; j < to && j - s <= MAX_NAME && !Spans.clauseBoundary(t.charAt(j)); j++) {
                Trie.Match<Stage> m = triggers.longestAt(t, j, to);
                if (m == null) {
                    continue;
                }
                Trie.Match<Stage> next = triggers.longestAt(t, m.end(), to); // 开工奠基仪式: one step, the later stage
                int end = next != null ? next.end() : m.end();
                Stage stage = next != null && next.value().isLaterThan(m.value()) ? next.value() : m.value();
                if (ceremonies.longestAt(t, end, to) != null) {
                    int[] name = Spans.trim(t, s, j);
                    String candidate = t.substring(name[0], name[1]);
                    if (Spans.endsWithAny(candidate, Lexicon.FACILITY_HEADS) && acceptName.test(candidate)) {
                        out.add(new ProjectMatch(name[0], name[1], stage, m.start(), end, -1, NAME));
                    }
                }
                break; // the first stage word after the host decides
            }
            i = s - 1;
        }
        return out;
    }

    @Override
    public String toString() {
        return NAME + "[举行 <facility> <stage word> 仪式 → facility at that stage]";
    }
}
