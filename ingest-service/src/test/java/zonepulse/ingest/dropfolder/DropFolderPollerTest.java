package zonepulse.ingest.dropfolder;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import zonepulse.events.Ids;
import zonepulse.events.RawArticle;
import zonepulse.events.SourceType;
import zonepulse.ingest.dedup.DedupProperties;
import zonepulse.ingest.dedup.NearDuplicates;
import zonepulse.ingest.ledger.IngestLedger;
import zonepulse.ingest.ledger.LedgerEntry;
import zonepulse.ingest.ledger.LedgerStatus;
import zonepulse.ingest.ledger.Publication;
import zonepulse.ingest.publishing.ArticlePublisher;
import zonepulse.ingest.publishing.ArticleRejectedException;
import zonepulse.ingest.publishing.PublishingProperties;
import zonepulse.ingest.source.ArticleIngester;
import zonepulse.ingest.source.SourceMetrics;
import zonepulse.ingest.source.SourceStatusBoard;

/** The poll cycle and the ingest of one file, against a ledger and a publisher kept in memory. */
class DropFolderPollerTest {
    private static final Instant NOW = Instant.parse("2026-11-22T19:00:00Z");
    private static final int MAX_FILE_SIZE = 1000;

    @TempDir
    Path drop;

    private final RecordingLedger ledger = new RecordingLedger();
    private final RecordingPublisher publisher = new RecordingPublisher();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SourceStatusBoard board =
            new SourceStatusBoard(CircuitBreakerRegistry.ofDefaults(), Clock.systemUTC());
    private DropFolderPoller poller;

    @BeforeEach
    void createPoller() {
        Path failed = drop.resolve(".failed");
        ArticleIngester articles = new ArticleIngester(
                ledger,
                publisher,
                new NearDuplicates(new DedupProperties(true, 6, 80, 1000)),
                new SourceMetrics(meters),
                board,
                CircuitBreakerRegistry.ofDefaults(),
                Clock.fixed(NOW, ZoneOffset.UTC),
                new PublishingProperties(4, DataSize.ofMegabytes(64)));
        DroppedFileIngester ingester = new DroppedFileIngester(MAX_FILE_SIZE, new FailedFiles(drop, failed), articles);
        poller = new DropFolderPoller(new DropFolderScanner(drop, failed, List.of("txt", "md", "html")), ingester);
    }

    /**
     * Issue 12, item 1: dropped files took a pipeline of their own (DroppedFileIngester beside ArticleIngester), with
     * no near-duplicate clustering and no row at {@code GET /api/sources}.
     */
    @Test
    void droppedFilesGoThroughThePipelineOfEverySource() throws Exception {
        String story = "合肥高新区今年1-8月规模以上工业总产值达3713.4亿元，同比增长31.9%，增速居全省开发区首位。"
                + "其中，集成电路、新型显示、人工智能三大主导产业产值合计增长42.6%，对全区工业增长的贡献率超过六成。"
                + "9月，总投资120亿元的晶合集成二期项目在高新区正式开工，预计2023年建成投产。";
        write("a.txt", story + "来源：合肥日报", 1);
        write("b.txt", story + "来源：安徽新闻网", 1);

        poller.poll();
        poller.poll();

        assertThat(publisher.published).hasSize(2);
        RawArticle first = publisher.published.get(0);
        RawArticle second = publisher.published.get(1);
        assertThat(second.metadata().duplicateOf()).isEqualTo(first.articleId());
        assertThat(second.metadata().clusterId()).isEqualTo(first.articleId());
        assertThat(board.statuses()).singleElement().satisfies(status -> {
            assertThat(status.name()).isEqualTo("drop-folder");
            assertThat(status.published()).isEqualTo(2);
            assertThat(status.nearDuplicates()).isEqualTo(1);
        });
    }

    @Test
    void publishesAFileOnceItHasSettled() throws Exception {
        Path file = write("news.md", "经开区新闻", 1);

        poller.poll();
        assertThat(publisher.published)
                .as("a file seen for the first time may still be written")
                .isEmpty();

        poller.poll();
        assertThat(publisher.published).singleElement().satisfies(article -> {
            assertThat(article.articleId()).isEqualTo(Ids.articleId(DroppedFiles.canonicalUri(file)));
            assertThat(article.source().type()).isEqualTo(SourceType.FILE);
            assertThat(article.source().uri()).isEqualTo(DroppedFiles.canonicalUri(file));
            assertThat(article.mediaType()).isEqualTo("text/markdown");
            assertThat(article.content()).isEqualTo("经开区新闻");
            assertThat(article.fetchedAt()).isEqualTo(NOW);
        });
        assertThat(ledger.entries.get(DroppedFiles.canonicalUri(file)))
                .extracting(LedgerEntry::status, LedgerEntry::contentHash, LedgerEntry::publishedCount)
                .containsExactly(LedgerStatus.PUBLISHED, Ids.sha256Hex("经开区新闻"), 1L);

        poller.poll();
        assertThat(publisher.published).hasSize(1);
        assertThat(file).exists();
    }

