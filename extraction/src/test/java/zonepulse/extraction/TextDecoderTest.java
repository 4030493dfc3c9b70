package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT =
            "北京经济技术开发区前八个月规模以上工业总产值达3713.4亿元，同比增长31.9%。" + "高技术产业产值增长超过90%，生物技术和大健康产业产值增长超过230%。";

    @Test
    void utf8WithoutBom() throws Exception {
        TextDecoder.DecodedText d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8WithBomDropsTheBom() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(TextDecoder.decode(bytes, null).text()).isEqualTo(TEXT);
    }

    @Test
    void gbkIsDetected() throws Exception {
        TextDecoder.DecodedText d = TextDecoder.decode(TEXT.getBytes(Charset.forName("GBK")), null);
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset().name()).isEqualTo("GB18030");
    }

    @Test
    void gb18030IsDetected() throws Exception {
        String rare = TEXT + "㐀";
        assertThat(TextDecoder.decode(rare.getBytes(Charset.forName("GB18030")), null)
                        .text())
                .isEqualTo(rare);
    }

    @Test
    void big5IsDecodedWhenDeclared() throws Exception {
        String traditional = "臺北市內湖科技園區產值達新臺幣三千億元，同比成長百分之十二。園區廠商數量持續增加。";
        TextDecoder.DecodedText d = TextDecoder.decode(traditional.getBytes(Charset.forName("Big5")), "Big5");
        assertThat(d.text()).isEqualTo(traditional);
        assertThat(d.charset().name()).isEqualTo("Big5");
    }

    @Test
    void declaredCharsetOfAMetaTagIsRead() throws Exception {
        String html =
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>"
                        + TEXT + "</body></html>";
        TextDecoder.DecodedText d = TextDecoder.decode(html.getBytes(Charset.forName("GBK")), null);
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.declared()).isEqualToIgnoringCase("gb2312");
    }

    @Test
    void aWrongDeclarationLosesToValidUtf8() throws Exception {
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "GBK")
                        .text())
                .isEqualTo(TEXT);
    }

    @Test
    void binaryIsUndecodableAndSaysSo() {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        assertThatThrownBy(() -> TextDecoder.decode(bytes, null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("undecodable")
                .extracting(e -> ((ExtractionException) e).reason())
                .isEqualTo(ExtractionException.Reason.UNDECODABLE);
    }

    @Test
    void emptyBytesAreEmptyText() throws Exception {
        assertThat(TextDecoder.decode(new byte[0], null).text()).isEmpty();
    }

    /** Regression: ICU guessed Big5 or KOI8-R for short GBK texts, which decode cleanly in both into nonsense. */
    @Test
    void shortGbkTextsAreNotMistakenForBig5OrKoi8() throws Exception {
        for (String headline : new String[] {"同一篇文章，换了编码", "经开区新闻", "高新区", "合肥高新区营业收入增长"}) {
            assertThat(TextDecoder.decode(headline.getBytes(Charset.forName("GBK")), null)
                            .text())
                    .isEqualTo(headline);
        }
    }

    @Test
    void shortBig5TextIsReadAsBig5() throws Exception {
        String headline = "經濟技術開發區新聞稿：今年上半年產值增長";
        assertThat(TextDecoder.decode(headline.getBytes(Charset.forName("Big5")), null)
                        .text())
                .isEqualTo(headline);
    }
}
