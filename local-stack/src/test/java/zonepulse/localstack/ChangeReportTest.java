package zonepulse.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the demo prints for the store's answer to GET /api/changes, from a real HTTP server answering it. */
class ChangeReportTest {
    private HttpServer server;

    private String serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/changes", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aStoreWithoutTheEndpointHasNoReport() throws IOException {
        assertThat(ChangeReport.fetch(serve(404, ""))).isEqualTo(ChangeReport.NONE);
    }

    @Test
    void theReportIsPrintedAsTheChangesTable() throws IOException {
        String printed = ChangeReport.fetch(serve(
                200,
                "{\"from\":\"x/1.0.0\",\"to\":\"x/1.1.0\",\"articlesCompared\":5,\"articlesChanged\":0,"
                        + "\"eventsAdded\":0,\"eventsRemoved\":0,\"eventsChanged\":0,\"articles\":[]}"));

        assertThat(printed).startsWith("What changed (GET http://127.0.0.1:");
        assertThat(printed).contains("changes from x/1.0.0 to x/1.1.0: 5 articles compared, 0 changed");
    }

    @Test
    void anAnswerThatIsNotAReportIsPrintedAsItIs() {
        assertThat(ChangeReport.summaryOf("[1,2]")).isEqualTo("[1,2]");
        assertThat(ChangeReport.summaryOf("not json")).isEqualTo("not json");
    }

    @Test
    void anErrorOrNoAnswerSaysSo() throws IOException {
        assertThat(ChangeReport.fetch(serve(500, "{}")))
                .startsWith(ChangeReport.NONE)
                .contains("answered 500");
        stop();
        assertThat(ChangeReport.fetch("http://127.0.0.1:" + server.getAddress().getPort() + "/api"))
                .startsWith(ChangeReport.NONE + " (http://127.0.0.1:");
    }
}
