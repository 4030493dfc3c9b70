package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import zonepulse.events.Stage;
import zonepulse.extraction.internal.region.Gazetteer;
import zonepulse.extraction.internal.region.Places;

/**
 * The names before a trigger, in its clause: 「阿斯利康中国北部总部建成」 gives one; 「A、B等7个项目已开工」 gives A and B,
 * listed; 「A项目和B项目」 gives two. A place or time phrase between name and trigger (…在开发区开园, …于1992年开工) is no
 * part of the name; of two parties to a signing (A与B签约) the zone or government is not the project, else the one
 * before 与 is the partner; a relative clause before 的 (…开工的天空之境项目) only introduces it, and a region before a verb of having
 * (高新区已有A、B等…) has the names. Immutable.
 */
final class SubjectNamesRule {
    /** How close before the trigger a 在/于 phrase must start to be the place or time of the stage. */
    private static final int LOCATIVE_REACH = 10;
    /** How close before the trigger a 等 must stand to close a list (等7个项目, 等一批项目). */
    private static final int ETC_REACH = 14;

    private final NameEdgeRule edges;
    private final CountedTailRule counts;

    SubjectNamesRule(NameEdgeRule edges, CountedTailRule counts) {
        this.edges = edges;
        this.counts = counts;
    }

    static final SubjectNamesRule STANDARD = new SubjectNamesRule(NameEdgeRule.STANDARD, CountedTailRule.STANDARD);

    /** The candidates in {@code t[segStart, trigger)} of statement {@code st}. */
    List<NameCandidate> before(String t, Statement st, int segStart, Trigger tr) {
        List<NameCandidate> items = new ArrayList<>();
        int start = segStart;
        int end = edges.tail(t, st, start, tr.start());
        for (char marker : new char[] {'在', '于'}) {
            int p = Spans.lastIndexOf(t, marker, start, end);
            if (p > start + 1 && end - p <= LOCATIVE_REACH) {
                end = edges.tail(t, st, start, p);
            }
        }
        start = edges.head(t, st, start, end);
        if (end - start < 2) {
            return items;
        }
        if (tr.stage() == Stage.SIGNED) {
            int with = Spans.lastIndexOf(t, '与', start, end);
            if (with >= start && with < end - 1) {
                // the party's own last word may have been taken for a name's trailing word (the 会 of 管委会)
                boolean otherParty = zoneOrGovernment(t, with + 1, end)
                        || tr.start() > end && zoneOrGovernment(t, with + 1, tr.start());
                if (otherParty && with - start >= 2) {
                    end = with; // 「某某集团与郑州经开区签约」: the zone is the other party
                } else {
                    start = with + 1;
                }
            }
        }
        int having = lastPossessionVerbEnd(t, start, end);
        if (having > start && end - having >= 2) {
            start = edges.head(t, st, having, end); // 高新区已有|A、B等8个项目: the region has the names, it is none
        }
        int de = Spans.lastIndexOf(t, '的', start, end);
        if (de - start >= 2 && end - de - 1 >= 2) {
            start = de + 1; // a relative clause has two chars at least: the 的 of 美的集团 is the name's
        }
        boolean listed = false;
        int etc = Spans.lastIndexOf(t, '等', start, end);
        if (etc > start && end - etc <= ETC_REACH) {
            end = etc;
            listed = true;
        } else {
            int tail = counts.startIn(t, start, end);
            if (tail > start && tail < end && t.substring(start, tail).indexOf('、') >= 0) {
                end = tail;
                listed = true;
            }
        }
        splitList(t, st, start, end, listed, items);
        return items;
    }

    /**
     * Whether {@code t[start, end)} is a zone (of the gazetteer, after its city or not, or a name ending in a government
     * zone's word the gazetteer does not know: 宁波前湾新区) or a government body.
     */
    private static boolean zoneOrGovernment(String t, int start, int end) {
        String party = t.substring(start, end);
        if (Spans.endsWithAny(party, Lexicon.GOVERNMENT_ENDINGS)
                || Spans.endsWithAny(party, Lexicon.GOVERNMENT_ZONE_WORDS)) {
            return true;
        }
        int from = start;
        var place = Places.standard().at(t, start, end);
        if (place != null && place.start() == start && place.end() < end) {
            from = place.end();
        }
        var zone = Gazetteer.standard().at(t, from, end);
        return zone != null && zone.end() == end;
    }

    /** The end of the last verb of having (已有, 共有) in {@code t[start, end)}, or -1. */
    private static int lastPossessionVerbEnd(String t, int start, int end) {
        for (int i = end - 2; i >= start; i--) {
            var m = Lexicon.POSSESSION_VERBS.longestAt(t, i, end);
            if (m != null) {
                return m.end();
            }
        }
        return -1;
    }

    private void splitList(String t, Statement st, int start, int end, boolean listed, List<NameCandidate> out) {
        int s = start;
        for (int i = start; i <= end; i++) {
            if (i == end || t.charAt(i) == '、' || joinsTwoFacilities(t, s, i, end)) {
                int[] trimmed = Spans.trim(t, s, i);
                int hs = edges.head(t, st, trimmed[0], trimmed[1]);
                if (trimmed[1] - hs >= 2) {
                    out.add(new NameCandidate(hs, trimmed[1], listed));
                }
                s = i + 1;
            }
        }
    }

    /**
     * 「A项目和B项目集中签约」: a 和 or 及 at {@code i} joins two named facilities when what stands before it (from {@code
     * from}) and the rest of the names (to {@code end}) end in the same facility head; one facility of two parts
     * (长城全球研发中心及品牌总部) or a 和 inside a name (中国科学院和平…) is no list.
     */
    private static boolean joinsTwoFacilities(String t, int from, int i, int end) {
        char c = t.charAt(i);
        if (c != '和' && c != '及' || end - i - 1 < 2 || i - from < 2) {
            return false;
        }
        String before = t.substring(from, i);
        int head = Lexicon.FACILITY_HEADS.longestReversedEndingAt(before, 0, before.length());
        return head > 0 && t.substring(i + 1, end).endsWith(before.substring(before.length() - head));
    }

    @Override
    public String toString() {
        return "SubjectNamesRule[<name>(在/于…)<trigger>; 与<name>签约; …的<name>; A、B等/N个 → listed; " + edges + "]";
    }
}
