package zonepulse.stack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service run from its executable jar ({@code java -jar …-exec.jar}) with its configuration as command-line
 * properties, as an operator runs it; its output goes to a log file of its own. It can be killed (SIGKILL, no
 * shutdown hook runs), stopped (SIGTERM, a graceful shutdown) and started again with the same configuration. Its JVM
 * options are the caller's: the fault matrix starts it fast, the benchmark runs it with a sized heap as deployed.
 */
public final class ServiceProcess implements AutoCloseable {
    // generous: on a loaded 2-core machine a service has been seen to take over two minutes to start
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final List<String> jvmOptions;
    private final List<String> properties;
    private final Map<String, String> environment;
    private final Path log;
    private final int serverPort;
    private final int managementPort;
    private Process process;

    /**
     * @param name the service's name, for logs and reports
     * @param jar its executable jar ({@code <module>/target/<module>-*-exec.jar})
     * @param jvmOptions the JVM's options ({@code -Xmx256m} …), before {@code -jar}
     * @param properties its configuration, {@code key=value} each
     * @param environment extra environment variables (extract-service's HOSTNAME: its transactional id prefix)
     * @param log the file its standard output and error are appended to
     */
    public ServiceProcess(
            String name,
            Path jar,
            List<String> jvmOptions,
            Map<String, String> properties,
            Map<String, String> environment,
            Path log) {
        this.name = name;
        this.jar = jar;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.serverPort = FreePorts.next();
        this.managementPort = FreePorts.next();
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.add("--server.port=" + serverPort);
        arguments.add("--management.server.port=" + managementPort);
        arguments.add("--spring.main.banner-mode=off");
        this.properties = List.copyOf(arguments);
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    public String name() {
        return name;
    }

    /** The port of its HTTP API (ingest-service's push, store-service's read API). */
    public int serverPort() {
        return serverPort;
    }

    /** The JVM options it runs with. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** The running process's id (its JVM's: java is started directly, not through a shell). */
    public long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " has not been started");
        }
        return process.pid();
    }

    /** Starts the process; returns once its liveness endpoint answers UP (the application context is up). */
    public ServiceProcess start() {
        if (!jar.toFile().isFile()) {
            throw new IllegalStateException(
                    jar + " is missing: package the services first (./mvnw -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(JavaProcesses.javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            process = JavaProcesses.start(builder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        awaitLive();
        return this;
    }

    private void awaitLive() {
        HttpRequest liveness = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/liveness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " at start, see " + log);
            }
            try {
                if (HTTP.send(liveness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted starting " + name, e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " was not live within " + START_TIMEOUT + ", see " + log);
            }
            KraftBroker.pause(Duration.ofMillis(200));
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** kill -9: the JVM ends where it is, mid-batch, mid-transaction, mid-write; no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
        await(Duration.ofSeconds(30));
    }

    /** SIGTERM: the service's graceful shutdown (consumers leave their groups, offsets are committed). */
    public void stop() {
        if (isAlive()) {
            process.destroy();
            if (!await(Duration.ofSeconds(60))) {
                process.destroyForcibly();
                await(Duration.ofSeconds(30));
            }
        }
    }

    private boolean await(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + name, e);
        }
    }

    @Override
    public void close() {
        if (isAlive()) {
            process.destroyForcibly();
            await(Duration.ofSeconds(30));
        }
    }
}
