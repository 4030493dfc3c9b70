package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfAllItemsTest {

    @Test
    void subjectsAndMeasuresSaidOfAllGiveOneNameEach() {
        String t = "东区、西区、南区入驻率、满租率";
        assertThat(OfAllItems.names(t, 0, t.length(), "均达到", "满租率"))
                .containsExactly("东区入驻率", "东区满租率", "西区入驻率", "西区满租率", "南区入驻率", "南区满租率");
    }

    @Test
    void withoutJunOrWithAShortListTheOneName() {
        String t = "东区、西区、南区入驻率、满租率";
        assertThat(OfAllItems.names(t, 0, t.length(), "达到", "满租率")).containsExactly("满租率");
        String two = "东区、西区入驻率";
        assertThat(OfAllItems.names(two, 0, two.length(), "均为", "入驻率")).containsExactly("入驻率");
    }
}
