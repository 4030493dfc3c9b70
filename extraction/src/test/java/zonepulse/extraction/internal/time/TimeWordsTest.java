package zonepulse.extraction.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zonepulse.extraction.internal.time.TimeWords.Category;

class TimeWordsTest {
    private static ByteArrayInputStream tsv(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loadsEveryCategory() {
        for (Category c : Category.values()) {
            assertThat(TimeWords.words(c)).as(c.name()).isNotEmpty();
        }
        assertThat(TimeWords.get("去年").value()).isEqualTo(-1);
        assertThat(TimeWords.get("翌年").category()).isEqualTo(Category.PREV_YEAR);
        assertThat(TimeWords.get("下个月").value()).isEqualTo(1);
        assertThat(TimeWords.get("十三五")).isEqualTo(new TimeWords.Entry("十三五", Category.PLAN, 2016, 2020));
    }

    @Test
    void wordsAreListedLongestFirst() {
        List<String> months = TimeWords.words(Category.MONTH);
        for (int i = 1; i < months.size(); i++) {
            assertThat(months.get(i).length())
                    .as(months.get(i))
                    .isLessThanOrEqualTo(months.get(i - 1).length());
        }
    }

    @Test
    void noWordIsAPrefixOfAnotherWithADifferentMeaningInTheSameRegex() {
        // a relative-year word and a relative-month word never share text (上年 vs 上月 is fine, 上 alone is not a word)
        Set<String> seen = new HashSet<>();
        for (String w : TimeWords.all().keySet()) {
            assertThat(w).isNotBlank();
            assertThat(seen.add(w)).as("duplicate " + w).isTrue();
        }
    }

    @Test
    void valuesAreInRange() {
        for (TimeWords.Entry e : TimeWords.all().values()) {
            switch (e.category()) {
                case YEAR, PREV_YEAR -> assertThat(e.value()).as(e.word()).isBetween(-2, 2);
                case MONTH, QUARTER -> assertThat(e.value()).as(e.word()).isBetween(-1, 1);
                case XUN, YEAR_PART -> assertThat(e.value()).as(e.word()).isBetween(1, 3);
                case AS_OF -> assertThat(e.value()).isEqualTo(1);
                case PLAN -> assertThat(e.value2() - e.value()).as(e.word()).isEqualTo(4);
            }
        }
    }

    @Test
    void plansDoNotOverlap() {
        var plans = TimeWords.words(Category.PLAN).stream().map(TimeWords::get).toList();
        for (var p : plans) {
            for (var q : plans) {
                if (p != q) {
                    assertThat(p.value2() < q.value() || q.value2() < p.value())
                            .as(p + " " + q)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void duplicateOrConflictingLinesFailToLoad() {
        assertThatThrownBy(() -> TimeWords.parse(tsv("今年\tyear\t0\n今年\tyear\t1\n")))
                .hasMessageContaining("duplicate word 今年");
        assertThatThrownBy(() -> TimeWords.parse(tsv("今年\tyear\t0\t1\n"))).hasMessageContaining("plans only");
        assertThatThrownBy(() -> TimeWords.parse(tsv("今年\tyesterday\t0\n")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TimeWords.parse(tsv("# comment\n\n去年\tyear\t-1\n"))).containsOnlyKeys("去年");
    }
}
