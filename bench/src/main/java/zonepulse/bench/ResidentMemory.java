package zonepulse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process's resident memory as Linux reports it in {@code /proc/<pid>/status}: its peak ({@code VmHWM}, the high
 * water mark of the resident set since it started) and its current resident set ({@code VmRSS}).
 *
 * @param peakKib VmHWM in KiB
 * @param currentKib VmRSS in KiB
 */
record ResidentMemory(long peakKib, long currentKib) {
    private static final Pattern HWM = Pattern.compile("(?m)^VmHWM:\\s+(\\d+) kB$");
    private static final Pattern RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB$");

    /** The memory of the running process {@code pid}. */
    static ResidentMemory of(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            return parse(Files.readString(status));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + status + " (is the process running, on Linux?)", e);
        }
    }

    /** The figures of a {@code /proc/<pid>/status} text. */
    static ResidentMemory parse(String status) {
        return new ResidentMemory(kib(HWM, status), kib(RSS, status));
    }

    private static long kib(Pattern field, String status) {
        Matcher m = field.matcher(status);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + field.pattern() + " in the process status");
        }
        return Long.parseLong(m.group(1));
    }

    double peakMib() {
        return peakKib / 1024.0;
    }

    double currentMib() {
        return currentKib / 1024.0;
    }
}
