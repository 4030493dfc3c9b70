package zonepulse.bench;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of measured values by the nearest-rank method: the smallest value at or above p% of them. */
final class Percentiles {
    private final double[] sorted;

    Percentiles(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        this.sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    }

    /** The {@code p}-th percentile, 0 < p ≤ 100: the value at rank ⌈p/100 · n⌉ of the n values in order. */
    double percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("a percentile is in (0, 100], not " + p);
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** The median of the values (the 50th percentile by nearest rank). */
    double median() {
        return percentile(50);
    }

    double max() {
        return sorted[sorted.length - 1];
    }

    int count() {
        return sorted.length;
    }

    /** The median of {@code values}: the figure reported for repeated runs. */
    static double median(double... values) {
        return new Percentiles(Arrays.stream(values).boxed().toList()).median();
    }
}
