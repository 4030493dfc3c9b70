package zonepulse.extraction.internal.rules;

import java.util.List;
import zonepulse.extraction.internal.number.Figure;

/**
 * One reason a figure the numbers layer found is no indicator of the zone (a threshold naming a class, a duration, a
 * rank, what one project will yield). Implementations are immutable; their toString names the reason.
 */
interface FigureFilter {

    /** Whether figure {@code f} of statement {@code st} of the folded text {@code t} is no indicator, for this reason. */
    boolean rejects(String t, Statement st, Figure f);

    /** The filters the indicator rules apply, the cheapest first. */
    static List<FigureFilter> standard() {
        return FigureFilters.STANDARD;
    }

    /** Whether no filter of {@code filters} rejects the figure. */
    static boolean accepts(List<FigureFilter> filters, String t, Statement st, Figure f) {
        for (FigureFilter filter : filters) {
            if (filter.rejects(t, st, f)) {
                return false;
            }
        }
        return true;
    }
}
