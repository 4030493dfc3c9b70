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
