package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.internal.rules.IndicatorFixture.figure;

import org.junit.jupiter.api.Test;
import zonepulse.events.Measure;
import zonepulse.events.Quantity;

class FigureValueTest {

    @Test
    void aMultipleStatedAsAGrowthIsAPercentage() {
        FigureValue v = FigureValue.of(figure("1.5倍"), Measure.YOY_GROWTH, false);
        assertThat(v).isEqualTo(new FigureValue(150.0, null, "%", new Quantity(150.0, "%")));
    }

    @Test
    void aFallIsNegative() {
        FigureValue v = FigureValue.of(figure("3.2%"), Measure.YOY_GROWTH, true);
        assertThat(v.value()).isEqualTo(-3.2);
        assertThat(v.normalized().value()).isEqualTo(-3.2);
    }

    @Test
    void aRangeKeepsItsUpperBoundAndAnAmountItsBaseUnit() {
        FigureValue v = FigureValue.of(figure("3-5亿元"), Measure.LEVEL, false);
        assertThat(v.value()).isEqualTo(3.0);
        assertThat(v.upper()).isEqualTo(5.0);
        assertThat(v.unit()).isEqualTo("亿元");
        assertThat(v.normalized()).isEqualTo(new Quantity(3e8, "元"));
    }
}
