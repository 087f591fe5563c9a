package zonesim.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import zonesim.experiment.Metric;
import zonesim.metrics.Interval;
import zonesim.model.WhatIf;
import zonesim.whatif.Best;
import zonesim.whatif.Cell;
import zonesim.whatif.Crossover;
import zonesim.whatif.Point;
import zonesim.whatif.SweepResult;
import zonesim.whatif.Tornado;
import zonesim.whatif.UncertaintyResult;

/** The what-if studies as text for the terminal: values per point, crossovers, tornado, uncertainty summary. */
public final class WhatIfText {
    private WhatIfText() { }

    /** A sweep: per metric the values at each point (one-parameter sweeps), how often each is best, the crossovers. */
    public static String sweep(SweepResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "sweep of %s: %d points x %d configurations, %s%n", String.join(" and ",
                r.sweep().axes().stream().map(a -> a.parameter().label()).toList()), r.points().size(),
                r.configurations().size(), r.evaluation().simulated() ? r.evaluation().replications()
                + " replications per point on common random numbers" : "exact"));
        for (String m : r.metrics().keySet()) {
            Metric metric = r.metrics().get(m);
            sb.append(String.format(Locale.ROOT, "%n%s (%s)%n", metric.label(), r.exact(m) ? "exact" : "simulated"));
            if (r.sweep().axes().size() == 1) {
                WhatIf.Axis a = r.sweep().axes().get(0);
                sb.append(String.format(Locale.ROOT, "  %-14s", "value"));
                r.configurations().forEach(c -> sb.append(String.format(Locale.ROOT, " %18s", c)));
                sb.append('\n');
                for (int i = 0; i < r.points().size(); i++) {
                    Point p = r.points().get(i);
                    Best b = r.best().get(m).get(i);
                    sb.append(String.format(Locale.ROOT, "  %-14s", a.parameter().describe(p.value(0))));
                    for (String c : r.configurations()) {
                        Cell cell = p.cell(c, m);
                        String v = WhatIfHtml.value(metric, cell.value()) + (c.equals(b.configuration()) ? "*" : " ");
                        sb.append(String.format(Locale.ROOT, " %18s", v));
                    }
                    sb.append('\n');
                }
                sb.append("  * best at that point\n");
            } else {
                Map<String, Long> counts = new java.util.LinkedHashMap<>();
                r.best().get(m).forEach(b -> counts.merge(b.configuration() == null ? "-" : b.configuration(), 1L,
                        Long::sum));
                counts.forEach((c, k) -> sb.append(String.format(Locale.ROOT, "  best at %d of %d points: %s%n", k,
                        r.points().size(), c)));
            }
        }
        sb.append('\n');
        if (r.crossovers().isEmpty()) {
            sb.append("no crossover: no two configurations change places over the swept range\n");
        }
        for (Crossover c : r.crossovers()) {
            sb.append("crossover ").append(SweepFiles.text(c)).append('\n');
        }
        return sb.toString();
    }

    /** A tornado as a table, widest swing first. */
    public static String tornado(Tornado t) {
        StringBuilder sb = new StringBuilder();
        boolean diff = t.sensitivity().difference();
        Metric m = t.metric();
        sb.append(String.format(Locale.ROOT, "%nsensitivity of %s%s (%s); nominal %s%n", diff ? "the difference "
                + t.subject() + " in " : "", m.label(), t.exact() ? "exact" : "simulated", show(m, t.nominal(), diff)));
        sb.append(String.format(Locale.ROOT, "  %-40s %-22s %-22s %-22s%n", "parameter", "range", "at low end",
                "at high end"));
        for (Tornado.Bar b : t.bars()) {
            var p = b.parameter();
            sb.append(String.format(Locale.ROOT, "  %-40s %-22s %-22s %-22s%n", p.label(), p.describe(b.low()) + " .. "
                    + p.describe(b.high()), show(m, b.atLow(), diff), show(m, b.atHigh(), diff)));
        }
        return sb.toString();
    }

    /** An uncertainty study: per metric each configuration's median, 5-95% band, probability best and drivers. */
    public static String uncertainty(UncertaintyResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "uncertainty: %d worlds (Latin hypercube, seed %d) over %d parameters, "
                        + "%d configurations, %s%n", r.worlds(), r.seed(), r.uncertainty().parameters().size(),
                r.configurations().size(), r.evaluation().simulated() ? r.evaluation().replications()
                        + " replications per world where not exact" : "exact"));
        r.summaries().forEach((name, s) -> {
            Metric m = r.metrics().get(name);
            sb.append(String.format(Locale.ROOT, "%n%s (%s)%n  %-24s %-16s %-36s %s%n", m.label(), r.exact(name)
                    ? "exact" : "simulated", "configuration", "median", "5% .. 95% of worlds", "P(best)"));
            s.spread().forEach((c, sp) -> sb.append(String.format(Locale.ROOT, "  %-24s %-16s %-36s %5.1f%%%n", c,
                    WhatIfHtml.value(m, sp.median()), WhatIfHtml.value(m, sp.p05()) + " .. "
                            + WhatIfHtml.value(m, sp.p95()), 100 * s.best().get(c).mean())));
            List<String> top = s.best().entrySet().stream().sorted((a, b) -> Double.compare(b.getValue().mean(),
                    a.getValue().mean())).map(Map.Entry::getKey).limit(1).toList();
            if (!top.isEmpty() && s.drivers().containsKey(top.get(0))) {
                sb.append("  drivers (rank correlation, ").append(top.get(0)).append("):");
                s.drivers().get(top.get(0)).entrySet().stream().filter(e -> Double.isFinite(e.getValue()))
                        .sorted((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue()))).limit(4)
                        .forEach(e -> sb.append(String.format(Locale.ROOT, " %s %+.2f", r.uncertainty().parameters()
                                .stream().filter(u -> u.parameter().path().equals(e.getKey())).findFirst()
                                .map(u -> u.parameter().label()).orElse(e.getKey()), e.getValue())));
                sb.append('\n');
            }
        });
        return sb.toString();
    }

    private static String show(Metric m, Interval i, boolean diff) {
        if (!diff) {
            return WhatIfHtml.value(m, i.mean());
        }
        MetricDisplay d = MetricDisplay.of(m);
        double v = d.difference().applyAsDouble(i.mean());
        return m.measure() == zonesim.metrics.Measure.AVAILABILITY
                ? String.format(Locale.ROOT, "%+.3g downtime min/y", v) : String.format(Locale.ROOT, "%+.4g", v);
    }
}