    @Test
    void aFileWrittenAgainWithTheSameTextIsNotPublishedAgain() throws Exception {
        write("a.txt", "同一篇文章", 1);
        settle();
        write("a.txt", "同一篇文章", 2);
        settle();

        assertThat(publisher.published).hasSize(1);
        assertThat(ledger.lookups)
                .as("the changed stamp made the poller ask the ledger")
                .isEqualTo(2);
    }

    @Test
    void aFileReEncodedWithTheSameTextIsNotPublishedAgain() throws Exception {
        String text = "2021年1-8月，经开区规模以上工业总产值3713.4亿元，同比增长31.9%。智飞绿竹生物制药产业化基地项目开工。";
        write("a.txt", text, 1);
        settle();
        Files.write(drop.resolve("a.txt"), text.getBytes(Charset.forName("GBK")));
        Files.setLastModifiedTime(drop.resolve("a.txt"), FileTime.fromMillis(2_000));
        settle();

        assertThat(publisher.published).extracting(RawArticle::content).containsExactly(text);
        assertThat(ledger.lookups).isEqualTo(2);
    }

    @Test
    void changedTextIsPublishedAsANewVersionOfTheSameArticle() throws Exception {
        write("a.txt", "第一版", 1);
        settle();
        write("a.txt", "第二版，内容更新", 2);
        settle();

        assertThat(publisher.published).hasSize(2);
        RawArticle first = publisher.published.get(0);
        RawArticle second = publisher.published.get(1);
        assertThat(second.articleId()).isEqualTo(first.articleId());
        assertThat(second.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(ledger.entries.get(first.source().uri()).publishedCount()).isEqualTo(2);
    }

    @Test
    void anOversizedFileIsRecordedAsFailedAndMovedAside() throws Exception {
        Path file = write("big.txt", "大".repeat(MAX_FILE_SIZE), 1);

        settle();

        assertThat(publisher.published).isEmpty();
        assertThat(file).doesNotExist();
        assertThat(drop.resolve(".failed/big.txt")).exists();
        assertThat(ledger.entries.get(DroppedFiles.canonicalUri(file))).satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.FAILED);
            assertThat(entry.reason()).startsWith("too large: 3000 bytes, over the limit of 1000 bytes");
            assertThat(entry.articleId()).isEqualTo(Ids.articleId(DroppedFiles.canonicalUri(file)));
        });
    }

    @Test
    void anUndecodableFileIsRecordedAsFailedAndMovedAsideWhileTheOthersArePublished() throws Exception {
        Path bad = drop.resolve("a-bad.txt");
        Files.write(bad, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, (byte) 0x80, (byte) 0x81});
        write("b-good.txt", "好文件", 1);

        settle();

        assertThat(bad).doesNotExist();
        assertThat(drop.resolve(".failed/a-bad.txt")).exists();
        assertThat(ledger.entries.get(DroppedFiles.canonicalUri(bad)).reason()).startsWith("cannot be decoded");
        assertThat(publisher.published).extracting(RawArticle::content).containsExactly("好文件");
    }

    /** Regression: a record over the topic's size limit was treated as an outage and retried on every poll. */
    @Test
    void anArticleTheBrokerRejectsIsRecordedAsFailedAndMovedAside() throws Exception {
        Path file = write("huge.txt", "超大文件", 1);
        publisher.rejects = true;

        settle();

        assertThat(file).doesNotExist();
        assertThat(drop.resolve(".failed/huge.txt")).exists();
        assertThat(ledger.entries.get(DroppedFiles.canonicalUri(file))).satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.FAILED);
            assertThat(entry.reason()).startsWith("too-large");
        });
    }

    @Test
    void aKafkaOutageLeavesTheFileInPlaceAndItIsPublishedLater() throws Exception {
        Path file = write("a.txt", "停电期间的文章", 1);
        publisher.down = true;

        settle();
        settle();

        assertThat(file).exists();
        assertThat(ledger.entries).isEmpty();

        publisher.down = false;
        poller.poll();

        assertThat(publisher.published).hasSize(1);
        assertThat(ledger.entries.get(DroppedFiles.canonicalUri(file)).status()).isEqualTo(LedgerStatus.PUBLISHED);
    }

    @Test
    void aMongoOutageNeverMovesABadFileAsideUnrecorded() throws Exception {
        Path bad = drop.resolve("bad.txt");
        Files.write(bad, new byte[0]);
        ledger.down = true;

        settle();

        assertThat(bad).exists();
        assertThat(drop.resolve(".failed/bad.txt")).doesNotExist();

        ledger.down = false;
        poller.poll();

        assertThat(bad).doesNotExist();
        assertThat(ledger.entries.get(DroppedFiles.canonicalUri(bad)).reason()).isEqualTo("empty file");
    }

    /**
     * Files go out in groups of half the bound in flight (here 2); once a send failed, nothing more is sent: here the
     * first send fails at once, so the second file of its group is not sent either.
     */
    @Test
    void anOutageEndsThePollBeforeTheRemainingFiles() throws Exception {
        for (String name : List.of("a", "b", "c", "d", "e", "f")) {
            write(name + ".txt", "文件" + name, 1);
        }
        poller.poll();
        publisher.down = true;

        assertThat(poller.poll()).as("the poll reports the outage").isFalse();

        assertThat(publisher.attempts)
                .as("the poll stopped at the first failed send")
                .isEqualTo(1);
        assertThat(ledger.entries).isEmpty();

        publisher.down = false;
        assertThat(poller.poll()).isTrue();
        assertThat(publisher.published).hasSize(6);
        assertThat(ledger.entries).hasSize(6);
    }

    /** Two polls: one to see the files as they are, one to ingest them. */
    private void settle() {
        poller.poll();
        poller.poll();
    }

    private Path write(String name, String text, long modifiedSecond) throws Exception {
        Path file = Files.writeString(drop.resolve(name), text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modifiedSecond * 1000));
        return file;
    }

    private static final class RecordingPublisher implements ArticlePublisher {
        final List<RawArticle> published = new ArrayList<>();
        boolean down;
        boolean rejects;
        int attempts;

        @Override
        public CompletableFuture<Void> send(RawArticle article) {
            attempts++;
            if (rejects) {
                return CompletableFuture.failedFuture(
                        new ArticleRejectedException("too-large: over the topic's limit", null));
            }
            if (down) {
                return CompletableFuture.failedFuture(new IllegalStateException("broker unreachable"));
            }
            published.add(article);
            return CompletableFuture.completedFuture(null);
        }
    }

    private static final class RecordingLedger implements IngestLedger {
        final Map<String, LedgerEntry> entries = new java.util.concurrent.ConcurrentHashMap<>();
        boolean down;
        int lookups;

        @Override
        public Map<String, LedgerEntry> findAll(Collection<String> canonicalUris) {
            failIfDown();
            Map<String, LedgerEntry> found = new HashMap<>();
            for (String uri : canonicalUris) {
                lookups++;
                Optional.ofNullable(entries.get(uri)).ifPresent(entry -> found.put(uri, entry));
            }
            return found;
        }

        @Override
        public void recordPublished(List<Publication> publications) {
            failIfDown();
            for (Publication p : publications) {
                long count = Optional.ofNullable(entries.get(p.canonicalUri()))
                        .map(LedgerEntry::publishedCount)
                        .orElse(0L);
                entries.put(
                        p.canonicalUri(),
                        new LedgerEntry(
                                p.canonicalUri(),
                                p.articleId(),
                                p.contentHash(),
                                LedgerStatus.PUBLISHED,
                                null,
                                count + 1,
                                p.at()));
            }
        }

        @Override
        public void recordFailed(String canonicalUri, String articleId, String reason, Instant at) {
            failIfDown();
            Optional<LedgerEntry> known = Optional.ofNullable(entries.get(canonicalUri));
            entries.put(
                    canonicalUri,
                    new LedgerEntry(
                            canonicalUri,
                            articleId,
                            known.map(LedgerEntry::contentHash).orElse(null),
                            LedgerStatus.FAILED,
                            reason,
                            known.map(LedgerEntry::publishedCount).orElse(0L),
                            at));
        }

        @Override
        public void recordRetryable(String canonicalUri, String articleId, String reason, String source, Instant at) {
            throw new UnsupportedOperationException("a dropped file is never retryable: it is read or refused");
        }

        private void failIfDown() {
            if (down) {
                throw new IllegalStateException("MongoDB unreachable");
            }
        }
    }
}
