package zonepulse.store.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EventStatusTest {
    private static final String OLD = "00000000001710000000000000|000000002.000000000.000000000!x/2.0.0";
    private static final String NEW = "00000000001710000000000000|000000002.000000001.000000000!x/2.1.0";

    @Test
    void withoutASummaryAnEventStands() {
        assertThat(EventStatus.decide("e", OLD, null, Set.of())).isEqualTo(new EventStatus(false, ""));
    }

    @Test
    void anEventTheCurrentSummaryListsIsCurrent() {
        assertThat(EventStatus.decide("e", OLD, NEW, Set.of("e"))).isEqualTo(new EventStatus(false, NEW));
    }

    @Test
    void anUnlistedEventOfAnOlderOrTheSameGenerationIsSuperseded() {
        assertThat(EventStatus.decide("e", OLD, NEW, Set.of("f")).superseded()).isTrue();
        assertThat(EventStatus.decide("e", NEW, NEW, Set.of("f")).superseded()).isTrue();
    }

    @Test
    void anUnlistedEventOfANewerGenerationWaitsForItsSummary() {
        assertThat(EventStatus.decide("e", NEW, OLD, Set.of("f"))).isEqualTo(new EventStatus(false, OLD));
    }
}
