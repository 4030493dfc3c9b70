package zonepulse.ingest;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * ingest-service: picks up documents from its sources, decodes them and publishes them as raw articles on
 * {@code news.articles.raw}, remembering in the ingest ledger what it published.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {
    /**
     * The name of this service's configuration file ({@code ingest-service.yml}). Not {@code application}: the
     * local demo runs all three services from one classpath, each with its own configuration file.
     */
    public static final String CONFIG_NAME = "ingest-service";

    /** The time source of fetchedAt, ledger timestamps and CloudEvents times. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as {@link #main} runs it, for launchers that start it in-process (the local demo, tests). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(IngestApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
