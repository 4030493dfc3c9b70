package zonepulse.faultmatrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** What the child JVMs of a run share: the java that runs the tests, and the broker's logging configuration. */
final class JavaProcesses {
    private JavaProcesses() {}

    /** The java executable of this JVM, so the services run on the same Java as the build. */
    static String javaExecutable() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static final java.util.Set<Process> STARTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        // a test JVM that ends abruptly (a build interrupted) must not leave brokers and services running
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(Process::destroyForcibly)));
    }

    /** Starts the command; the process is killed when this JVM exits, if it is still running then. */
    static Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        STARTED.add(process);
        process.onExit().thenRun(() -> STARTED.remove(process));
        return process;
    }

    /** A file path to {@code broker-logback.xml}: the broker logs at INFO to its log file, not at DEBUG. */
    static String brokerLogbackConfiguration() {
        Path file = FaultMatrixSettings.work().resolve("broker-logback.xml");
        try (InputStream in = JavaProcesses.class.getResourceAsStream("/broker-logback.xml")) {
            Files.createDirectories(file.getParent());
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }
}
