package zonepulse.extraction.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import zonepulse.events.Stage;

class LexiconsTest {

    private static List<String> files() throws IOException, URISyntaxException {
        Path dir = Path.of(Lexicons.class.getResource(Lexicons.DIRECTORY).toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyFileHasAHeaderSayingWhatALineMeans() throws Exception {
        assertThat(files()).isNotEmpty();
        for (String f : files()) {
            String first = Files.readAllLines(Path.of(
                            Lexicons.class.getResource(Lexicons.DIRECTORY + f).toURI()))
                    .get(0);
            assertThat(first).as(f).startsWith("# ");
        }
    }

    @Test
    void noFileListsAWordTwice() throws Exception {
        for (String f : files()) {
            Set<String> seen = new HashSet<>();
            List<String> dups = new ArrayList<>();
            for (String[] row : Lexicons.rows(f)) {
                if (!seen.add(row[0])) {
                    dups.add(row[0]);
                }
            }
            assertThat(dups).as("duplicates in " + f).isEmpty();
        }
    }

    @Test
    void indicatorStatusAndChangeWordsDoNotContradictEachOther() {
        // a figure is a forecast or a target, never both; every fall word is also a change word
        assertThat(Lexicons.words("indicator-forecast-markers.txt"))
                .doesNotContainAnyElementsOf(Lexicons.words("indicator-target-markers.txt"));
        assertThat(Lexicons.words("indicator-growth-words.txt"))
                .containsAll(Lexicons.words("indicator-fall-words.txt"));
        assertThat(Lexicons.words("indicator-scope-words.txt"))
                .doesNotContainAnyElementsOf(Lexicons.words("indicator-measure-heads.txt"));
    }

    @Test
    void noWordHasTwoConflictingMeanings() throws Exception {
        // a trigger has one stage, and the stage is one the events schema knows
        Map<String, String> stageOf = new HashMap<>();
        for (String[] row : Lexicons.rows("stage-triggers.tsv")) {
            assertThat(row.length).as(row[0]).isGreaterThanOrEqualTo(2);
            String previous = stageOf.put(row[0], row[1]);
            assertThat(previous == null || previous.equals(row[1]))
                    .as(row[0] + " has two stages")
                    .isTrue();
            assertThat(Stage.valueOf(row[1].toUpperCase(Locale.ROOT))).isNotNull();
        }
        // a word cannot both name a thing and reject a name as generic, a person, a byline or a time
        Set<String> triggers = stageOf.keySet();
        for (String f : List.of(
                "project-generic-heads.txt",
                "person-titles.txt",
                "byline-words.txt",
                "time-words.txt",
                "place-names.txt",
                "plan-markers.txt")) {
            assertThat(Lexicons.words(f)).as(f + " vs stage-triggers.tsv").doesNotContainAnyElementsOf(triggers);
        }
        for (String f : List.of("person-titles.txt", "byline-words.txt", "time-words.txt")) {
            assertThat(Lexicons.words(f))
                    .as(f + " vs facility-heads.txt")
                    .doesNotContainAnyElementsOf(Lexicons.words("facility-heads.txt"));
        }
        // a word either is stripped from a name's start or rejects the name, not both
        assertThat(Lexicons.words("name-start-rejects.txt"))
                .doesNotContainAnyElementsOf(Lexicons.words("name-leading-words.txt"));
        // a word after a trigger makes it a noun or a condition, not both
        assertThat(Lexicons.words("trigger-conditional-suffixes.txt"))
                .doesNotContainAnyElementsOf(Lexicons.words("trigger-noun-suffixes.txt"));
        // object triggers are triggers
        assertThat(triggers).containsAll(Lexicons.words("object-triggers.txt"));
    }

    @Test
    void commentsAndBlankLinesAreNotWords() {
        assertThat(Lexicons.words("person-titles.txt")).contains("秘书长").noneMatch(w -> w.startsWith("#"));
        assertThat(Lexicons.table("stage-triggers.tsv")).containsEntry("开工", "construction_started");
    }
}
