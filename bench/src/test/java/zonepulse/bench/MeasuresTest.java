package zonepulse.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic of the figures: percentiles, milestones and the memory read from /proc. */
class MeasuresTest {
    @Test
    void percentilesAreByNearestRank() {
        Percentiles p = new Percentiles(List.of(5, 1, 4, 2, 3, 10, 9, 8, 7, 6));
        assertThat(p.percentile(50)).isEqualTo(5);
        assertThat(p.percentile(95)).isEqualTo(10);
        assertThat(p.percentile(99)).isEqualTo(10);
        assertThat(p.percentile(10)).isEqualTo(1);
        assertThat(p.percentile(11)).isEqualTo(2);
        assertThat(p.max()).isEqualTo(10);
        assertThat(Percentiles.median(3.0, 1.0, 2.0)).isEqualTo(2.0);
    }

    @Test
    void theNinetyNinthPercentileOfAHundredValuesIsTheSecondLargest() {
        List<Integer> values =
                java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList();
        assertThat(new Percentiles(values).percentile(99)).isEqualTo(99);
        assertThat(new Percentiles(values).percentile(100)).isEqualTo(100);
    }

    @Test
    void percentilesRefuseNothingToRankAndPercentsOutOfRange() {
        assertThatThrownBy(() -> new Percentiles(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percentiles(List.of(1)).percentile(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void milestonesTimeEachRunFromThePreviousOne() {
        Milestones milestones = new Milestones(100, 300, 500);
        milestones.observe(40, 0);
        milestones.observe(120, 1_000_000_000L); // the warm-up's end
        milestones.observe(299, 2_000_000_000L);
        assertThat(milestones.allReached()).isFalse();
        milestones.observe(600, 5_000_000_000L); // a count that jumps over two thresholds reaches both at once
        assertThat(milestones.allReached()).isTrue();
        assertThat(milestones.seconds(0)).isCloseTo(4.0, within(1e-9));
        assertThat(milestones.seconds(1)).isCloseTo(0.0, within(1e-9));
        assertThat(milestones.runs()).isEqualTo(2);
        assertThat(milestones.total()).isEqualTo(500);
    }

    @Test
    void aRunNotFinishedHasNoDuration() {
        Milestones milestones = new Milestones(10, 20);
        milestones.observe(15, 1);
        assertThatThrownBy(() -> milestones.seconds(0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Milestones(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Milestones(10, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void residentMemoryIsReadFromTheProcessStatus() {
        String status = """
                Name:\tjava
                VmPeak:\t 9000000 kB
                VmHWM:\t  412345 kB
                VmRSS:\t  398000 kB
                Threads:\t42
                """;
        ResidentMemory memory = ResidentMemory.parse(status);
        assertThat(memory.peakKib()).isEqualTo(412345);
        assertThat(memory.currentKib()).isEqualTo(398000);
        assertThat(memory.peakMib()).isCloseTo(402.68, within(0.01));
        assertThatThrownBy(() -> ResidentMemory.parse("Name:\tjava\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VmHWM");
    }

    @Test
    void thisProcessHasAResidentSet() {
        ResidentMemory memory = ResidentMemory.of(ProcessHandle.current().pid());
        assertThat(memory.peakKib()).isGreaterThanOrEqualTo(memory.currentKib()).isPositive();
    }
}
