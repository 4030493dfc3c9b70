package zonepulse.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pusher against a stand-in of ingest-service's push endpoint. Regression (benchmark of 2026-12-02, end to end
 * with C1 only): a push whose kept-alive connection the server closed as it went out ended the whole run with "header
 * parser received no bytes", though that article had never reached ingest-service.
 */
class PusherTest {
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aPushWhoseConnectionIsLostBeforeAnyAnswerIsSentAgain() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        start(exchange -> {
            if (requests.incrementAndGet() == 1) {
                exchange.getRequestBody().readAllBytes();
                exchange.close(); // the connection closed, no answer
                return;
            }
            boolean resent = exchange.getRequestHeaders().containsKey("X-bench-resent");
            answer(
                    exchange,
                    202,
                    "{\"status\":\"" + (resent ? "unchanged" : "published") + "\",\"articleId\":\"a-1\"}");
        });

        List<String> ids = new Pusher(server.getAddress().getPort(), "key").push(List.of(article()), 50);

        assertThat(ids).containsExactly("a-1");
        assertThat(requests).hasValue(2);
    }

    @Test
    void aPushAnsweredWithAnErrorIsNotSentAgainButReported() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        start(exchange -> {
            requests.incrementAndGet();
            answer(exchange, 401, "{\"error\":\"unknown API key\"}");
        });

        assertThatThrownBy(() -> new Pusher(server.getAddress().getPort(), "wrong").push(List.of(article()), 50))
                .hasMessageContaining("401");
        assertThat(requests).hasValue(1);
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void start(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/articles", exchange -> {
            try (exchange) {
                handler.handle(exchange);
            }
        });
        server.start();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static Workload.Article article() {
        return new Workload.Article(
                "e2e-steady-00001-h01.txt", "text/plain", "嘉兴经开区新签约项目12个。", LocalDate.of(2026, 3, 2));
    }
}
