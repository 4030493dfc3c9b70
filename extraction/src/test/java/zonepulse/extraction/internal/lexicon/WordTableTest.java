package zonepulse.extraction.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordTableTest {

    @Test
    void indicatorWordsLoadWithoutDuplicatesOrConflicts() {
        WordTable table =
                WordTable.load("/zonepulse/extraction/lexicon/indicator-words.tsv", "forecast_marker|target_marker");
        assertThat(table.roles())
                .contains("connector", "leading", "follow_stop", "growth", "fall", "forecast_marker", "target_marker");
        assertThat(table.words("fall")).contains("下降").doesNotContain("增长");
        assertThat(table.words("growth")).containsAll(table.words("fall"));
    }

    @Test
    void aWordTwiceInOneRoleIsRefusedWithItsLine() {
        assertThatThrownBy(() -> WordTable.load("/lexicon-fixtures/duplicate.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("duplicate.tsv:3")
                .hasMessageContaining("预计");
    }

    @Test
    void aWordInTwoExclusiveRolesIsRefused() {
        assertThat(WordTable.load("/lexicon-fixtures/conflict.tsv").words("target_marker"))
                .containsExactly("力争");
        assertThatThrownBy(() -> WordTable.load("/lexicon-fixtures/conflict.tsv", "forecast_marker|target_marker"))
                .hasMessageContaining("'力争' is both forecast_marker and target_marker");
    }

    @Test
    void aLineWithoutRoleIsRefused() {
        assertThatThrownBy(() -> WordTable.load("/lexicon-fixtures/malformed.tsv"))
                .hasMessageContaining("expected word<TAB>role");
    }

    @Test
    void anUnknownRoleIsAnErrorNotAnEmptyList() {
        WordTable table = WordTable.load("/lexicon-fixtures/conflict.tsv");
        assertThatThrownBy(() -> table.words("connector")).isInstanceOf(IllegalArgumentException.class);
    }
}
