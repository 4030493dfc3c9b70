package zonepulse.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    /** Marks a push sent again after its connection was lost (ingest-service ignores the header). */
    private static final String RESENT = "X-Bench-Resent";

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
            HttpRequest request = request(articles.get(i));
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .exceptionallyCompose(failure -> resendOnConnectionLoss(request, failure)));
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> answer = answers.get(i).join();
            JsonNode body = answer.statusCode() == 202 ? JSON.readTree(answer.body()) : null;
            String status = body == null ? null : body.path("status").asString();
            // "unchanged" only when a push whose connection was lost had been published after all
            boolean resent = answer.request().headers().firstValue(RESENT).isPresent();
            if (!"published".equals(status) && !(resent && "unchanged".equals(status))) {
                throw new IllegalStateException("ingest-service answered the push of "
                        + articles.get(i).name() + " " + answer.statusCode() + ": " + answer.body());
            }
            ids.add(body.path("articleId").asString());
        }
        return ids;
    }

    /**
     * Sends a push once more when its connection was lost before any answer (the server closed a kept-alive connection
     * as the request went out), as a client of an idempotent API would: a push of the same URL and content is
     * published once, and answered {@code unchanged} when it was.
     */
    private CompletableFuture<HttpResponse<String>> resendOnConnectionLoss(HttpRequest request, Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (!(cause instanceof IOException) || cause instanceof HttpTimeoutException) {
            return CompletableFuture.failedFuture(cause);
        }
        HttpRequest again = HttpRequest.newBuilder(request, (name, value) -> true)
                .header(RESENT, "1")
                .build();
        return http.sendAsync(again, HttpResponse.BodyHandlers.ofString());
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
