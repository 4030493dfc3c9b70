package zonepulse.stack.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What the child JVMs of a run share: the java that runs this JVM, and being killed when this JVM exits. */
public final class JavaProcesses {
    private JavaProcesses() {}

    /** The java executable of this JVM, so that the child processes run on the same Java. */
    public static String javaExecutable() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static final Set<Process> STARTED = ConcurrentHashMap.newKeySet();

    static {
        // a JVM that ends abruptly (a build or a benchmark interrupted) must not leave brokers and services running
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(Process::destroyForcibly)));
    }

    /** Starts the command; the process is killed when this JVM exits, if it is still running then. */
    public static Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        STARTED.add(process);
        process.onExit().thenRun(() -> STARTED.remove(process));
        return process;
    }
}
