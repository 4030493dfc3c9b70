package zonepulse.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One example of each contract message, shipped in the module's resources next to the schemas: documentation for
 * data consumers, and fixtures for tests.
 */
public final class Examples {
    private Examples() {}

    /** The example raw article: a feed item, as RSSHub's sina/finance route gives one. */
    public static byte[] rawArticle() {
        return bytes("raw-article");
    }

    public static byte[] indicatorEvent() {
        return bytes("indicator-event");
    }

    public static byte[] projectEvent() {
        return bytes("project-event");
    }

    public static byte[] extractedArticle() {
        return bytes("extracted-article");
    }

    /** The example named {@code name} (raw-article, indicator-event, project-event, extracted-article). */
    public static byte[] bytes(String name) {
        String resource = "/zonepulse/events/examples/" + name + ".json";
        try (InputStream in = Examples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
