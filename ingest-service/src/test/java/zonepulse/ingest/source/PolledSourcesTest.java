package zonepulse.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PolledSourcesTest {
    private final SourceStatusBoard board =
            new SourceStatusBoard(CircuitBreakerRegistry.ofDefaults(), Clock.systemUTC());

    /** A kind of source made of one class, as a new one would be: here, one that counts its polls. */
    private final class CountingSource implements PolledSource {
        final String name;
        final AtomicInteger polls = new AtomicInteger();
        final AtomicBoolean opened = new AtomicBoolean();
        final AtomicBoolean stopped = new AtomicBoolean();
        final boolean fails;

        CountingSource(String name, boolean fails) {
            this.name = name;
            this.fails = fails;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String type() {
            return "counter";
        }

        @Override
        public URI location() {
            return URI.create("https://example.org/" + name);
        }

        @Override
        public Duration pollInterval() {
            return Duration.ofMillis(20);
        }

        @Override
        public void open() {
            opened.set(true);
        }

        @Override
        public void poll() {
            polls.incrementAndGet();
            if (fails) {
                throw new IllegalStateException("listing refused");
            }
            board.polled(name, "ok", null);
        }

        @Override
        public void stop() {
            stopped.set(true);
        }
    }

    @Test
    void everySourceIsListedOpenedAndPolledOnItsScheduleAndAFailingOneKeepsItsSchedule() {
        CountingSource single = new CountingSource("listing", false);
        CountingSource first = new CountingSource("feed-a", false);
        CountingSource failing = new CountingSource("feed-b", true);
        PolledSources sources = new PolledSources(List.of(single), List.of(() -> List.of(first, failing)), board);

        assertThat(board.statuses())
                .extracting(SourceStatus::name, SourceStatus::type, SourceStatus::lastStatus)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("listing", "counter", "never"),
                        org.assertj.core.groups.Tuple.tuple("feed-a", "counter", "never"),
                        org.assertj.core.groups.Tuple.tuple("feed-b", "counter", "never"));
        sources.start();
        try {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> single.polls.get() >= 2 && first.polls.get() >= 2 && failing.polls.get() >= 3);
        } finally {
            sources.stop();
        }

        assertThat(List.of(single, first, failing)).allMatch(s -> s.opened.get() && s.stopped.get());
        assertThat(sources.isRunning()).isFalse();
        assertThat(board.statuses())
                .filteredOn(status -> status.name().equals("feed-b"))
                .singleElement()
                .satisfies(status -> {
                    assertThat(status.lastStatus()).isEqualTo("failed");
                    assertThat(status.lastError()).contains("listing refused");
                });
    }

    @Test
    void twoSourcesOfTheSameNameAreRefused() {
        assertThatThrownBy(() -> new PolledSources(
                        List.of(new CountingSource("same", false)),
                        List.of(() -> List.of(new CountingSource("same", false))),
                        board))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("same");
    }
}
