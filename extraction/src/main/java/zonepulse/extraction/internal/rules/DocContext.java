package zonepulse.extraction.internal.rules;

import java.time.LocalDate;

/**
 * What the rules know about a document as a whole.
 *
 * @param clean the clean text
 * @param text the clean text folded for matching (same length)
 * @param published publication date, or null
 * @param reportYear the year an annual report is about (「2022年度工作总结」), or 0
 * @param mainZone the zone the article is mainly about, or null
 * @param zones every zone the text names, in text order
 */
public record DocContext(
        String clean,
        String text,
        LocalDate published,
        int reportYear,
        String mainZone,
        java.util.List<zonepulse.extraction.internal.region.Gazetteer.ZoneMention> zones) {
    /** The year relative expressions (今年, 去年) refer to, or 0 when unknown. */
    /** The zone a figure or project at {@code pos} is about: the last one named in its statement, else the main one. */
    public String regionAt(int statementStart, int pos) {
        int lo = 0;
        int hi = zones.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (zones.get(mid).end() <= pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = found; i >= 0 && zones.get(i).start() >= statementStart; i--) {
            if (!zones.get(i).generic()) {
                return zones.get(i).canonical();
            }
        }
        return mainZone;
    }

    public int docYear() {
        return published != null ? published.getYear() : reportYear;
    }
}
