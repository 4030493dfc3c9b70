package zonepulse.extraction.internal.time;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years (19xx年, 20xx年, spaced or not) a text states, counted: what an undated article is most likely about.
 * A report or news story names its own year more often than any year it looks back or ahead to.
 */
public final class StatedYears {
    private static final Pattern STATED_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s?年");

    private StatedYears() {}

    /** The year {@code text} states most often, the later one on a tie; 0 when it states none. */
    public static int mostStated(CharSequence text) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = STATED_YEAR.matcher(text);
        while (m.find()) {
            counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        int best = 0;
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() > best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
