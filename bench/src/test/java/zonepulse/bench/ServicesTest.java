package zonepulse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benchmark runs the services with the JVM options their images set, so that it measures them as deployed. */
class ServicesTest {
    /** The repository's root: the tests run in the bench module. */
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @Test
    void eachImageSetsTheJvmOptionsTheBenchmarkGivesItsService() throws IOException {
        for (String service : new String[] {"ingest-service", "extract-service", "store-service"}) {
            String javaOpts = Files.readAllLines(REPO.resolve(service).resolve("Dockerfile")).stream()
                    .filter(line -> line.startsWith("ENV JAVA_OPTS="))
                    .findFirst()
                    .orElseThrow();
            assertThat(javaOpts).as(service).contains(Services.IMAGE_JVM_OPTIONS);
        }
    }

    @Test
    void theOptionsOfARunComeAfterTheImagesSoThatTheyOverrideThem() {
        Services services = new Services(REPO, java.util.List.of("-Xmx256m", "-XX:TieredStopAtLevel=4"));

        assertThat(services.jvmOptions())
                .containsSequence(Services.IMAGE_JVM_OPTIONS)
                .endsWith("-Xmx256m", "-XX:TieredStopAtLevel=4");
    }
}
