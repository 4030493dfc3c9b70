package zonepulse.extract;

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

    public static void main(String[] args) {
        run(args);
    }

    public static ConfigurableApplicationContext run(String... args) {
        return new SpringApplicationBuilder(ExtractApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
