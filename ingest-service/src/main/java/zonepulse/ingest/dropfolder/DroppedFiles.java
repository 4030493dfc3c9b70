package zonepulse.ingest.dropfolder;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How a dropped file is named and typed in the contract. */
final class DroppedFiles {
    static final String TEXT_HTML = "text/html";
    static final String TEXT_MARKDOWN = "text/markdown";
    static final String TEXT_PLAIN = "text/plain";

    private static final Map<String, String> MEDIA_TYPES =
            Map.of("html", TEXT_HTML, "htm", TEXT_HTML, "md", TEXT_MARKDOWN, "markdown", TEXT_MARKDOWN);

    private DroppedFiles() {}

    /**
     * The canonical URI of a file: its absolute, normalised {@code file:} URI. The {@code zonepulse extract} CLI
     * derives the article id from the same expression, so both name a file alike; do not change one alone.
     */
    static String canonicalUri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    /** The file name's extension, lower-case, without the dot; empty when it has none. */
    static String extensionOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The media type of a file: by its extension; anything that is neither HTML nor Markdown is plain text. */
    static String mediaTypeOf(Path path) {
        return Optional.ofNullable(MEDIA_TYPES.get(extensionOf(path))).orElse(TEXT_PLAIN);
    }
}
