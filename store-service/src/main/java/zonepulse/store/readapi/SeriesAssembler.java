package zonepulse.store.readapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Measure;
import zonepulse.events.Period;
import zonepulse.events.Qualifier;
import zonepulse.events.Quantity;
import zonepulse.events.Status;
import zonepulse.store.readapi.ApiRecords.Plan;
import zonepulse.store.readapi.ApiRecords.Report;
import zonepulse.store.readapi.ApiRecords.Series;
import zonepulse.store.readapi.ApiRecords.SeriesPoint;
import zonepulse.store.storage.ReadQueries.StoredIndicator;

/**
 * One indicator's reports, period by period: actuals as points, targets and forecasts apart as plans matched to the
 * actual of their period. Reports of one period conflict when no single value fits all of them: each report stands for
 * the range its words allow (3713.4亿元: 3713.35 to 3713.45; 近16亿: within one unit of its last digit; 超过30%: above 30;
 * 3亿～5亿: 3 to 5), and a conflict is an empty intersection of those ranges. Figures rounded differently agree.
 */
final class SeriesAssembler {
    private SeriesAssembler() {}

    static Series assemble(
            String region, String indicator, List<String> spellings, Measure measure, List<StoredIndicator> stored) {
        Map<PeriodKey, List<StoredIndicator>> actuals = new LinkedHashMap<>();
        Map<PlanKey, List<StoredIndicator>> plans = new LinkedHashMap<>();
        List<Report> undated = new ArrayList<>();
        for (StoredIndicator s : stored) {
            IndicatorEvent e = s.event();
            if (e.status() == Status.ACTUAL) {
                if (e.period() == null) {
                    undated.add(report(s));
                } else {
                    actuals.computeIfAbsent(PeriodKey.of(e.period()), k -> new ArrayList<>())
                            .add(s);
                }
            } else {
                plans.computeIfAbsent(new PlanKey(e.status(), PeriodKey.of(e.period())), k -> new ArrayList<>())
                        .add(s);
            }
        }
        Map<PeriodKey, SeriesPoint> points = new LinkedHashMap<>();
        actuals.forEach((period, reports) -> points.put(period, point(reports)));
        List<Plan> planList = new ArrayList<>();
        plans.forEach((key, reports) -> {
            SeriesPoint planned = point(reports);
            SeriesPoint actual = key.period() == null ? null : points.get(key.period());
            planList.add(new Plan(
                    key.status(),
                    planned.period(),
                    planned.value(),
                    planned.reports(),
                    actual,
                    key.status() == Status.TARGET ? met(reports, actual) : null));
        });
        return new Series(region, indicator, spellings, measure, List.copyOf(points.values()), planList, undated);
    }

    private static SeriesPoint point(List<StoredIndicator> reports) {
        IndicatorEvent representative = reports.stream()
                .map(StoredIndicator::event)
                .filter(e -> e.qualifier() == Qualifier.EXACT)
                .findFirst()
                .orElse(reports.get(0).event());
        return new SeriesPoint(
                representative.period(),
                representative.normalized(),
                conflict(reports),
                reports.stream().map(SeriesAssembler::report).toList());
    }

    /** A target is met when the actual reached it (or, for a cap such as 控制在…以下, stayed under it). */
    private static Boolean met(List<StoredIndicator> targets, SeriesPoint actual) {
        if (actual == null || actual.value() == null) {
            return null;
        }
        IndicatorEvent target = targets.get(0).event();
        if (target.normalized() == null) {
            return null;
        }
        double reached = actual.value().value();
        return target.qualifier() == Qualifier.UNDER
                ? reached <= target.normalized().value()
                : reached >= target.normalized().value();
    }

    static boolean conflict(List<StoredIndicator> reports) {
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        for (StoredIndicator s : reports) {
            double[] range = range(s.event());
            if (range == null) {
                continue;
            }
            low = Math.max(low, range[0]);
            high = Math.min(high, range[1]);
        }
        return low > high;
    }

    /** The values (in base units) the report's words allow, or null when it has no base-unit figure. */
    static double[] range(IndicatorEvent e) {
        Quantity normalized = e.normalized();
        if (normalized == null || e.value() == 0 && normalized.value() != 0) {
            return null;
        }
        double scale = e.value() == 0 ? 1 : normalized.value() / e.value();
        double lastDigit = Math.pow(10, -decimals(e.value())) * Math.abs(scale);
        double value = normalized.value();
        double epsilon = Math.abs(value) * 1e-12;
        return switch (e.qualifier()) {
            case OVER -> new double[] {value + epsilon, Double.POSITIVE_INFINITY};
            case AT_LEAST -> new double[] {value - epsilon, Double.POSITIVE_INFINITY};
            case UNDER -> new double[] {Double.NEGATIVE_INFINITY, value - epsilon};
            case APPROX -> new double[] {value - lastDigit, value + lastDigit};
            case EXACT -> {
                double upper = e.upper() == null ? value : e.upper() * scale;
                yield new double[] {value - lastDigit / 2 - epsilon, upper + lastDigit / 2 + epsilon};
            }
        };
    }

    /** Digits after the decimal point as stated: 3713.4 has one, 30 has none. */
    private static int decimals(double value) {
        return Math.max(
                0, new BigDecimal(Double.toString(value)).stripTrailingZeros().scale());
    }

    private static Report report(StoredIndicator s) {
        IndicatorEvent e = s.event();
        return new Report(
                e.eventId(),
                e.articleId(),
                e.indicator(),
                e.value(),
                e.upper(),
                e.unit(),
                e.normalized(),
                e.qualifier(),
                e.period(),
                e.source(),
                e.evidence(),
                s.superseded());
    }

    /** A period by the days it covers; its label (the text's own words) may differ between reports. */
    private record PeriodKey(Object start, Object end) {
        static PeriodKey of(Period period) {
            return period == null ? null : new PeriodKey(period.start(), period.end());
        }
    }

    private record PlanKey(Status status, PeriodKey period) {
        PlanKey {
            Objects.requireNonNull(status);
        }
    }
}
