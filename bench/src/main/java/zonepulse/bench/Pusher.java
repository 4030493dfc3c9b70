package zonepulse.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes articles to ingest-service's {@code POST /api/articles} (JSON: url, content, mediaType) at a steady rate, as
 * another system would: each request is sent at its time whatever the earlier ones' answers (an open loop), so a
 * slow answer delays no later article.
 */
final class Pusher {
    /** The URL prefix of pushed articles; the host is reserved (.invalid) and never fetched: the content is sent. */
    static final String URL_PREFIX = "https://news.zonepulse-bench.invalid/";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().build();
    private final URI endpoint;
    private final String apiKey;

    Pusher(int port, String apiKey) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/api/articles");
        this.apiKey = apiKey;
    }

    /**
     * Pushes the articles, {@code perSecond} a second; returns their article ids, in order, once every push has been
     * answered 202 published.
     */
    List<String> push(List<Workload.Article> articles, int perSecond) {
        long period = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            sleepUntil(start + i * period);
            answers.add(http.sendAsync(request(articles.get(i)), HttpResponse.BodyHandlers.ofString()));
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> answer = answers.get(i).join();
            JsonNode body = answer.statusCode() == 202 ? JSON.readTree(answer.body()) : null;
            if (body == null || !"published".equals(body.path("status").asString())) {
                throw new IllegalStateException("ingest-service answered the push of "
                        + articles.get(i).name() + " " + answer.statusCode() + ": " + answer.body());
            }
            ids.add(body.path("articleId").asString());
        }
        return ids;
    }

    private HttpRequest request(Workload.Article article) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("url", URL_PREFIX + article.name());
        body.put("content", article.text());
        body.put("mediaType", article.mediaType());
        return HttpRequest.newBuilder(endpoint)
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
    }

    private static void sleepUntil(long nanos) {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted pushing", e);
            }
        }
    }
}
