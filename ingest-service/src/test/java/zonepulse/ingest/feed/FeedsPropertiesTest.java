package zonepulse.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import zonepulse.ingest.fetch.FetchProperties;
import zonepulse.ingest.push.PushProperties;

class FeedsPropertiesTest {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class);

    @Test
    void feedsWithTheirDefaults() {
        runner.withPropertyValues(
                        "zonepulse.ingest.feeds[0].name=sina-finance",
                        "zonepulse.ingest.feeds[0].url=http://rsshub:1200/sina/finance",
                        "zonepulse.ingest.feeds[1].name=zones",
                        "zonepulse.ingest.feeds[1].url=https://news.example.org/feed.json",
                        "zonepulse.ingest.feeds[1].poll-interval=30m",
                        "zonepulse.ingest.feeds[1].fetch-pages=always")
                .run(context -> {
                    FeedsProperties properties = context.getBean(FeedsProperties.class);
                    assertThat(properties.feeds()).hasSize(2);
                    FeedsProperties.Feed sina = properties.feeds().get(0);
                    assertThat(sina.url()).isEqualTo(URI.create("http://rsshub:1200/sina/finance"));
                    assertThat(sina.pollInterval()).isEqualTo(Duration.ofMinutes(10));
                    assertThat(sina.fetchPages()).isEqualTo(FeedsProperties.PageFetch.SUMMARY_ONLY);
                    assertThat(sina.minContentLength()).isEqualTo(200);
                    assertThat(sina.enabled()).isTrue();
                    assertThat(properties.feeds().get(1).fetchPages()).isEqualTo(FeedsProperties.PageFetch.ALWAYS);
                    FetchProperties fetch = context.getBean(FetchProperties.class);
                    assertThat(fetch.maxRedirects()).isEqualTo(3);
                    assertThat(fetch.maxBodySize()).isEqualTo(DataSize.ofMegabytes(10));
                    assertThat(fetch.allowedHosts()).isEmpty();
                    assertThat(fetch.robotsToken()).isEqualTo("zonepulse-ingest");
                    assertThat(context.getBean(PushProperties.class).apiKeys()).isEmpty();
                });
    }

    @Test
    void noFeedsByDefault() {
        runner.run(context ->
                assertThat(context.getBean(FeedsProperties.class).feeds()).isEmpty());
    }

    @Test
    void aFeedWithoutAUrlIsNamed() {
        runner.withPropertyValues(
                        "zonepulse.ingest.feeds[0].name=ok",
                        "zonepulse.ingest.feeds[0].url=http://a.example/",
                        "zonepulse.ingest.feeds[1].name=broken")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("feeds[1].url"));
    }

    @Test
    void aNonHttpUrlIsNamed() {
        runner.withPropertyValues(
                        "zonepulse.ingest.feeds[0].name=local", "zonepulse.ingest.feeds[0].url=file:///etc/passwd")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("zonepulse.ingest.feeds[0] (local)")
                        .hasMessageContaining("http or https"));
    }

    @Test
    void aDuplicateNameIsNamed() {
        runner.withPropertyValues(
                        "zonepulse.ingest.feeds[0].name=same", "zonepulse.ingest.feeds[0].url=http://a.example/",
                        "zonepulse.ingest.feeds[1].name=same", "zonepulse.ingest.feeds[1].url=http://b.example/")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("zonepulse.ingest.feeds[1] (same)"));
    }

    @Test
    void tooManyRedirectsAndShortApiKeysAreRefused() {
        runner.withPropertyValues("zonepulse.ingest.fetch.max-redirects=5")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("maxRedirects"));
        runner.withPropertyValues("zonepulse.ingest.push.api-keys=short")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("apiKeys"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({FeedsProperties.class, FetchProperties.class, PushProperties.class})
    static class PropertiesOnly {}
}
