package zonepulse.extraction.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import zonepulse.events.EventJson;
import zonepulse.events.Ids;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.ExtractionInput;
import zonepulse.extraction.ExtractionResult;
import zonepulse.extraction.Extractor;
import zonepulse.extraction.ExtractorConfig;
import zonepulse.extraction.TextDecoder;

/**
 * {@code ExtractCli [--published YYYY-MM-DD] FILE|DIR…}: runs the engine over files and prints one contract event per
 * line on standard output. Directories are walked in sorted order for .txt .md .html .htm files. A file that cannot
 * be read, decoded or extracted is reported on standard error with its path and reason; the others are still
 * processed, and the exit code is 1.
 */
public final class ExtractCli {
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".htm");

    private ExtractCli() {}

    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, stdout, stderr);
        stdout.flush();
        System.exit(code);
    }

    /** Runs the CLI; returns the exit code (0 all files extracted, 1 some failed, 2 bad usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Instant published = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--published") && i + 1 < args.length) {
                try {
                    published = LocalDate.parse(args[++i])
                            .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                            .toInstant();
                } catch (DateTimeParseException e) {
                    err.println("--published wants YYYY-MM-DD, not " + args[i]);
                    return 2;
                }
            } else if (a.startsWith("--published=")) {
                try {
                    published = LocalDate.parse(a.substring(12))
                            .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                            .toInstant();
                } catch (DateTimeParseException e) {
                    err.println("--published wants YYYY-MM-DD, not " + a.substring(12));
                    return 2;
                }
            } else if (a.equals("-h") || a.equals("--help")) {
                err.println("usage: ExtractCli [--published YYYY-MM-DD] FILE|DIR...");
                return 0;
            } else {
                inputs.add(Paths.get(a));
            }
        }
        if (inputs.isEmpty()) {
            err.println("usage: ExtractCli [--published YYYY-MM-DD] FILE|DIR...");
            return 2;
        }
        Extractor extractor = Extractor.create();
        EventJson json = new EventJson();
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        boolean failed = false;
        for (Path input : inputs) {
            List<Path> files;
            try {
                files = files(input);
            } catch (IOException e) {
                err.println(input + ": cannot be read: " + e.getMessage());
                failed = true;
                continue;
            }
            for (Path file : files) {
                try {
                    ExtractionResult result = extract(extractor, file, published);
                    for (IndicatorEvent e : result.indicators()) {
                        writer.println(json.writeString(e));
                    }
                    for (ProjectEvent e : result.projects()) {
                        writer.println(json.writeString(e));
                    }
                    writer.flush();
                } catch (ExtractionException e) {
                    err.println(file + ": " + e.reason() + ": " + e.getMessage());
                    failed = true;
                } catch (IOException e) {
                    err.println(file + ": cannot be read: " + e.getMessage());
                    failed = true;
                }
            }
        }
        writer.flush();
        return failed ? 1 : 0;
    }

    /** Extracts one file as the CLI does; the article id is that of the file's absolute, normalised URI. */
    public static ExtractionResult extract(Extractor extractor, Path file, Instant published)
            throws IOException, ExtractionException {
        ExtractorConfig config = extractor.config();
        long size = Files.size(file);
        if (size > config.maxDocumentBytes()) {
            throw new ExtractionException(
                    ExtractionException.Reason.TOO_LARGE,
                    "file of " + size + " bytes is over the limit of " + config.maxDocumentBytes());
        }
        byte[] bytes = Files.readAllBytes(file);
        TextDecoder.DecodedText decoded = TextDecoder.decode(bytes, null);
        String articleId =
                Ids.articleId(file.toAbsolutePath().normalize().toUri().toString());
        ExtractionInput input = new ExtractionInput(
                articleId, file.toString(), mediaType(file, decoded.text()), decoded.text(), null, published);
        return extractor.extract(input);
    }

    private static List<Path> files(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            if (!Files.exists(input)) {
                throw new IOException("no such file or directory");
            }
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> EXTENSIONS.stream()
                            .anyMatch(ext -> p.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(ext)))
                    .sorted()
                    .toList();
        }
    }

    /** text/html for .html/.htm or markup-looking content, text/markdown for .md, else text/plain. */
    static String mediaType(Path file, String content) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        if (name.endsWith(".md")) {
            return "text/markdown";
        }
        String head = content.length() > 4096 ? content.substring(0, 4096) : content;
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.contains("<html")
                || lower.contains("<body")
                || lower.contains("<div")
                || lower.contains("<p>")
                || lower.contains("<p ")) {
            return "text/html";
        }
        return "text/plain";
    }
}
