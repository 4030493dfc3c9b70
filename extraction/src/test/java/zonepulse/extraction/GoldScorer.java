package zonepulse.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.ProjectEvent;

/**
 * The matching of {@code shared/tools/score.py}, in Java: one-to-one greedy matching of predicted to gold events,
 * indicators by measure, value after unit conversion and names that contain one another; projects by stage and
 * name; with {@code strict}, period, qualifier, status (indicators) and date, expected (projects) must agree too.
 */
final class GoldScorer {
    private static final Pattern PUNCT =
            Pattern.compile("[\\s\\u3000，。、；：:;,.!?！？“”‘’\"'《》〈〉（）()【】\\[\\]{}·•—\\-–_/\\\\|]+");
    private static final String[][] PREFIXES = {
        {"万亿", "1e12"},
        {"千亿", "1e11"},
        {"百亿", "1e10"},
        {"十亿", "1e9"},
        {"亿", "1e8"},
        {"千万", "1e7"},
        {"百万", "1e6"},
        {"十万", "1e5"},
        {"万", "1e4"},
        {"千", "1e3"}
    };
    private static final String CLASSIFIERS = "个家项件名所套台辆座条户位张场支处册堂";
    private static final Map<String, String> BASES = Map.ofEntries(
            Map.entry("元", "money"),
            Map.entry("人民币", "money"),
            Map.entry("美元", "usd"),
            Map.entry("人", "count"),
            Map.entry("%", "percent"),
            Map.entry("人次", "person_times"),
            Map.entry("吨", "tonnes"),
            Map.entry("度", "kwh"),
            Map.entry("公里", "km"),
            Map.entry("平方米", "area"),
            Map.entry("公顷", "area"),
            Map.entry("亩", "area"),
            Map.entry("平方公里", "area"));
    private static final Map<String, Double> AREA = Map.of("平方米", 1.0, "公顷", 1e4, "亩", 666.6667, "平方公里", 1e6);

    /** Precision, recall and F1 of one kind or overall. */
    record Prf(int matched, int predicted, int gold) {
        double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Prf plus(Prf o) {
            return new Prf(matched + o.matched, predicted + o.predicted, gold + o.gold);
        }
    }

    private GoldScorer() {}

    private record Base(String dim, double factor) {}

    private static Base base(String u) {
        if (u.length() == 1 && CLASSIFIERS.indexOf(u.charAt(0)) >= 0) {
            return new Base("count", 1);
        }
        if (BASES.containsKey(u)) {
            return new Base(BASES.get(u), AREA.getOrDefault(u, 1.0));
        }
        return null;
    }

    static Base unitBase(String unit) {
        String u = (unit == null ? "" : unit).strip().replace(" ", "").replace("％", "%");
        if (u.endsWith("人民币")) {
            u = u.substring(0, u.length() - 3);
            if (u.isEmpty()) {
                u = "元";
            }
        }
        Base b = base(u);
        if (b != null) {
            return b;
        }
        for (String[] p : PREFIXES) {
            if (u.startsWith(p[0])) {
                String rest = u.substring(p[0].length());
                double f = Double.parseDouble(p[1]);
                if (rest.isEmpty()) {
                    return new Base("money", f);
                }
                Base r = base(rest);
                if (r != null) {
                    return new Base(r.dim, f * r.factor);
                }
            }
        }
        return new Base("unit:" + u, 1);
    }

