package zonepulse.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The Kafka topics that make up zonepulse's public contract. A breaking change gets a new suffix. */
public final class Topics {
    public static final String ARTICLES_RAW = "news.articles.raw";
    public static final String ARTICLES_EXTRACTED = "news.articles.extracted";
    public static final String EVENTS_INDICATORS = "news.events.indicators";
    public static final String EVENTS_PROJECTS = "news.events.projects";
    public static final String DLQ_SUFFIX = ".dlq";
    public static final String ARTICLES_RAW_DLQ = ARTICLES_RAW + DLQ_SUFFIX;

    /** Every topic of the contract and its dead-letter topic. */
    public static final List<String> ALL = List.of(
            ARTICLES_RAW,
            dlqOf(ARTICLES_RAW),
            ARTICLES_EXTRACTED,
            dlqOf(ARTICLES_EXTRACTED),
            EVENTS_INDICATORS,
            dlqOf(EVENTS_INDICATORS),
            EVENTS_PROJECTS,
            dlqOf(EVENTS_PROJECTS));

    /** Documents up to the 20MB limits of ingest and extract, plus headers: 25 MiB. */
    private static final String MAX_MESSAGE_BYTES = "26214400";

    /**
     * Each topic's configuration, the part of it that is contract rather than deployment (replication and
     * {@code min.insync.replicas} belong to the cluster). The embedded stack creates the topics with these;
     * {@code deploy/k8s/base/kafka/topics.yaml} and {@code docker-compose.yml} declare the same values, and the
     * deploy tests check that they do.
     *
     * <p>Why these: {@link #ARTICLES_RAW} is compacted by articleId, with no time-based deletion, so the latest version
     * of every article stays available to replay through a newer extractor; every version is kept at least seven days
     * (the retention the topic used to have) before compaction may drop all but the latest, so a consumer that is
     * days behind still sees each version. {@link #ARTICLES_EXTRACTED} is compacted too: the latest summary of every
     * article says which of its events are current. Events and dead letters are kept for a time.
     */
    public static final Map<String, Map<String, String>> CONFIGS = Map.of(
            ARTICLES_RAW,
            Map.of(
                    "cleanup.policy",
                    "compact",
                    "min.compaction.lag.ms",
                    days(7),
                    "max.message.bytes",
                    MAX_MESSAGE_BYTES),
            dlqOf(ARTICLES_RAW),
            deadLetters(MAX_MESSAGE_BYTES),
            ARTICLES_EXTRACTED,
            Map.of(
                    "cleanup.policy", "compact",
                    "min.compaction.lag.ms", "3600000",
                    "max.message.bytes", MAX_MESSAGE_BYTES),
            dlqOf(ARTICLES_EXTRACTED),
            deadLetters(MAX_MESSAGE_BYTES),
            EVENTS_INDICATORS,
            Map.of("cleanup.policy", "delete", "retention.ms", days(30)),
            dlqOf(EVENTS_INDICATORS),
            deadLetters(null),
            EVENTS_PROJECTS,
            Map.of("cleanup.policy", "delete", "retention.ms", days(30)),
            dlqOf(EVENTS_PROJECTS),
            deadLetters(null));

    private Topics() {}

    /** The dead-letter topic of {@code topic}. */
    public static String dlqOf(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** The configuration {@code topic} is created with: {@link #CONFIGS}' entry, or none for a topic outside it. */
    public static Map<String, String> configOf(String topic) {
        return CONFIGS.getOrDefault(topic, Map.of());
    }

    /** Dead letters are kept 14 days: time to read why, fix the cause and replay them. */
    private static Map<String, String> deadLetters(String maxMessageBytes) {
        return maxMessageBytes == null
                ? Map.of("cleanup.policy", "delete", "retention.ms", days(14))
                : Map.of("cleanup.policy", "delete", "retention.ms", days(14), "max.message.bytes", maxMessageBytes);
    }

    private static String days(int days) {
        return Long.toString(Duration.ofDays(days).toMillis());
    }
}
