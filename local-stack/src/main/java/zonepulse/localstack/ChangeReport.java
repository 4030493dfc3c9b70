package zonepulse.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store's report of what the last replay changed ({@code GET {api}/changes}), as the demo prints it: the table
 * {@code ./zonepulse changes} prints. A store without a report (404: no generations stored) has none to give.
 */
final class ChangeReport {
    static final String NONE = "no change report available";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChangeReport() {}

    /** What to print for the store at {@code apiUrl} ({@code http://localhost:8080/api}). */
    static String fetch(String apiUrl) {
        URI uri = URI.create(apiUrl + "/changes");
        HttpResponse<String> response;
        try {
            response = get(uri, Duration.ofSeconds(30));
        } catch (IOException e) {
            return NONE + " (" + uri + ": " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE + " (interrupted)";
        }
        if (response.statusCode() == 404) {
            return NONE;
        }
        if (response.statusCode() != 200) {
            return NONE + " (" + uri + " answered " + response.statusCode() + ")";
        }
        return "What changed (GET " + uri + "):" + System.lineSeparator() + summaryOf(response.body());
    }

    /** GETs the report (or anything) as JSON, with a bound on connecting and on the whole answer. */
    static HttpResponse<String> get(URI uri, Duration timeout) throws IOException, InterruptedException {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .build()
                .send(
                        HttpRequest.newBuilder(uri)
                                .timeout(timeout)
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The report as {@link ChangesCli#table} shows it, or the body as it is when it is not a JSON object. */
    static String summaryOf(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.isObject() ? ChangesCli.table(node) : body;
        } catch (JacksonException e) {
            return body;
        }
    }
}
