package zonepulse.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {
    private static RobotsRules rules(String text) {
        return RobotsRules.parse(text.getBytes(StandardCharsets.UTF_8), "zonepulse-ingest");
    }

    private static boolean allows(RobotsRules rules, String path) {
        return rules.allows(URI.create("https://news.example.com" + path));
    }

    @Test
    void theLongestMatchWinsAndAllowWinsTies() {
        RobotsRules rules = rules("""
                User-agent: *
                Disallow: /a/
                Allow: /a/b/
                Disallow: /*.pdf$
                Disallow: /search?
                """);
        assertThat(allows(rules, "/a/x")).isFalse();
        assertThat(allows(rules, "/a/b/c")).isTrue();
        assertThat(allows(rules, "/doc.pdf")).isFalse();
        assertThat(allows(rules, "/doc.pdf.html")).isTrue();
        assertThat(allows(rules, "/search?q=1")).isFalse();
        assertThat(allows(rules, "/")).isTrue();
    }

    @Test
    void ourOwnGroupReplacesTheStarGroup() {
        RobotsRules rules = rules("""
                User-agent: *
                Disallow: /

                User-agent: Zonepulse-Ingest
                User-agent: otherbot
                Disallow: /private
                """);
        assertThat(allows(rules, "/news")).isTrue();
        assertThat(allows(rules, "/private/x")).isFalse();
    }

    @Test
    void anEmptyDisallowAllowsEverything() {
        assertThat(allows(rules("User-agent: *\nDisallow:\n"), "/anything")).isTrue();
        assertThat(allows(rules(""), "/anything")).isTrue();
    }
}
