package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document restates its figures (the lead, then the body): one event per measure and value of names that agree
 * (one contains the other, 规上 read as 规模以上), the first one kept; a weakly named event with a distinctive value
 * (3713.4, 185) repeats any strongly named kept event of that measure and value (two weakly named ones are two figures
 * that happen to agree: 「规上工业增加值193.5亿元，增长4.4%」 and 「社零总额80.2亿元，增长4.4%」). A kept event without a period takes its
 * restatement's. Stateless.
 */
final class Restatements {
    private Restatements() {}

    /** {@code in} without its restatements, in order. */
    static List<Drafts.Indicator> dedupe(List<Drafts.Indicator> in) {
        List<Drafts.Indicator> out = new ArrayList<>();
        // events can only repeat one another with the same measure and value: compare within those buckets
        Map<String, List<Integer>> buckets = new HashMap<>();
        List<String> keptNames = new ArrayList<>();
        for (Drafts.Indicator d : in) {
            String bucket = d.measure() + "|" + d.normalized().unit() + "|"
                    + Math.round(d.normalized().value() * 1000);
            List<Integer> same = buckets.computeIfAbsent(bucket, k -> new ArrayList<>());
            String name = Spans.loose(d.name().replace("规上", "规模以上"));
            boolean duplicate = false;
            for (int i : same) {
                if (agree(keptNames.get(i), name) || weak(d) && !weak(out.get(i)) && distinctive(d.value())) {
                    duplicate = true;
                    if (out.get(i).period() == null && d.period() != null) {
                        out.set(i, out.get(i).withPeriod(d.period())); // a title's lead states none
                    }
                    break;
                }
            }
            if (!duplicate) {
                same.add(out.size());
                out.add(d);
                keptNames.add(name);
            }
        }
        return out;
    }

    /** Named by borrowing the name said before (「产值1209亿元，全市占比32.6%」: 产值), not by its own words. */
    private static boolean weak(Drafts.Indicator d) {
        return d.confidence() < 0.7;
    }

    private static boolean agree(String x, String y) {
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    /** A value unlikely to recur by chance: with a fraction, or with three significant digits. */
    private static boolean distinctive(double v) {
        double a = Math.abs(v);
        return a != Math.rint(a) || (a >= 100 && a % 10 != 0);
    }
}
