package zonepulse.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver), against the embedded stack with
 * the samples stored: each page loads without console errors and shows the zones, series, projects and highlighted
 * quotes, and the links lead from the overview to a zone, a project and the article its quote is from. Screenshots go
 * to {@code target/dashboard/}. Skipped, saying so, only where no Chromium is installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path SCREENSHOTS = Path.of("target", "dashboard");
    private static final String ZONE = "北京经济技术开发区";
    private static final Duration PAGE_LOADS_WITHIN = Duration.ofSeconds(20);

    private LocalStack stack;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String quoteOnProjectPage;

    @BeforeAll
    void start(@TempDir Path dropFolder) throws IOException {
        Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable("chromedriver");
        Assumptions.assumeTrue(
                chromium.isPresent() && driver.isPresent(),
                "no Chromium here: the browser tests need Chromium and its driver (Debian: apt-get install chromium"
                        + " chromium-driver)");

        stack = LocalStack.start(dropFolder, new LocalStack.Options(0, Duration.ofMillis(300), true));
        List<String> articleIds = Demo.drop(Demo.samples(SAMPLES), dropFolder);
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> articleIds.stream().allMatch(id -> StoredArticles.isComplete(stack.queries(), id)));

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(driver.get().toFile())
                        .build(),
                options);
        wait = new WebDriverWait(browser, PAGE_LOADS_WITHIN);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void overviewShowsTheZonesCountsAndLatestProjects() throws IOException {
        browser.get(stack.dashboardUrl());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#regions tr.region")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#latest tr.project")));
        assertThat(browser.findElements(By.cssSelector("#regions tr.region a")))
                .extracting(WebElement::getText)
                .contains(ZONE, "北京市");
        assertThat(browser.findElements(By.cssSelector("#counts .card"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#stage-chart canvas"))).isNotEmpty();
        screenshot("overview");
        assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void zonePageShowsItsSeriesTargetsAndProjectPipeline() throws IOException {
        browser.findElement(By.linkText(ZONE)).click();
        wait.until(ExpectedConditions.textToBe(By.id("title"), ZONE));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#series .series canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#projects tr.project")));
        List<WebElement> series = browser.findElements(By.cssSelector("#series .series"));
        assertThat(series).isNotEmpty();
        assertThat(series.get(0).findElement(By.tagName("h3")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#pipeline-chart canvas")))
                .isNotEmpty();
        screenshot("zone");
        assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void projectPageShowsTheTimelineWithQuotesAndSources() throws IOException {
        browser.findElement(By.cssSelector("#projects tr.project a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline tr.stage")));
        WebElement first = browser.findElement(By.cssSelector("#timeline tr.stage"));
        quoteOnProjectPage = first.findElement(By.tagName("blockquote")).getText();
        assertThat(quoteOnProjectPage).isNotBlank();
        assertThat(browser.findElement(By.id("title")).getText()).isNotBlank();
        screenshot("project");
        assertNoConsoleErrors();
    }

    @Test
    @Order(4)
    void articlePageHighlightsTheQuoteTheProjectLinkedTo() throws IOException {
        browser.findElement(By.cssSelector("#timeline tr.stage td:last-child a"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text mark.current")));
        WebElement linked = browser.findElement(By.cssSelector("#text mark.current"));
        assertThat(linked.getText()).isEqualTo(quoteOnProjectPage);
        assertThat(browser.findElements(By.cssSelector("#text mark.indicator"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#text mark.project"))).isNotEmpty();
        // every mark links to its event's row; a quote inside an earlier one is listed but not marked twice
        for (WebElement mark : browser.findElements(By.cssSelector("#text mark"))) {
            String eventId = mark.getAttribute("id").substring("ev-".length());
            assertThat(browser.findElements(By.id("row-" + eventId)))
                    .as(eventId)
                    .hasSize(1);
        }
        screenshot("article");
        assertNoConsoleErrors();
    }

    @Test
    @Order(5)
    void everyServiceReportsItsOverallHealthUp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> urls = stack.healthUrls();
        assertThat(urls).containsOnlyKeys("store-service", "extract-service", "ingest-service");
        for (Map.Entry<String, String> url : urls.entrySet()) {
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(url.getValue())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode())
                    .as(url.getKey() + ": " + health.body())
                    .isEqualTo(200);
            assertThat(health.body()).as(url.getKey()).contains("\"status\":\"UP\"");
        }
    }

    @Test
    @Order(6)
    void theDashboardIsServedOnTheLoopbackInterfaceOnly() throws Exception {
        int port = URI.create(stack.dashboardUrl()).getPort();
        List<InetAddress> external = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
        Assumptions.assumeFalse(external.isEmpty(), "this machine has no address but loopback to try");
        for (InetAddress address : external) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), 2000);
                throw new AssertionError("the dashboard answered on " + address);
            } catch (IOException refused) {
                // refused: nothing listens on that address
            }
        }
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void assertNoConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(errors).as("console errors on " + browser.getCurrentUrl()).isEmpty();
    }

    private static Optional<Path> executable(String... names) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(names)
                .flatMap(name -> Stream.of(path.split(":")).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
