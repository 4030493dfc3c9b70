package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.internal.rules.IndicatorFixture.fold;
import static zonepulse.extraction.internal.rules.IndicatorFixture.statement;

import org.junit.jupiter.api.Test;

class NameAfterTest {

    /** The name after the figure written {@code written}, or null. */
    private static String after(String text, String written) {
        String t = fold(text);
        Statement st = statement(t);
        for (int k = 0; k < st.figures().size(); k++) {
            if (t.startsWith(written, st.figures().get(k).start())) {
                IndicatorName name = NameAfter.STANDARD.read(t, st.figures(), k, st.end());
                return name == null ? null : name.text();
            }
        }
        throw new AssertionError("no figure " + written);
    }

    @Test
    void aCountIsNamedByWhatFollowsItUpToAStopWord() {
        assertThat(after("开发区集聚了45家国家级专精特新企业。", "45家")).isEqualTo("国家级专精特新企业");
        assertThat(after("新引进18个外资项目，总投资9亿美元。", "18个")).isEqualTo("外资项目");
    }

    /** A verb of what the counted things cover or where they are (涵盖, 包括, 分布, 位于) ends the name. */
    @Test
    void aVerbOfCoveringOrLyingEndsTheNameAfterACount() {
        assertThat(after("此次签约的16个项目涵盖了生物医药、新材料等产业。", "16个")).isEqualTo("项目");
        assertThat(after("园区现有42家企业分布在三个片区。", "42家")).isEqualTo("企业");
        assertThat(after("引进的9个项目包括3个外资项目。", "9个")).isEqualTo("项目");
    }

    @Test
    void aBatchIsNamedByTheStageItReached() {
        assertThat(after("全年共有36个项目已竣工投产。", "36个")).isEqualTo("竣工投产项目");
    }

    @Test
    void whatTheMoneyIsSpentOnNamesNoMeasure() {
        assertThat(after("企业投资8亿元新建智能生产线。", "8亿元")).isNull();
    }

    @Test
    void nothingButAListCommaOrAStopWordIsNoName() {
        assertThat(after("签约项目20个、总投资150亿元。", "20个")).isNull();
        assertThat(after("营收达30亿元，增长12%。", "30亿元")).isNull();
        assertThat(NameAfter.STANDARD.toString()).startsWith("NameAfter[");
    }

    @Test
    void aJoinerAfterTheFigureStartsTheNextItem() {
        // 「税收收入9.6亿元和利润总额5.2亿元」 named 9.6 after the next item
        assertThat(after("出口额31亿元和进口额12亿元。", "31亿元")).isNull();
        assertThat(after("新增市场主体3200户及个体工商户900户。", "3200户")).isNull();
    }
}
