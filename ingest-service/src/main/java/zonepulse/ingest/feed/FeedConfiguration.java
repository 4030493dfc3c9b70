package zonepulse.ingest.feed;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import zonepulse.ingest.fetch.PoliteFetcher;
import zonepulse.ingest.page.PageFetcher;
import zonepulse.ingest.source.ArticleIngester;
import zonepulse.ingest.source.SourceMetrics;
import zonepulse.ingest.source.SourceStatusBoard;

@Configuration(proxyBeanMethods = false)
class FeedConfiguration {
    @Bean
    FeedSources feedSources(
            FeedsProperties properties,
            PoliteFetcher fetcher,
            PageFetcher pages,
            ArticleIngester ingester,
            SourceMetrics metrics,
            SourceStatusBoard board) {
        FeedParser parser = new FeedParser();
        List<FeedsProperties.Feed> enabled = properties.feeds().stream()
                .filter(FeedsProperties.Feed::enabled)
                .toList();
        List<FeedPoller> pollers = enabled.stream()
                .map(feed -> new FeedPoller(feed, fetcher, parser, pages, ingester, metrics, board))
                .toList();
        return new FeedSources(enabled, pollers);
    }
}
