package zonepulse.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
    @Test
    void theSamePageSpelledDifferentlyHasOneCanonicalForm() {
        assertThat(UrlCanonicalizer.canonical(
                        "HTTPS://Finance.Sina.com.cn:443/a/b.shtml?utm_source=rss&id=7&spm=x#comments"))
                .isEqualTo("https://finance.sina.com.cn/a/b.shtml?id=7");
        assertThat(UrlCanonicalizer.canonical("http://example.org")).isEqualTo("http://example.org/");
        assertThat(UrlCanonicalizer.canonical("http://example.org:8080/x?utm_medium=a"))
                .isEqualTo("http://example.org:8080/x");
    }

    @Test
    void unencodedCharactersAreEncoded() {
        assertThat(UrlCanonicalizer.canonical("https://news.example.org/经开区 新闻.html"))
                .isEqualTo("https://news.example.org/%E7%BB%8F%E5%BC%80%E5%8C%BA%20%E6%96%B0%E9%97%BB.html");
    }

    @Test
    void relativeUrlsHaveNoCanonicalForm() {
        assertThatThrownBy(() -> UrlCanonicalizer.canonical("/news/1.html"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
