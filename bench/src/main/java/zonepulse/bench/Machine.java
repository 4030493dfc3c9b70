package zonepulse.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the figures were measured on: the processors and memory this JVM sees, the Java the services run on (this
 * JVM's), the operating system, and the commit of the code measured.
 *
 * @param cores processors available to the JVM
 * @param cpu the processor's model name, or "unknown"
 * @param memoryMib total memory of the machine
 * @param java vendor and version of the Java runtime
 * @param os operating system and version
 * @param commit the checked-out commit, "+ uncommitted changes" when the work tree differs from it
 */
record Machine(int cores, String cpu, long memoryMib, String java, String os, String commit) {
    private static final Pattern MODEL = Pattern.compile("(?m)^model name\\s*:\\s*(.+)$");
    private static final Pattern MEMORY = Pattern.compile("(?m)^MemTotal:\\s+(\\d+) kB$");

    static Machine describe(Path repo) {
        String cpuinfo = read(Path.of("/proc/cpuinfo"));
        Matcher model = MODEL.matcher(cpuinfo);
        Matcher memory = MEMORY.matcher(read(Path.of("/proc/meminfo")));
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                model.find() ? model.group(1).strip() : "unknown",
                memory.find()
                        ? Long.parseLong(memory.group(1)) / 1024
                        : Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                commit(repo));
    }

    /** The 1, 5 and 15 minute load averages: the machine is shared, and other work changes every figure. */
    static String loadAverage() {
        String[] fields = read(Path.of("/proc/loadavg")).split("\\s+");
        return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : "unknown";
    }

    /** One line: "2 cores (model), 23.5 GiB, OpenJDK … , Linux …". */
    String describe() {
        return cores + " cores (" + cpu + "), " + String.format("%.1f GiB", memoryMib / 1024.0) + ", " + java + ", "
                + os;
    }

    private static String commit(Path repo) {
        String head = git(repo, "rev-parse", "--short=12", "HEAD");
        if (head.isEmpty()) {
            return "unknown";
        }
        String changes = git(repo, "status", "--porcelain", "--untracked-files=no");
        return changes.isEmpty() ? head : head + " + uncommitted changes";
    }

    private static String git(Path repo, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(arguments));
        try {
            Process git = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return ""; // no git: the commit is unknown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
