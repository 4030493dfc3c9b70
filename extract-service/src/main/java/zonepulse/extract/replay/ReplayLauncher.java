package zonepulse.extract.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import zonepulse.extract.ExtractApplication;
import zonepulse.extract.article.ExtractionEngine;

/**
 * Runs a replay in this JVM, as {@code java -jar extract-service.jar --spring.profiles.active=replay} does in its own:
 * the same application, configuration file and profile, in a context of its own that is closed when the replay is
 * through. For launchers that run the services in-process (the local stack, tests).
 */
public final class ReplayLauncher {
    private ReplayLauncher() {}

    /**
     * Replays {@code selection} and returns the report.
     *
     * @param engine the engine to extract with, or null for the deployed rules
     * @param listeners told of progress and of the report, besides the log
     * @param args more command-line arguments ({@code --spring.cloud.stream.kafka.binder.brokers=…})
     * @throws ReplayFailedException when the replay failed
     */
    public static ReplayReport replay(
            ReplaySelection selection, ExtractionEngine engine, List<ReplayListener> listeners, String... args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.add("--zonepulse.extract.replay.transactional-id=extract-replay-" + UUID.randomUUID());
        properties(selection).forEach((name, value) -> arguments.add("--" + name + "=" + value));
        ConfigurableApplicationContext context = ExtractApplication.application()
                .profiles(ExtractApplication.REPLAY_PROFILE)
                .initializers(c -> {
                    if (engine != null) {
                        c.getBeanFactory().registerSingleton("replayExtractionEngine", engine);
                    }
                    for (int i = 0; i < listeners.size(); i++) {
                        c.getBeanFactory().registerSingleton("replayListener" + i, listeners.get(i));
                    }
                })
                .run(arguments.toArray(String[]::new));
        try {
            return context.getBean(ReplayOutcome.class).report();
        } finally {
            context.close();
        }
    }

    /** The selection as the replay mode's properties ({@code zonepulse.extract.replay.selection.*}). */
    public static Map<String, String> properties(ReplaySelection selection) {
        String prefix = "zonepulse.extract.replay.selection.";
        Map<String, String> properties = new LinkedHashMap<>();
        put(properties, prefix + "fetched-from", selection.fetchedFrom());
        put(properties, prefix + "fetched-until", selection.fetchedUntil());
        put(properties, prefix + "published-from", selection.publishedFrom());
        put(properties, prefix + "published-until", selection.publishedUntil());
        put(
                properties,
                prefix + "source-type",
                selection.sourceType() == null ? null : selection.sourceType().name());
        put(properties, prefix + "uri-prefix", selection.uriPrefix());
        put(properties, prefix + "feed", selection.feed());
        put(properties, prefix + "region", selection.region());
        return properties;
    }

    private static void put(Map<String, String> properties, String name, Object value) {
        if (value != null) {
            properties.put(name, value.toString());
        }
    }
}
