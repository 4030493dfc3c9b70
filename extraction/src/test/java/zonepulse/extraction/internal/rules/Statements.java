package zonepulse.extraction.internal.rules;

import zonepulse.extraction.internal.number.NumberScanner;
import zonepulse.extraction.internal.text.Normalizer;
import zonepulse.extraction.internal.time.TimeScanner;

/** Test statements: a whole folded sentence with its time and number layers, as the engine builds them. */
final class Statements {
    private Statements() {}

    /** The statement spanning all of {@code text} (folded, as the rules see it). */
    static Statement of(String text) {
        String t = Normalizer.fold(text);
        return Statement.of(t, 0, t.length(), TimeScanner.scan(t, 0, t.length()), NumberScanner.scan(t, 0, t.length()));
    }

    /** The words of {@code text} that {@code trigger} spans. */
    static String span(String text, Trigger trigger) {
        return text.substring(trigger.start(), trigger.end());
    }
}
