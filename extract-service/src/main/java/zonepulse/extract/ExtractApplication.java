package zonepulse.extract;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** extract-service: turns each raw article on {@code news.articles.raw} into events. */
@SpringBootApplication
public class ExtractApplication {
    /**
     * The service reads {@code extract-service.yml}, not {@code application.yml}: the local stack runs all three
     * services in one JVM, on one classpath, and each must find its own configuration.
     */
    public static final String CONFIG_NAME = "extract-service";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as {@link #main} runs it, for launchers that start it in-process (the local demo, tests). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ExtractApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
