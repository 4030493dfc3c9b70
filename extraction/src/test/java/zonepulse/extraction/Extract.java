package zonepulse.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Measure;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Stage;

/** Test helper: extracts a text and finds events in the result. */
final class Extract {
    private static final Extractor EXTRACTOR = Extractor.create();

    private Extract() {}

    static ExtractionResult text(String text, String published) {
        Instant at = published == null
                ? null
                : LocalDate.parse(published)
                        .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                        .toInstant();
        try {
            return EXTRACTOR.extract(new ExtractionInput("test", "test.txt", "text/plain", text, null, at));
        } catch (ExtractionException e) {
            throw new AssertionError(e);
        }
    }

    static ExtractionResult text(String text) {
        return text(text, "2021-10-14");
    }

    static List<IndicatorEvent> indicators(ExtractionResult r, Measure measure, double value) {
        return r.indicators().stream()
                .filter(e -> e.measure() == measure && Math.abs(e.value() - value) < 1e-9)
                .toList();
    }

    static IndicatorEvent indicator(ExtractionResult r, Measure measure, double value) {
        List<IndicatorEvent> found = indicators(r, measure, value);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + measure + " " + value + " in " + describe(r));
        }
        return found.get(0);
    }

    static ProjectEvent project(ExtractionResult r, String name, Stage stage) {
        return r.projects().stream()
                .filter(p -> p.name().equals(name) && p.stage() == stage)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + stage + " " + name + " in " + describe(r)));
    }

    static String describe(ExtractionResult r) {
        return r.indicators().stream()
                        .map(e -> e.indicator() + " " + e.measure().wire() + " " + e.value() + e.unit())
                        .collect(Collectors.joining("; ", "[", "]"))
                + r.projects().stream()
                        .map(p -> p.name() + " " + p.stage().wire())
                        .collect(Collectors.joining("; ", "[", "]"));
    }
}
