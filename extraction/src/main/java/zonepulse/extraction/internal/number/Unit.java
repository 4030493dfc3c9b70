package zonepulse.extraction.internal.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zonepulse.extraction.internal.text.Trie;

/**
 * A unit as the text writes it, with the dimension it measures and its factor to the dimension's base unit.
 *
 * @param written the unit in its simplified written form (亿元 is magnitude 亿 + 元; this is 元)
 * @param kind what it measures
 * @param base the base unit of normalised quantities (元, %, 平方米, 米, 吨, or the classifier itself)
 * @param factor base units per written unit
 */
public record Unit(String written, Kind kind, String base, double factor) {

    /** What a unit measures; {@link #COUNT} units are classifiers (个, 家, 项 …). */
    public enum Kind {
        MONEY,
        PERCENT,
        POINTS,
        TIMES,
        TENTHS,
        COUNT,
        AREA,
        LENGTH,
        WEIGHT,
        ENERGY,
        CONCENTRATION,
        OTHER
    }

    private static final List<Unit> ALL = new ArrayList<>();
    private static final Map<String, String> SIMPLIFIED = new HashMap<>();

    static {
        for (Lexicon.Row row : Lexicon.rows(Lexicon.UNITS)) {
            List<String> c = row.columns();
            if (c.size() != 5) {
                throw new IllegalStateException(Lexicon.UNITS + ":" + row.line() + ": 5 columns expected");
            }
            ALL.add(new Unit(c.get(0), Kind.valueOf(c.get(2)), c.get(3), Lexicon.factor(c.get(4))));
            SIMPLIFIED.put(c.get(0), c.get(1));
        }
    }

    /** Every unit of {@code lexicon/units.tsv}, in file order. */
    public static List<Unit> all() {
        return List.copyOf(ALL);
    }

    /** Every unit, by its written form; matched longest-first. */
    public static final Trie<Unit> LEXICON = build();

    private static Trie<Unit> build() {
        Trie<Unit> trie = new Trie<>();
        for (Unit u : ALL) {
            trie.put(u.written, u);
        }
        return trie;
    }

    /** The unit as a figure's {@code unit} field writes it (units.tsv's simplified column: 平米 is 平方米). */
    public String simplified() {
        return SIMPLIFIED.getOrDefault(written, written);
    }
}
