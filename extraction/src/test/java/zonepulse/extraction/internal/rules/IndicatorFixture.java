package zonepulse.extraction.internal.rules;

import java.time.LocalDate;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.number.NumberScanner;
import zonepulse.extraction.internal.region.Regions;
import zonepulse.extraction.internal.text.Normalizer;
import zonepulse.extraction.internal.time.TimeScanner;

/** Layers over one sentence, as the engine lays them, for the indicator rule objects' tests. */
final class IndicatorFixture {
    private IndicatorFixture() {}

    /** The text folded as the engine folds it. */
    static String fold(String text) {
        return Normalizer.fold(text);
    }

    /** The whole folded text {@code t} as one statement, with its times and figures. */
    static Statement statement(String t) {
        return Statement.of(t, 0, t.length(), TimeScanner.scan(t, 0, t.length()), NumberScanner.scan(t, 0, t.length()));
    }

    /** The figure of {@code st} whose text or number starts with {@code written}. */
    static Figure figure(Statement st, String t, String written) {
        return st.figures().stream()
                .filter(f -> t.startsWith(written, f.start()) || t.startsWith(written, f.numberStart()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + written + " in " + t + ": " + st.figures()));
    }

    /** The first figure of a text that is only a figure (12.5%, 3-5亿元). */
    static Figure figure(String written) {
        String t = fold(written);
        return NumberScanner.scan(t, 0, t.length()).get(0);
    }

    /** A document of the text alone, published on {@code published} (or null), with its zones and places. */
    static DocContext context(String t, LocalDate published) {
        return new DocContext(
                t,
                t,
                published,
                0,
                0,
                0,
                null,
                null,
                null,
                null,
                Regions.standard().annotate(t));
    }
}
