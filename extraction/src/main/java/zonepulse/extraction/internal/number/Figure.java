package zonepulse.extraction.internal.number;

import java.math.BigDecimal;
import zonepulse.events.Qualifier;

/**
 * A number with its unit found in the text, before any rule decided what it measures.
 *
 * @param start offset of the first char, qualifier word and sign included
 * @param numberStart offset of the number itself
 * @param end offset just past the unit and any trailing qualifier (以上, 左右)
 * @param value the number as written, magnitude excluded when the unit carries it (3713.4 of 3713.4亿元); negative
 *     when written with a minus sign or 负 (-5.1%, 负增长3.2%); the lower bound of a range
 * @param magnitude the written magnitude (万, 亿, 万亿) or "" (it is part of the written unit)
 * @param unit the unit
 * @param qualifier how exactly it is stated
 * @param chinese true when written in Chinese numerals
 * @param bare true when the number is a bare magnitude (超万家: 万 stands for 1万)
 * @param rangeEnd the upper bound of a range (3-5亿元 gives 5), in the same written unit, or NaN
 * @param exact {@code value} exactly (no double rounding, no overflow)
 * @param exactEnd {@code rangeEnd} exactly, or null when the figure is no range
 */
public record Figure(
        int start,
        int numberStart,
        int end,
        double value,
        String magnitude,
        Unit unit,
        Qualifier qualifier,
        boolean chinese,
        boolean bare,
        double rangeEnd,
        BigDecimal exact,
        BigDecimal exactEnd) {

    /** A figure from its exact bounds; {@code value} and {@code rangeEnd} are their doubles. */
    static Figure of(
            int start,
            int numberStart,
            int end,
            BigDecimal exact,
            BigDecimal exactEnd,
            String magnitude,
            Unit unit,
            Qualifier qualifier,
            boolean chinese,
            boolean bare) {
        return new Figure(
                start,
                numberStart,
                end,
                exact.doubleValue(),
                magnitude,
                unit,
                qualifier,
                chinese,
                bare,
                exactEnd == null ? Double.NaN : exactEnd.doubleValue(),
                exact,
                exactEnd);
    }

    /** True when the figure is a range (3亿～5亿元): {@code value} is its lower bound, {@code rangeEnd} its upper. */
    public boolean isRange() {
        return exactEnd != null;
    }

    /** The written unit: magnitude and unit (亿元, 万家, %). */
    public String writtenUnit() {
        return magnitude + unit.simplified();
    }

    /** Multiplier of the magnitude (万 = 1e4). */
    public double magnitudeFactor() {
        return NumberScanner.magnitudeValue(magnitude);
    }

    /** The value in the unit's base unit (3713.4亿元 = 3.7134e11 元; 三成 = 30 %). */
    public double baseValue() {
        return value * magnitudeFactor() * unit.factor();
    }

    /** {@link #baseValue()} exactly when the unit's factor is a power of ten or an integer (亩 is not). */
    public BigDecimal exactBaseValue() {
        return exact.multiply(NumberScanner.magnitudeExact(magnitude)).multiply(BigDecimal.valueOf(unit.factor()));
    }
}
