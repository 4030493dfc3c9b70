package zonepulse.extraction.internal.rules;

import java.util.ArrayList;
import java.util.List;
import zonepulse.events.Status;
import zonepulse.extraction.internal.number.Figure;

/**
 * Forecast (预计) or target (将, 力争, 到2025年 in a future year) when a marker stands before the figure in its sentence,
 * or frames the whole statement (stated before its first figure: 「预计全年地区生产总值增长8%；工业产值增长7%」); a
 * target also when the name says 目标 or 目标 follows the figure in its clause. 将近 and 计划总投资 hold no marker, and a
 * plan someone completes (完成年度计划的98%) is a yardstick, not a target. Immutable.
 */
final class StatusRule {
    private final List<String> forecastMarkers;
    private final List<String> targetMarkers;
    private final List<String> exceptions;
    private final List<String> yardstickWords;
    /** First chars of the markers, and 到 (到2025年): where a marker may start. */
    private final String firstChars;

    StatusRule(
            List<String> forecastMarkers,
            List<String> targetMarkers,
            List<String> exceptions,
            List<String> yardstickWords) {
        this.forecastMarkers = List.copyOf(forecastMarkers);
        this.targetMarkers = List.copyOf(targetMarkers);
        this.exceptions = List.copyOf(exceptions);
        this.yardstickWords = List.copyOf(yardstickWords);
        this.firstChars = firstChars(forecastMarkers, targetMarkers) + "到";
    }

    static final StatusRule STANDARD = new StatusRule(
            IndicatorLexicon.FORECAST_MARKERS,
            IndicatorLexicon.TARGET_MARKERS,
            IndicatorLexicon.MARKER_EXCEPTIONS,
            IndicatorLexicon.MARKER_OBJECTS);

    /** A forecast or target word of a statement (预计, 将, 到2025年), outside quotes. */
    record Marker(int start, int length, Status status) {}

    /** The markers of statement {@code st}, in order; {@code docYear} (or 0) decides which 到…年 lies ahead. */
    List<Marker> markers(String t, Statement st, int docYear) {
        List<Marker> out = new ArrayList<>();
        for (int i = st.start(); i < st.end(); i++) {
            if (firstChars.indexOf(t.charAt(i)) < 0) {
                continue;
            }
            Marker m = markerAt(t, i, st.end(), docYear);
            if (m != null && !st.insideQuotes(i)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The status of figure {@code f} of statement {@code st}, named {@code name}, given the statement's markers. */
    Status status(String t, Statement st, Figure f, String name, List<Marker> markers) {
        Status marked = marked(t, st, f, markers);
        if (marked != Status.ACTUAL) {
            return marked;
        }
        if (name.contains("目标") && !yardstickBefore(t, st, f)) {
            return Status.TARGET;
        }
        int after = Math.min(st.end(), f.end() + 12);
        int goal = Spans.indexOfIn(t, "目标", f.end(), after);
        if (goal >= 0
                && t.substring(f.end(), goal).indexOf('，') < 0
                && t.substring(f.end(), goal).indexOf(',') < 0) {
            return Status.TARGET; // 「增长8%的目标」
        }
        return Status.ACTUAL;
    }

    /** The status the markers in scope give: in the figure's sentence, or framing the statement's first figure. */
    private static Status marked(String t, Statement st, Figure f, List<Marker> markers) {
        int sentence = Spans.sentenceStart(t, f.start());
        int first = st.figures().isEmpty() ? st.start() : st.figures().get(0).start();
        int framingFrom = Spans.sentenceStart(t, first);
        Status best = Status.ACTUAL;
        for (Marker m : markers) {
            int i = m.start();
            if (i >= f.start()) {
                break;
            }
            boolean inScope = i >= sentence || (i >= framingFrom && i < first);
            if (!inScope || i + m.length() > f.start()) {
                continue;
            }
            if (m.status() == Status.FORECAST) {
                return Status.FORECAST;
            }
            best = Status.TARGET;
        }
        return best;
    }

    private Marker markerAt(String t, int i, int limit, int docYear) {
        for (String w : forecastMarkers) {
            if (t.startsWith(w, i) && i + w.length() <= limit) {
                return new Marker(i, w.length(), Status.FORECAST);
            }
        }
        for (String w : exceptions) {
            if (t.startsWith(w, i)) {
                return null; // 将近, 计划总投资: a marker's first chars inside another word
            }
        }
        for (String w : targetMarkers) {
            if (t.startsWith(w, i) && i + w.length() <= limit) {
                if (yardstick(t, i)) {
                    return null; // 完成年度计划的98%: the plan is what an actual figure is measured against
                }
                return new Marker(i, w.length(), Status.TARGET);
            }
        }
        return futureYear(t, i, limit, docYear);
    }

    /** 到2022年: a year after the document's is a goal. */
    private static Marker futureYear(String t, int i, int limit, int docYear) {
        if (t.charAt(i) == '到'
                && i + 5 < limit
                && Character.isDigit(t.charAt(i + 1))
                && skipDigits(t, i + 1) == i + 5
                && t.charAt(i + 5) == '年') {
            int year = Integer.parseInt(t.substring(i + 1, i + 5));
            if (docYear == 0 || year > docYear) {
                return new Marker(i, 6, Status.TARGET);
            }
        }
        return null;
    }

    /** Whether the 目标 the figure's name carries is one an actual figure is measured against (完成年度目标的78%). */
    private boolean yardstickBefore(String t, Statement st, Figure f) {
        int from = Spans.clauseStart(t, st.start(), f.start());
        for (int goal = f.start() - 2; goal >= from; goal--) {
            if (t.startsWith("目标", goal)) {
                return yardstick(t, goal);
            }
        }
        return false;
    }

    /** Whether a word before {@code i} in its clause makes the marker there a yardstick of an actual figure (完成…计划). */
    private boolean yardstick(String t, int i) {
        int from = Spans.clauseStart(t, Math.max(0, i - 10), i);
        for (String w : yardstickWords) {
            if (Spans.indexOfIn(t, w, from, i) >= 0) {
                return true; // 高于市下达的目标, 实现倍增目标
            }
        }
        return false;
    }

    private static int skipDigits(String t, int i) {
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String firstChars(List<String> forecast, List<String> target) {
        StringBuilder sb = new StringBuilder();
        for (List<String> list : List.of(forecast, target)) {
            for (String w : list) {
                if (sb.indexOf(w.substring(0, 1)) < 0) {
                    sb.append(w.charAt(0));
                }
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "StatusRule[forecast=" + forecastMarkers + ", target=" + targetMarkers + " or 到<future year>; not "
                + exceptions + "]";
    }
}
