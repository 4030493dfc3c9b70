package zonepulse.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private static CleanDocument read(String content, String mediaType) throws Exception {
        return DocumentReader.read(content, mediaType, Deadline.none());
    }

    @Test
    void frontMatterGivesTitleAndDateAndIsNotText() throws Exception {
        CleanDocument doc = read(
                "\n---\ntitle: '北京经开区：前八个月规上工业总产值同比增三成'\ndate: Thu, 14 Oct 2021 02:06:51 GMT\n---\n\n<p>正文。</p>",
                "text/plain");
        assertThat(doc.title()).isEqualTo("北京经开区：前八个月规上工业总产值同比增三成");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2021, 10, 14));
        assertThat(doc.text()).doesNotContain("date:").contains("正文。");
    }

    @Test
    void isoDateInFrontMatter() throws Exception {
        assertThat(read("---\ntitle: t\ndate: 2023-04-18\n---\n正文", "text/markdown")
                        .published())
                .isEqualTo(LocalDate.of(2023, 4, 18));
    }

    @Test
    void yamlAliasBombIsRefusedNotExpanded() throws Exception {
        StringBuilder yaml = new StringBuilder(
                "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        yaml.append("---\n开发区实现地区生产总值100亿元。");
        CleanDocument doc = read(yaml.toString(), "text/plain");
        // the body is one sentence, so no title at all; above all none from the bomb
        assertThat(doc.title()).isNull();
        assertThat(doc.text()).contains("地区生产总值100亿元").doesNotContain("lol");
    }

    @Test
    void htmlBoilerplateIsDropped() throws Exception {
        String html = """
                <html><head><title>园区经济稳中有进_园区要闻</title><style>p{}</style><script>var a=1;</script></head>
                <body><div class="nav"><a href="/">首页</a><a>要闻</a><a>公开</a></div>
                <div class="breadcrumb">首页 &gt; 要闻 &gt; 正文</div>
                <h1>园区经济稳中有进</h1>
                <!-- 正文 -->
                <p>园区实现地区生产总值100亿元。</p>
                <div class="share">分享到：微信 微博</div>
                <p class="article-editor">责任编辑：王珊珊</p>
                <ul><li><a href="/1">无关新闻一</a></li><li><a href="/2">无关新闻二</a></li><li><a href="/3">无关新闻三</a></li></ul>
                <footer>版权所有</footer></body></html>""";
        CleanDocument doc = read(html, "text/html");
        assertThat(doc.title()).isEqualTo("园区经济稳中有进");
        assertThat(doc.text())
                .contains("园区实现地区生产总值100亿元。")
                .doesNotContain("首页")
                .doesNotContain("分享")
                .doesNotContain("责任编辑")
                .doesNotContain("无关新闻")
                .doesNotContain("版权所有")
                .doesNotContain("var a")
                .doesNotContain("正文 -->");
    }

    @Test
    void serverTagsOfTemplatesStillYieldText() throws Exception {
        String jsp = "<%@ page contentType=\"text/html;charset=UTF-8\" %><html><body><p><%= title %>园区新增企业50家。</p>"
                + "<?php echo $footer; ?></body></html>";
        CleanDocument doc = read(jsp, "text/html");
        assertThat(doc.text()).isEqualTo("园区新增企业50家。");
    }

    @Test
    void trailingHeadlineListOfPlainTextIsDropped() throws Exception {
        String text = "园区实现地区生产总值100亿元。\n- [ 国内 ] 无关标题一\n- [ 国内 ] 无关标题二\n- [ 财经 ] 无关标题三 20%\n";
        assertThat(read(text, "text/plain").text()).isEqualTo("园区实现地区生产总值100亿元。");
    }

    @Test
    void breadcrumbLineAndRelatedHeadingAreDropped() throws Exception {
        String text = "首页 > 政务公开 > 工作动态\n\n园区概况\n\n园区面积15平方公里。\n\n相关新闻";
        CleanDocument doc = read(text, "text/plain");
        assertThat(doc.text()).isEqualTo("园区概况\n园区面积15平方公里。");
    }

    @Test
    void wordsBrokenAcrossPdfLinesAreJoined() throws Exception {
        String text = "标题行\n\n创新人才服务水平不断提升。加快推进高水平人才高地建设，加大人才服务力度，通过引\n\n" + "进落户等方式，留住 5627 名骨干人才。\n\n二、下一节\n";
        CleanDocument doc = read(text, "text/plain");
        assertThat(doc.text()).contains("通过引进落户等方式").contains("\n二、下一节");
    }

    @Test
    void infoboxLinesStayShortLines() throws Exception {
        String text = "中文名\n\n北京经济技术开发区\n\n面积\n\n          225平方公里\n";
        assertThat(read(text, "text/plain").text()).isEqualTo("中文名\n北京经济技术开发区\n面积\n225平方公里");
    }

    @Test
    void datelineDatesAPlainText() throws Exception {
        assertThat(read("2022-08-15 09:30 来源：天津日报\n正文。", "text/plain").published())
                .isEqualTo(LocalDate.of(2022, 8, 15));
    }

    /** A source or author line is dropped from the text, but its date is the publication's. */
    @Test
    void theDateOfABylineDroppedFromTheTextDatesIt() throws Exception {
        CleanDocument doc = read("潍坊高新区项目建设提速\n来源：潍坊日报 2024年03月06日\n园区新开工项目12个。", "text/plain");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(doc.text()).doesNotContain("来源");
        assertThat(read("标题\n作者：孙七 | 来源：某某网 | 2024-03-06 | 阅读 88\n正文。", "text/plain")
                        .published())
                .isEqualTo(LocalDate.of(2024, 3, 6));
    }

    /** 「上一篇：…」, 「下一条：…」 link to other articles: their titles are no part of this one's text. */
    @Test
    void linksToThePreviousAndNextArticleAreNoText() throws Exception {
        String html = "<html><body><h1>园区新开工项目12个</h1><p>园区新开工项目12个，总投资56亿元。</p>"
                + "<p>上一篇：<a href=\"/a.html\">园区新签约项目23个 总投资超150亿元</a></p>"
                + "<div>【下一条】<a href=\"/b.html\">人才招聘会提供岗位3000余个</a></div></body></html>";
        CleanDocument doc = read(html, "text/html");
        assertThat(doc.text())
                .contains("园区新开工项目12个，总投资56亿元。")
                .doesNotContain("150亿元")
                .doesNotContain("3000");
        assertThat(read("标题\n上一条生产线投产后，产能翻番。", "text/plain").text()).contains("上一条生产线");
    }

    /** A page's foot that is a date alone on its line dates the page. */
    @Test
    void aDateAloneOnALineOfThePagesFootDatesIt() throws Exception {
        String text = "标题\n" + "园区新开工项目12个，总投资56亿元。\n".repeat(10) + "[2024-03-06 10:15]";
        assertThat(read(text, "text/plain").published()).isEqualTo(LocalDate.of(2024, 3, 6));
        String range = "标题\n" + "园区新开工项目12个。\n".repeat(10) + "2024-03-06至2024-03-09";
        assertThat(read(range, "text/plain").published()).isNull();
    }

    @Test
    void deeplyNestedHtmlIsRead() throws Exception {
        String html = "<div>".repeat(5000) + "<p>园区新增企业50家。</p>" + "</div>".repeat(5000);
        assertThat(read(html, "text/html").text()).contains("园区新增企业50家。");
    }

    /** Regression: a plain text's byline (seed 001's 「本报记者 曹政」) was taken for its title. */
    @Test
    void aBylineIsNoTitleAndNeitherIsRunningProse() throws Exception {
        assertThat(DocumentReader.titleLine(List.of("本报记者 曹政", "未来三年,亦庄将发展成一座重“质”之城。昨天,北京经开区发布行动计划。")))
                .isNull();
        assertThat(DocumentReader.titleLine(List.of("记者 王芳", "合肥高新区上半年经济运行稳中向好", "正文。")))
                .isEqualTo("合肥高新区上半年经济运行稳中向好");
        assertThat(DocumentReader.titleLine(List.of("苏州工业园区一季度实际使用外资增长", "正文。")))
                .isEqualTo("苏州工业园区一季度实际使用外资增长");
    }
}
