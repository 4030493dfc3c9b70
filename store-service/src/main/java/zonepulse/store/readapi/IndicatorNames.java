package zonepulse.store.readapi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Indicator names as written and their canonical form: the texts abbreviate (规上工业总产值 for 规模以上工业总产值), and
 * a reader asking for one means both. The abbreviations are a data file, {@value #RESOURCE}.
 */
final class IndicatorNames {
    static final String RESOURCE = "/zonepulse/store/readapi/indicator-abbreviations.tsv";

    private record Abbreviation(String shortForm, String longForm) {}

    private final List<Abbreviation> abbreviations;

    private IndicatorNames(List<Abbreviation> abbreviations) {
        this.abbreviations = abbreviations.stream()
                .sorted(Comparator.comparingInt(
                                (Abbreviation a) -> a.shortForm().length())
                        .reversed())
                .toList();
    }

    static IndicatorNames load() {
        List<Abbreviation> abbreviations = new ArrayList<>();
        try (InputStream in = IndicatorNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] columns = line.split("\t");
                        if (columns.length != 2) {
                            throw new IllegalStateException(RESOURCE + ": not two columns: " + line);
                        }
                        abbreviations.add(new Abbreviation(columns[0], columns[1]));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IndicatorNames(abbreviations);
    }

    /** The name with every known abbreviation written out. */
    String canonical(String name) {
        String canonical = name;
        for (Abbreviation a : abbreviations) {
            if (!canonical.contains(a.longForm())) {
                canonical = canonical.replace(a.shortForm(), a.longForm());
            }
        }
        return canonical;
    }

    /** Every spelling of the name's canonical form: itself and each combination of its abbreviations. */
    Set<String> spellings(String name) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(name);
        spellings.add(canonical(name));
        for (Abbreviation a : abbreviations) {
            for (String spelling : List.copyOf(spellings)) {
                if (spelling.contains(a.longForm())) {
                    spellings.add(spelling.replace(a.longForm(), a.shortForm()));
                }
            }
        }
        return spellings;
    }
}
