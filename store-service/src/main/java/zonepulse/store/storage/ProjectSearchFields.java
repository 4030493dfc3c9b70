package zonepulse.store.storage;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Fields a project document carries only so that the read API's filters can be answered from an index: derived from
 * the project's names and timeline whenever the project is written ({@link MongoEventStore}), never read back into
 * the API's answers.
 *
 * <ul>
 *   <li>{@value Fields#NAME_SUFFIXES}: every suffix of every name variant, {@linkplain #normalise normalised}. A name
 *       contains a text exactly when one of its suffixes begins with it, so the name search ({@code q}) is an
 *       anchored prefix on this field, which an index answers as a range, where "contains" on the names themselves
 *       (an unanchored regular expression) would read every name in the index.
 *   <li>{@value Fields#HAS_EXPECTED_STAGE}: whether a stage of its timeline is expected (planned), so that
 *       {@code expected=false} is an equality too, where "no timeline entry is expected" is a negation no index
 *       selects by.
 * </ul>
 */
final class ProjectSearchFields {
    private ProjectSearchFields() {}

    /**
     * The form names and searched texts are compared in: NFKC (full-width letters and digits as their ASCII forms,
     * compatibility characters folded) and lower case, so that {@code ＳＫ海力士}, {@code SK海力士} and {@code sk海力士} are
     * one name to a search.
     */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Every suffix of every name, normalised, without repeats, in order. */
    static List<String> nameSuffixes(Collection<String> names) {
        TreeSet<String> suffixes = new TreeSet<>();
        for (String name : names) {
            String normalised = normalise(name);
            // by code point, so that a character outside the BMP is never split
            for (int i = 0; i < normalised.length(); i = normalised.offsetByCodePoints(i, 1)) {
                suffixes.add(normalised.substring(i));
            }
        }
        return List.copyOf(suffixes);
    }
}
