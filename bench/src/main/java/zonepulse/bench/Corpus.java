package zonepulse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.TextDecoder;

/**
 * The development corpus the workload is made from: the documents of {@code seeds/} and {@code dev/docs/} under its
 * root (HTML and text), in the order of their paths, each decoded as ingest-service decodes a dropped file.
 *
 * @param documents at least one
 */
record Corpus(List<Document> documents) {
    static final List<String> FOLDERS = List.of("seeds", "dev/docs");

    /**
     * One document of the corpus.
     *
     * @param fileName its file name, which keeps its extension (and so its media type) in every variant's name
     * @param mediaType text/html, text/markdown or text/plain, by the extension, as the drop folder types a file
     * @param text its decoded text
     */
    record Document(String fileName, String mediaType, String text) {}

    Corpus {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no documents");
        }
        documents = List.copyOf(documents);
    }

    /** Reads the corpus under {@code root}; a missing folder or an undecodable file is an error that names it. */
    static Corpus load(Path root) {
        List<Document> documents = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path directory = root.resolve(folder);
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException("no corpus folder " + directory
                        + ": give the development corpus's root with --corpus (it holds seeds/ and dev/docs/)");
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(Corpus::isDocument).sorted().toList()) {
                    documents.add(read(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + directory, e);
            }
        }
        return new Corpus(documents);
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file)
                && (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm"));
    }

    private static Document read(Path file) {
        String name = file.getFileName().toString();
        try {
            String text = TextDecoder.decode(Files.readAllBytes(file), null).text();
            return new Document(name, mediaTypeOf(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (ExtractionException e) {
            throw new IllegalArgumentException("cannot decode " + file + ": " + e.getMessage(), e);
        }
    }

    /** As the drop folder types a file: by its extension; anything that is neither HTML nor Markdown is plain text. */
    static String mediaTypeOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        return name.endsWith(".md") ? "text/markdown" : "text/plain";
    }
}
