package zonepulse.extraction.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareOfWholeTest {

    @Test
    void thePartBeforeZhanIsTheMeasure() {
        ShareOfWhole.Split s = ShareOfWhole.read("高新技术产品出口占全市出口", 5, "的", false);
        assertThat(s).isEqualTo(new ShareOfWhole.Split("高新技术产品出口", 5, true, null));
    }

    @Test
    void anOpeningZhanNamesTheWholeOfTheFigureNamedBefore() {
        assertThat(ShareOfWhole.read("占全省", 10, "的", true)).isEqualTo(new ShareOfWhole.Split("全省", 11, true, "全省"));
        assertThat(ShareOfWhole.read("占全省", 10, "的", false).whole()).isNull();
    }

    @Test
    void floorAreaAndAListAfterZhanAreNoShare() {
        assertThat(ShareOfWhole.read("厂房占地", 0, "约", false).share()).isFalse();
        assertThat(ShareOfWhole.read("制造业占工业、服务业", 0, "为", false).share()).isFalse();
    }

    @Test
    void aProportionWordOrAShareConnectorMakesAShare() {
        assertThat(ShareOfWhole.read("研发投入比重", 0, "达", false).share()).isTrue();
        assertThat(ShareOfWhole.read("服务业增加值", 0, "占", false).share()).isTrue();
        assertThat(ShareOfWhole.read("服务业增加值", 0, "达", false).share()).isFalse();
    }
}
