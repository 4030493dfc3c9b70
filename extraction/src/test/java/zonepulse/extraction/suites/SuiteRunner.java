package zonepulse.extraction.suites;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import zonepulse.events.Period;
import zonepulse.extraction.internal.number.Figure;
import zonepulse.extraction.internal.number.NumberScanner;
import zonepulse.extraction.internal.number.Unit;
import zonepulse.extraction.internal.rules.SuiteTimes;
import zonepulse.extraction.internal.text.Normalizer;
import zonepulse.extraction.internal.time.TimeMention;
import zonepulse.extraction.internal.time.TimeScanner;

/**
 * Runs the cases of public numeral and time parser suites, converted by {@code scripts/suites/convert.py}, through
 * the engine's number and time layers and prints the pass rates, overall and for the economic-news subset.
 *
 * <pre>
 * SuiteRunner CASES_DIR [--failures | --all-failures]
 * </pre>
 *
 * <p>A number case passes when one figure read by {@link NumberScanner} covers the whole input and its value (its
 * magnitude included; a percentage as a fraction) equals the expected value. A bare numeral is no figure in the
 * engine (a number needs its unit), so an input that is not a figure on its own is read again followed by the
 * classifier 个, as a count in a sentence would write it.
 *
 * <p>A time case passes when the first mention {@link TimeScanner} finds, resolved against the case's reference date
 * as the publication date, has the expected period: both bounds equal (an open bound matches an open one, or an end
 * on the reference date); a point the engine reads as a date of stock (年底, 一季度末: no start) passes when it lies
 * within the expected period.
 */
public final class SuiteRunner {
    private SuiteRunner() {}

    private record Tally(int[] all, int[] subset) {
        Tally() {
            this(new int[2], new int[2]);
        }

        void add(boolean pass, boolean inSubset) {
            all[1]++;
            all[0] += pass ? 1 : 0;
            if (inSubset) {
                subset[1]++;
                subset[0] += pass ? 1 : 0;
            }
        }

        @Override
        public String toString() {
            return String.format("all %s   economic-news subset %s", rate(all), rate(subset));
        }

        private static String rate(int[] t) {
            return t[1] == 0 ? "-" : String.format("%d/%d = %.3f", t[0], t[1], (double) t[0] / t[1]);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SuiteRunner CASES_DIR [--failures | --all-failures]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        boolean failures = args.length > 1 && args[1].equals("--failures");
        boolean allFailures = args.length > 1 && args[1].equals("--all-failures");
        List<String> failed = new ArrayList<>();
        Map<String, Tally> bySuite = new TreeMap<>();
        Tally numbers = new Tally();
        for (String line : lines(dir.resolve("numbers.tsv"))) {
            String[] f = line.split("\t", -1);
            boolean inSubset = f[4].equals("1");
            String got = number(f[1]);
            boolean pass = got != null && new BigDecimal(got).compareTo(new BigDecimal(f[2])) == 0;
            numbers.add(pass, inSubset);
            bySuite.computeIfAbsent(f[0], k -> new Tally()).add(pass, inSubset);
            if (!pass && (allFailures || failures && inSubset)) {
                failed.add(String.format("%s\t%s\t%s\texpected %s\tgot %s", f[0], f[3], f[1], f[2], got));
            }
        }
        Tally times = new Tally();
        for (String line : lines(dir.resolve("times.tsv"))) {
            String[] f = line.split("\t", -1);
            boolean inSubset = f[6].equals("1");
            LocalDate reference = LocalDate.parse(f[2]);
            Period got = period(f[1], reference);
            boolean pass = matches(got, date(f[3]), date(f[4]), reference);
            times.add(pass, inSubset);
            bySuite.computeIfAbsent(f[0], k -> new Tally()).add(pass, inSubset);
            if (!pass && (allFailures || failures && inSubset)) {
                failed.add(String.format(
                        "%s\t%s\t%s\tref %s\texpected %s..%s\tgot %s",
                        f[0],
                        f[5],
                        f[1],
                        f[2],
                        f[3],
                        f[4],
                        got == null ? null : got.start() + ".." + got.end() + " (" + got.label() + ")"));
            }
        }
        bySuite.forEach((suite, t) -> System.out.printf("%-22s %s%n", suite, t));
        System.out.printf("%-22s %s%n", "NUMBERS", numbers);
        System.out.printf("%-22s %s%n", "TIMES", times);
        failed.forEach(System.out::println);
    }

    private static List<String> lines(Path p) throws IOException {
        if (!Files.exists(p)) {
            return List.of();
        }
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList();
    }

    /** The value of the figure that is the whole of {@code input} (or of {@code input}个), or null. */
    static String number(String input) {
        String text = Normalizer.fold(input);
        for (String probe : new String[] {text, text + "个"}) {
            for (Figure f : NumberScanner.scan(probe, 0, probe.length())) {
                if (f.start() == 0 && f.end() == probe.length() && !f.isRange()) {
                    BigDecimal v = f.exact().multiply(NumberScanner.magnitudeExact(f.magnitude()));
                    if (f.unit().kind() == Unit.Kind.PERCENT) {
                        v = v.movePointLeft(2);
                    }
                    return v.stripTrailingZeros().toPlainString();
                }
            }
        }
        return null;
    }

    /** The period of the first time mention in {@code input}, resolved against {@code reference}, or null. */
    static Period period(String input, LocalDate reference) {
        String text = Normalizer.fold(input);
        List<TimeMention> found = TimeScanner.scan(text, 0, text.length());
        return found.isEmpty() ? null : SuiteTimes.period(found.get(0), reference);
    }

    static boolean matches(Period got, LocalDate start, LocalDate end, LocalDate reference) {
        if (got == null) {
            return false;
        }
        if (got.start() == null && got.end() != null && start != null && end != null) {
            return !got.end().isBefore(start) && !got.end().isAfter(end); // a point within the period
        }
        boolean startOk = start == null ? got.start() == null : start.equals(got.start());
        boolean endOk = end == null ? got.end() == null || got.end().equals(reference) : end.equals(got.end());
        return startOk && endOk;
    }

    private static LocalDate date(String s) {
        return s.equals("-") ? null : LocalDate.parse(s);
    }
}
