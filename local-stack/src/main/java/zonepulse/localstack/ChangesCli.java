package zonepulse.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./zonepulse changes}: what a new extractor changed, as a table, read from store-service's
 * {@code GET /api/changes}. For an operator judging an upgrade after a replay, before trusting it.
 */
public final class ChangesCli {
    static final String USAGE = """
            usage: zonepulse changes [--api URL] [--from EXTRACTOR] [--to EXTRACTOR] [--json]
              --api URL     store-service's API (default http://127.0.0.1:8080/api)
              --from, --to  extractors by name/version or version (default: the two newest stored)
              --json        print the report as JSON instead of a table
            """;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChangesCli() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String api = "http://127.0.0.1:8080/api";
        String from = null;
        String to = null;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--api" -> api = value(args, ++i);
                case "--from" -> from = value(args, ++i);
                case "--to" -> to = value(args, ++i);
                case "--json" -> json = true;
                default -> {
                    System.err.println("zonepulse changes: unknown argument " + args[i]);
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
        }
        StringBuilder uri = new StringBuilder(api.replaceAll("/+$", "")).append("/changes");
        char separator = '?';
        if (from != null) {
            uri.append(separator).append("from=").append(URLEncoder.encode(from, StandardCharsets.UTF_8));
            separator = '&';
        }
        if (to != null) {
            uri.append(separator).append("to=").append(URLEncoder.encode(to, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = ChangeReport.get(URI.create(uri.toString()), Duration.ofSeconds(60));
            if (response.statusCode() != 200) {
                System.err.println(
                        "zonepulse changes: " + uri + " answered " + response.statusCode() + ": " + response.body());
                System.exit(1);
            }
            out.print(json ? response.body() + System.lineSeparator() : table(JSON.readTree(response.body())));
        } catch (IOException e) {
            System.err.println("zonepulse changes: cannot reach " + uri + ": " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.print(USAGE);
            System.exit(2);
        }
        return args[i];
    }

    /** The report as a readable table: a headline, then each changed article with its added, removed, changed events. */
    static String table(JsonNode report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                "changes from %s to %s: %d articles compared, %d changed; events %d added, %d removed, %d changed%n",
                report.path("from").asString(),
                report.path("to").asString(),
                report.path("articlesCompared").asInt(),
                report.path("articlesChanged").asInt(),
                report.path("eventsAdded").asInt(),
                report.path("eventsRemoved").asInt(),
                report.path("eventsChanged").asInt()));
        for (JsonNode article : report.path("articles")) {
            text.append(String.format(
                    "%n%s  %s%n",
                    article.path("articleId").asString(), article.path("title").asString("")));
            for (JsonNode event : article.path("added")) {
                text.append(line('+', event));
            }
            for (JsonNode event : article.path("removed")) {
                text.append(line('-', event));
            }
            for (JsonNode change : article.path("changed")) {
                text.append(line('~', change.path("after")));
                for (JsonNode field : change.path("fields")) {
                    text.append(String.format(
                            "      %-28s %s -> %s%n",
                            field.path("field").asString(), shown(field.path("before")), shown(field.path("after"))));
                }
            }
        }
        return text.toString();
    }

    private static String line(char mark, JsonNode event) {
        return String.format(
                "  %c %-9s %s  «%s»%n",
                mark,
                event.path("type").asString(),
                event.path("summary").asString(),
                event.path("quote").asString());
    }

    private static String shown(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? "(none)" : value.toString();
    }
}
