package zonepulse.store;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/** store-service: keeps articles and events in MongoDB, projects each project's timeline, and serves them. */
@SpringBootApplication
@EnableScheduling
public class StoreApplication {
    /** The service reads {@code store-service.yml}: the local stack runs all three services on one classpath. */
    public static final String CONFIG_NAME = "store-service";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as {@link #main} runs it, for launchers that start it in-process (the local demo, tests). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(StoreApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