    static boolean sameValue(double v1, String u1, double v2, String u2) {
        Base a = unitBase(u1);
        Base b = unitBase(u2);
        if (!a.dim.equals(b.dim)) {
            return false;
        }
        double x = v1 * a.factor;
        double y = v2 * b.factor;
        return Math.abs(x - y) <= 1e-6 * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)));
    }

    static String normName(String s) {
        return PUNCT.matcher((s == null ? "" : s).replace("规上", "规模以上")).replaceAll("");
    }

    /** Whether names must be equal to the gold name or an alias (score.py --exact-names), not only contain it. */
    static final ThreadLocal<Boolean> EXACT_NAMES = ThreadLocal.withInitial(() -> false);

    static boolean namesAgree(JsonNode gold, String key, String predicted) {
        boolean exact = EXACT_NAMES.get();
        String p = normName(predicted);
        if (p.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>();
        names.add(gold.path(key).asString());
        for (JsonNode alias : gold.path("aliases")) {
            names.add(alias.asString());
        }
        for (String g : names) {
            String n = normName(g);
            if (!n.isEmpty() && (exact ? n.equals(p) : n.contains(p) || p.contains(n))) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asString();
    }

    static boolean indicatorOk(JsonNode g, IndicatorEvent p) {
        return g.path("measure").asString().equals(p.measure().wire())
                && sameValue(g.path("value").asDouble(), g.path("unit").asString(), p.value(), p.unit())
                && namesAgree(g, "indicator", p.indicator());
    }

    static boolean indicatorStrict(JsonNode g, IndicatorEvent p) {
        JsonNode gp = g.path("period");
        String gs = gp.isObject() ? text(gp.get("start")) : null;
        String ge = gp.isObject() ? text(gp.get("end")) : null;
        String ps = p.period() == null || p.period().start() == null
                ? null
                : p.period().start().toString();
        String pe = p.period() == null || p.period().end() == null
                ? null
                : p.period().end().toString();
        String gq =
                text(g.get("qualifier")) == null ? "exact" : g.get("qualifier").asString();
        String gst = text(g.get("status")) == null ? "actual" : g.get("status").asString();
        JsonNode gu = g.get("upper");
        boolean upperAgrees = gu == null || gu.isNull()
                ? p.upper() == null
                : p.upper() != null && sameValue(gu.asDouble(), g.path("unit").asString(), p.upper(), p.unit());
        return upperAgrees
                && Objects.equals(gs, ps)
                && Objects.equals(ge, pe)
                && gq.equals(p.qualifier().wire())
                && gst.equals(p.status().wire());
    }

    static boolean projectOk(JsonNode g, ProjectEvent p) {
        return g.path("stage").asString().equals(p.stage().wire()) && namesAgree(g, "name", p.name());
    }

    static boolean projectStrict(JsonNode g, ProjectEvent p) {
        JsonNode d = g.get("date");
        String gd = d == null || d.isNull() ? null : d.isObject() ? text(d.get("value")) : d.asString();
        String pd = p.date() == null ? null : p.date().value();
        return Objects.equals(gd, pd) && g.path("expected").asBoolean(false) == p.expected();
    }

    interface Ok<P> {
        boolean test(JsonNode gold, P predicted);
    }

    /** Greedy one-to-one matching, a candidate passing the strict test preferred, as score.py does. */
    static <P> int matched(List<JsonNode> golds, List<P> preds, Ok<P> ok, Ok<P> strictOk, boolean strict) {
        Set<Integer> used = new HashSet<>();
        int matched = 0;
        for (JsonNode g : golds) {
            Integer best = null;
            for (int i = 0; i < preds.size(); i++) {
                if (used.contains(i) || !ok.test(g, preds.get(i))) {
                    continue;
                }
                if (strictOk.test(g, preds.get(i))) {
                    best = i;
                    break;
                }
                if (best == null && !strict) {
                    best = i;
                }
            }
            if (best != null) {
                used.add(best);
                matched++;
            }
        }
        return matched;
    }

    static Prf indicators(JsonNode gold, List<IndicatorEvent> preds, boolean strict) {
        List<JsonNode> golds = new ArrayList<>();
        gold.path("indicators").forEach(golds::add);
        return new Prf(
                matched(golds, preds, GoldScorer::indicatorOk, GoldScorer::indicatorStrict, strict),
                preds.size(),
                golds.size());
    }

    static Prf projects(JsonNode gold, List<ProjectEvent> preds, boolean strict) {
        List<JsonNode> golds = new ArrayList<>();
        gold.path("projects").forEach(golds::add);
        return new Prf(
                matched(golds, preds, GoldScorer::projectOk, GoldScorer::projectStrict, strict),
                preds.size(),
                golds.size());
    }
}
