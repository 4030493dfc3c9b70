package zonepulse.extraction.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import zonepulse.extraction.internal.lexicon.Lexicons;
import zonepulse.extraction.internal.region.Regions;
import zonepulse.extraction.internal.region.Regions.Kind;
import zonepulse.extraction.internal.region.Regions.RegionMention;

/**
 * What the rules know about a document as a whole.
 *
 * @param clean the clean text
 * @param text the clean text folded for matching (same length)
 * @param published publication date, or null
 * @param reportYear the year an annual report is about (「2022年度工作总结」), or 0
 * @param titleYear the first year the title states (「经开区2022年经济社会发展情况汇报」), or 0
 * @param statedYear the year the text states most, or 0: an undated article's best guess at its own year
 * @param titleTime the period the title (else the lead) states (一季度, 1—5月, 上半年), what figures that state none are
 *     about, or null
 * @param titleRegion the first zone or place the title names, or null
 * @param mainRegion the zone or place the article names most, or null
 * @param mainZone the development zone the article names most (what 开发区, 高新区 and 全区 stand for), or null
 * @param regions every zone and place the text names, in text order
 */
public record DocContext(
        String clean,
        String text,
        LocalDate published,
        int reportYear,
        int titleYear,
        int statedYear,
        zonepulse.extraction.internal.time.TimeMention titleTime,
        String titleRegion,
        String mainRegion,
        String mainZone,
        List<RegionMention> regions) {

    /** Words before a region that make it the whole or the peer a figure is compared with (占北京的, 比深圳). */
    private static final Set<String> COMPARISON_WORDS = Lexicons.words("comparison-words.txt");
    /** 与, 和: before a place a determiner points at (与该县签约), a comparison only with a completer (相比, 持平). */
    private static final Set<String> COMPARISON_CONJUNCTIONS = Lexicons.words("comparison-conjunctions.txt");

    private static final Set<String> COMPARISON_COMPLETERS = Lexicons.words("comparison-completers.txt");

    /**
     * The region a figure or project at {@code pos} is about: the nearest region named before it in its statement,
     * else in its paragraph (a generic word such as 开发区 standing for the article's zone), else the title's, else the
     * one the article names most. A region named as the whole of a share or as a comparison (占全国的, 比深圳) is not
     * what the figure is about.
     */
    public String regionAt(int statementStart, int pos) {
        int paragraphStart = text.lastIndexOf('\n', Math.max(0, statementStart - 1)) + 1;
        for (int i = lastMentionBefore(pos); i >= 0 && regions.get(i).start() >= paragraphStart; i--) {
            RegionMention m = regions.get(i);
            if (comparison(m)) {
                continue;
            }
            if (m.kind() == Kind.GENERIC) {
                // 开发区, 高新区 stand for the article's zone; 全区 too, unless the article is about a district (区)
                boolean districtWord = m.end() - m.start() < 3;
                if (districtWord && mainRegion != null && !mainRegion.equals(mainZone) && mainRegion.endsWith("区")) {
                    return mainRegion;
                }
                return mainZone != null ? mainZone : mainRegion;
            }
            return m.canonical();
        }
        return titleRegion != null ? titleRegion : mainRegion;
    }

    private boolean comparison(RegionMention m) {
        int b = m.start() - 1;
        while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '的')) {
            b--;
        }
        if (endsWithWordOf(COMPARISON_WORDS, b)) {
            return true;
        }
        if (endsWithWordOf(COMPARISON_CONJUNCTIONS, b)) {
            boolean party = m.kind() == Kind.ZONE || Regions.determinerAt(text, m.start());
            return !party || completedInClause(m.end());
        }
        return false;
    }

    /** Whether a word of {@code words} ends at {@code last} (its last char). */
    private boolean endsWithWordOf(Set<String> words, int last) {
        for (String word : words) {
            int from = last - word.length() + 1;
            if (from >= 0 && text.startsWith(word, from)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comparison's completer (相比, 持平) follows {@code from} in its clause. */
    private boolean completedInClause(int from) {
        int end = from;
        while (end < text.length() && "，,。；;！？\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String clause = text.substring(from, end);
        for (String word : COMPARISON_COMPLETERS) {
            if (clause.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The zone or place named from {@code pos} on, or null. */
    public RegionMention regionStartingAt(int pos) {
        int i = lastMentionBefore(pos + 1);
        for (int k = Math.max(0, i); k < regions.size() && regions.get(k).start() <= pos; k++) {
            if (regions.get(k).start() == pos) {
                return regions.get(k);
            }
        }
        return null;
    }

    /** Index of the last mention ending at or before {@code pos}, or -1. */
    private int lastMentionBefore(int pos) {
        int lo = 0;
        int hi = regions.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (regions.get(mid).end() <= pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * The year relative expressions (今年, 去年) refer to: the publication's, else the report's, else the title's,
     * else the one the text states most; 0 when unknown.
     */
    public int docYear() {
        return published != null
                ? published.getYear()
                : reportYear > 0 ? reportYear : titleYear > 0 ? titleYear : statedYear;
    }
}
