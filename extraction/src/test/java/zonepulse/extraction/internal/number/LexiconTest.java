package zonepulse.extraction.internal.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lexicon files: every line well formed, no word twice, no word with two meanings. */
class LexiconTest {

    @Test
    void unitsHaveFiveColumnsAndNoDuplicates() {
        Set<String> seen = new HashSet<>();
        for (Lexicon.Row row : Lexicon.rows(Lexicon.UNITS)) {
            List<String> c = row.columns();
            assertThat(c).as("units.tsv line " + row.line()).hasSize(5);
            assertThat(seen.add(c.get(0)))
                    .as("units.tsv line %d: %s twice", row.line(), c.get(0))
                    .isTrue();
            assertThat(Unit.Kind.valueOf(c.get(2))).isNotNull();
            assertThat(Lexicon.factor(c.get(4)))
                    .as("units.tsv line " + row.line())
                    .isPositive();
        }
        assertThat(Unit.all()).hasSize(seen.size());
    }

    @Test
    void unitsThatShareASimplifiedFormMeasureTheSameThing() {
        Map<String, Unit> bySimplified = new HashMap<>();
        for (Unit u : Unit.all()) {
            Unit other = bySimplified.putIfAbsent(u.simplified(), u);
            if (other != null) {
                assertThat(u.kind()).as(u.written() + " vs " + other.written()).isEqualTo(other.kind());
                assertThat(u.base()).as(u.written() + " vs " + other.written()).isEqualTo(other.base());
                assertThat(u.factor())
                        .as(u.written() + " vs " + other.written())
                        .isEqualTo(other.factor());
            }
        }
    }

    @Test
    void qualifierWordsHaveOneMeaning() {
        Map<String, Lexicon.QualifierWord> seen = new HashMap<>();
        for (Lexicon.QualifierWord q : Lexicon.qualifierWords()) {
            Lexicon.QualifierWord other = seen.put(q.word() + "@" + q.position(), q);
            assertThat(other)
                    .as("qualifiers.tsv: %s listed twice at %s", q.word(), q.position())
                    .isNull();
        }
        Map<String, Lexicon.QualifierWord> byWord = new HashMap<>();
        for (Lexicon.QualifierWord q : Lexicon.qualifierWords()) {
            Lexicon.QualifierWord other = byWord.putIfAbsent(q.word(), q);
            if (other != null) {
                assertThat(q.qualifier())
                        .as("qualifiers.tsv: %s means two things", q.word())
                        .isEqualTo(other.qualifier());
            }
        }
    }

    @Test
    void guidelineQualifiersAreListed() {
        Map<String, String> expected = Map.of(
                "近",
                "APPROX",
                "约",
                "APPROX",
                "左右",
                "APPROX",
                "余",
                "APPROX",
                "超过",
                "OVER",
                "逾",
                "OVER",
                "超",
                "OVER",
                "以上",
                "OVER",
                "多",
                "OVER",
                "突破",
                "AT_LEAST");
        Map<String, String> actual = new HashMap<>();
        Lexicon.qualifierWords().forEach(q -> actual.put(q.word(), q.qualifier().name()));
        expected.forEach((w, q) -> assertThat(actual.get(w)).as(w).isEqualTo(q));
        assertThat(actual.get("不低于")).isEqualTo("AT_LEAST");
        assertThat(actual.get("不到")).isEqualTo("UNDER");
        assertThat(actual.get("不足")).isEqualTo("UNDER");
    }

    @Test
    void noQualifierIsAlsoAUnit() {
        for (Lexicon.QualifierWord q : Lexicon.qualifierWords()) {
            assertThat(Unit.LEXICON.get(q.word())).as(q.word()).isNull();
        }
    }
}
