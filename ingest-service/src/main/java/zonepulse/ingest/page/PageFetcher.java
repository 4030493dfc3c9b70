package zonepulse.ingest.page;

import java.net.URI;
import org.springframework.stereotype.Component;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.TextDecoder;
import zonepulse.ingest.fetch.FetchException;
import zonepulse.ingest.fetch.FetchFailure;
import zonepulse.ingest.fetch.FetchRequest;
import zonepulse.ingest.fetch.FetchResponse;
import zonepulse.ingest.fetch.PoliteFetcher;

/**
 * Fetches an article page: robots.txt honoured and the host's rate limit kept ({@link PoliteFetcher#fetchPage}),
 * decoded by the extraction engine's {@link TextDecoder} (the HTTP charset, else the page's meta tag, else detection:
 * GBK pages arrive as the same text as UTF-8 ones).
 */
@Component
public class PageFetcher {
    static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8";

    /**
     * A fetched page.
     *
     * @param uri where it was found, after redirects
     * @param text its decoded text
     * @param mediaType text/html or text/plain
     */
    public record Page(URI uri, String text, String mediaType) {}

    private final PoliteFetcher fetcher;

    public PageFetcher(PoliteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public Page fetch(URI url) throws FetchException {
        FetchResponse response = fetcher.fetchPage(FetchRequest.get(url, ACCEPT));
        String type = response.mediaType();
        String mediaType;
        if (type.isEmpty() || type.equals("text/html") || type.equals("application/xhtml+xml")) {
            mediaType = "text/html";
        } else if (type.equals("text/plain")) {
            mediaType = "text/plain";
        } else {
            throw new FetchException(
                    FetchFailure.UNSUPPORTED_CONTENT, url + " is " + type + ", not an HTML or text page");
        }
        String text;
        try {
            text = TextDecoder.decode(response.body(), response.charset()).text();
        } catch (ExtractionException e) {
            throw new FetchException(
                    FetchFailure.UNSUPPORTED_CONTENT, url + " cannot be decoded: " + e.getMessage(), e);
        }
        if (text.isBlank()) {
            throw new FetchException(FetchFailure.UNSUPPORTED_CONTENT, url + " is empty");
        }
        return new Page(response.uri(), text, mediaType);
    }
}
