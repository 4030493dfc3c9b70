package zonepulse.extraction.internal.rules;

import zonepulse.events.Measure;
import zonepulse.events.Quantity;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.number.Unit;

/**
 * The value an indicator event states, rounded to six decimals: a multiple stated as a growth (增长1.5倍) becomes a
 * percentage (150%, with no upper bound), a fall is negative, and a range keeps its upper bound.
 *
 * @param value the value in the written unit
 * @param upper the range's upper bound, or null
 * @param unit the written unit
 * @param normalized the value in the unit's base
 */
record FigureValue(double value, Double upper, String unit, Quantity normalized) {

    static FigureValue of(Figure f, Measure measure, boolean fall) {
        double value = f.value();
        String unit = f.writtenUnit();
        double base = f.baseValue();
        String baseUnit = f.unit().base();
        boolean timesGrowth = f.unit().kind() == Unit.Kind.TIMES && measure == Measure.YOY_GROWTH;
        if (timesGrowth) {
            value = value * 100;
            unit = "%";
            base = value;
            baseUnit = "%";
        }
        if (fall) {
            value = -value;
            base = -base;
        }
        Double upper = Double.isNaN(f.rangeEnd()) || timesGrowth ? null : round(fall ? -f.rangeEnd() : f.rangeEnd());
        return new FigureValue(round(value), upper, unit, new Quantity(round(base), baseUnit));
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
