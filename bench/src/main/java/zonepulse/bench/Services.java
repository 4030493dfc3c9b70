package zonepulse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import zonepulse.stack.process.ServiceProcess;

/**
 * The three services as an operator runs them: each from its executable jar ({@code <module>/target/<module>-*-exec.jar},
 * built by {@code ./mvnw -DskipTests package}) in a JVM of its own with a sized heap, configured only by the properties
 * their configuration files document (the broker, MongoDB, the drop folder, the push API's key). Everything else is
 * their shipped default.
 */
final class Services {
    /**
     * The JVM options each service's image sets ({@code JAVA_OPTS} in its Dockerfile) beside the heap, which follows
     * the container's memory there and is given here: the services run as they are deployed.
     */
    static final List<String> IMAGE_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    private final Path repo;
    private final List<String> jvmOptions;

    /** @param jvmOptions the heap and any options of the run, after (so overriding) those of the images */
    Services(Path repo, List<String> jvmOptions) {
        this.repo = repo;
        List<String> options = new ArrayList<>(IMAGE_JVM_OPTIONS);
        options.addAll(jvmOptions);
        this.jvmOptions = List.copyOf(options);
    }

    ServiceProcess extract(BenchStack stack) {
        // HOSTNAME names the transactional ids, as a pod's name does
        return new ServiceProcess(
                "extract-service",
                jar("extract-service"),
                jvmOptions,
                kafka(stack),
                Map.of("HOSTNAME", "bench-extract-0"),
                log(stack, "extract-service"));
    }

    ServiceProcess store(BenchStack stack) {
        Map<String, String> properties = new LinkedHashMap<>(kafka(stack));
        properties.putAll(mongo(stack));
        properties.put("spring.mongodb.database", BenchStack.DATABASE);
        return new ServiceProcess(
                "store-service", jar("store-service"), jvmOptions, properties, Map.of(), log(stack, "store-service"));
    }

    /** ingest-service polling {@code dropFolder} (every 2 s, its default) and taking pushes with {@code apiKey}. */
    ServiceProcess ingest(BenchStack stack, Path dropFolder, String apiKey) {
        Map<String, String> properties = new LinkedHashMap<>(kafka(stack));
        properties.putAll(mongo(stack));
        properties.put("zonepulse.ingest.drop-folder.directory", dropFolder.toString());
        properties.put("zonepulse.ingest.push.api-keys", apiKey);
        return new ServiceProcess(
                "ingest-service",
                jar("ingest-service"),
                jvmOptions,
                properties,
                Map.of(),
                log(stack, "ingest-service"));
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }

    private static Map<String, String> kafka(BenchStack stack) {
        return Map.of("spring.cloud.stream.kafka.binder.brokers", stack.bootstrapServers());
    }

    private static Map<String, String> mongo(BenchStack stack) {
        return Map.of("spring.mongodb.uri", stack.mongoUri(BenchStack.DATABASE));
    }

    /** The service's log, in its stack's directory: kept until the same measurement runs again. */
    private static Path log(BenchStack stack, String service) {
        return stack.directory().resolve(service + ".log");
    }

    /** The module's executable jar; missing, an error that says how to build it. */
    Path jar(String module) {
        Path target = repo.resolve(module).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith(module + "-") && name.endsWith("-exec.jar");
                    })
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar of " + module + " in " + target
                            + ": build it first (./mvnw -o -q -DskipTests package, or ./zonepulse build)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
