package zonepulse.extract;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** extract-service: turns each raw article on {@code news.articles.raw} into events. */
@SpringBootApplication
public class ExtractApplication {
    /**
     * The service reads {@code extract-service.yml}, not {@code application.yml}: the local stack runs all three
     * services in one JVM, on one classpath, and each must find its own configuration.
     */
    public static final String CONFIG_NAME = "extract-service";

    /**
     * The profile of the replay mode: re-extract {@code news.articles.raw} (all of it, or a selection) with this jar's
     * engine, report, and exit; the live binding does not start (README, "Upgrading the extractor").
     */
    public static final String REPLAY_PROFILE = "replay";

    public static void main(String[] args) {
        ConfigurableApplicationContext context = application().run(args);
        if (context.getEnvironment().matchesProfiles(REPLAY_PROFILE)) {
            // a run-to-completion mode: the replay ran while the context started; its outcome is the exit status
            System.exit(SpringApplication.exit(context));
        }
    }

    /** The application as {@link #main} runs it, for launchers that start it in-process (the local demo, tests). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ExtractApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
