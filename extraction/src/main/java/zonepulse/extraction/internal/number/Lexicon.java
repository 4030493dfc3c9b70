package zonepulse.extraction.internal.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import zonepulse.events.Qualifier;
import zonepulse.extraction.internal.lexicon.Lexicons;
import zonepulse.extraction.internal.text.Trie;

/**
 * The word lists of the number grammar (Unit reads units.tsv itself, so that neither class's initialiser needs the
 * other's), read once from the TAB-separated files under
 * {@code zonepulse/extraction/lexicon/} ({@code units.tsv}, {@code qualifiers.tsv}); each file's comment header
 * says what a line means.
 */
public final class Lexicon {
    public static final String UNITS = "/zonepulse/extraction/lexicon/units.tsv";
    public static final String QUALIFIERS = "/zonepulse/extraction/lexicon/qualifiers.tsv";

    /** Where a qualifier word stands relative to its number. */
    public enum Position {
        /** before the number: 约, 超过, 突破, 不到. */
        PREFIX,
        /** between the number and its magnitude or unit: 余, 多. */
        INFIX,
        /** after the unit: 以上, 左右. */
        SUFFIX
    }

    /** One line of qualifiers.tsv. */
    public record QualifierWord(String word, Qualifier qualifier, Position position, String notAfter) {}

    /** One line of a lexicon file: its number in the file and its TAB-separated columns. */
    /** An entry of a lexicon file: its number among the file's entries, and its columns. */
    public record Row(int line, List<String> columns) {}

    static final Trie<QualifierWord> PREFIX = new Trie<>();
    static final Trie<QualifierWord> INFIX = new Trie<>();
    static final Trie<QualifierWord> SUFFIX = new Trie<>();

    static {
        for (QualifierWord q : qualifierWords()) {
            (switch (q.position()) {
                        case PREFIX -> PREFIX;
                        case INFIX -> INFIX;
                        case SUFFIX -> SUFFIX;
                    })
                    .put(q.word(), q);
        }
    }

    private Lexicon() {}

    /** Every line of qualifiers.tsv. */
    public static List<QualifierWord> qualifierWords() {
        List<QualifierWord> out = new ArrayList<>();
        for (Row row : rows(QUALIFIERS)) {
            List<String> c = row.columns();
            if (c.size() < 3 || c.size() > 4) {
                throw new IllegalStateException(QUALIFIERS + ":" + row.line() + ": 3 or 4 columns expected");
            }
            out.add(new QualifierWord(
                    c.get(0),
                    Qualifier.valueOf(c.get(1).toUpperCase(Locale.ROOT)),
                    Position.valueOf(c.get(2).toUpperCase(Locale.ROOT)),
                    c.size() == 4 ? c.get(3) : ""));
        }
        return out;
    }

    /** The entries of a lexicon resource, split at TABs, numbered from 1 (read by the one lexicon loader). */
    public static List<Row> rows(String resource) {
        List<Row> out = new ArrayList<>();
        List<String[]> rows = Lexicons.rows(resource.substring(resource.lastIndexOf('/') + 1));
        for (int i = 0; i < rows.size(); i++) {
            String[] cols = rows.get(i);
            String[] stripped = new String[cols.length];
            for (int c = 0; c < cols.length; c++) {
                stripped[c] = cols[c].strip();
            }
            out.add(new Row(i + 1, List.of(stripped)));
        }
        return out;
    }

    /** A factor column: a decimal or a fraction a/b. */
    static double factor(String text) {
        int slash = text.indexOf('/');
        if (slash > 0) {
            return Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1));
        }
        return Double.parseDouble(text);
    }
}
