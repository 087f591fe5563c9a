package zonesim.report;

import java.util.Locale;
import java.util.Map;
import zonesim.experiment.StudyResult;
import zonesim.experiment.Summary;
import zonesim.metrics.Interval;
import zonesim.model.Scenario;

/** The human-readable summary printed by {@code run} and {@code compare}. */
public final class ConsoleTable {
    private ConsoleTable() { }

    /** Estimates of every configuration, with exact values where they apply. */
    public static String estimates(StudyResult r, Map<String, Map<String, Double>> exact) {
        Summary s = r.summary();
        Scenario b = r.study().baseline();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d replications x %s, seed %d, %.0f%% confidence%n",
                b.name(), b.replications(), horizon(b.horizonHours()), b.seed(), b.confidence() * 100));
        String ci = String.format(Locale.ROOT, "%.0f%% interval", b.confidence() * 100);
        for (Map.Entry<String, Map<String, Interval>> c : s.estimates().entrySet()) {
            Map<String, Double> ex = exact.getOrDefault(c.getKey(), Map.of());
            sb.append(String.format(Locale.ROOT, "%nconfiguration %s%n", c.getKey()));
            sb.append(String.format(Locale.ROOT, "  %-46s %16s  %-36s %16s%n", "metric", "estimate", ci,
                    ex.isEmpty() ? "" : "exact"));
            for (Map.Entry<String, Interval> m : c.getValue().entrySet()) {
                if (m.getKey().startsWith("phases.")) {
                    continue;
                }
                Interval i = m.getValue();
                Double e = ex.get(m.getKey());
                String flag = e != null && i.halfWidth() > 0 && (e < i.low() || e > i.high()) ? "  (!)" : "";
                sb.append(String.format(Locale.ROOT, "  %-46s %16s  %-36s %16s%s%n", m.getKey(), fmt(i.mean()),
                        "[" + fmt(i.low()) + ", " + fmt(i.high()) + "]", e == null ? "" : fmt(e), flag));
            }
        }
        return sb.toString();
    }

    /** Number of exact values outside their estimate's (non-degenerate) interval. */
    public static int exactOutside(Summary s, Map<String, Map<String, Double>> exact) {
        int n = 0;
        for (Map.Entry<String, Map<String, Interval>> c : s.estimates().entrySet()) {
            Map<String, Double> ex = exact.getOrDefault(c.getKey(), Map.of());
            for (Map.Entry<String, Interval> m : c.getValue().entrySet()) {
                Double e = ex.get(m.getKey());
                Interval i = m.getValue();
                if (e != null && i.halfWidth() > 0 && (e < i.low() || e > i.high())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Availability metrics per phase of the configuration timeline (empty when nothing changes). */
    public static String phases(StudyResult r) {
        Summary s = r.summary();
        StringBuilder sb = new StringBuilder();
        for (var c : r.configurations()) {
            if (c.catalog().phases() == 0) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "%nper phase, configuration %s (availability)%n", c.name()));
            Map<String, Interval> est = s.estimates().get(c.name());
            for (int p = 0; p < c.catalog().phases(); p++) {
                String prefix = "phases." + p + ".";
                sb.append(String.format(Locale.ROOT, "  phase %d: day %s to day %s%n", p,
                        day(c.catalog().phaseStart(p)), day(c.catalog().phaseEnd(p))));
                for (Map.Entry<String, Interval> m : est.entrySet()) {
                    String k = m.getKey();
                    if (k.startsWith(prefix) && k.endsWith("availability")) {
                        Interval i = m.getValue();
                        sb.append(String.format(Locale.ROOT, "    %-44s %16s  [%s, %s]%n", k.substring(prefix.length()),
                                fmt(i.mean()), fmt(i.low()), fmt(i.high())));
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String day(double hours) {
        double d = hours / 24;
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }

    /** Paired differences from the baseline. */
    public static String comparisons(StudyResult r) {
        Summary s = r.summary();
        if (s.comparisons().isEmpty()) {
            return "";
        }
        Scenario b = r.study().baseline();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%npaired differences from baseline (common random numbers, %.0f%% interval)%n", b.confidence() * 100));
        int w = Math.max(13, s.comparisons().stream().mapToInt(c -> c.configuration().length()).max().orElse(0));
        String row = "  %-" + w + "s %-46s %16s  [%s, %s]%s%n";
        sb.append(String.format(Locale.ROOT, "  %-" + w + "s %-46s %16s  %s%n", "configuration", "metric", "difference",
                "interval"));
        java.util.Map<String, Integer> identical = new java.util.LinkedHashMap<>();
        for (Summary.Comparison c : s.comparisons()) {
            if (c.metric().startsWith("phases.")) {
                continue;
            }
            Interval i = c.difference();
            if (i.mean() == 0 && i.halfWidth() == 0) {
                identical.merge(c.configuration(), 1, Integer::sum);
                continue;
            }
            String sig = Double.isFinite(i.low()) && (i.low() > 0 || i.high() < 0) ? "  *" : "";
            sb.append(String.format(Locale.ROOT, row, c.configuration(), c.metric(), fmt(i.mean()), fmt(i.low()),
                    fmt(i.high()), sig));
        }
        identical.forEach((config, n) -> sb.append(String.format(Locale.ROOT,
                "  %-" + w + "s %d metric(s) identical in every replication (untouched by this configuration)%n", config,
                n)));
        sb.append("  (* interval excludes zero)\n");
        return sb.toString();
    }

    /** The performance line. */
    public static String performance(StudyResult r) {
        return String.format(Locale.ROOT, "%n%,d events in %.2f s on %d thread(s): %.1f M events/s%n", r.events(),
                r.wallSeconds(), r.threads(), r.events() / Math.max(r.wallSeconds(), 1e-9) / 1e6);
    }

    /** A number with enough significant digits to tell 0.99986 from 0.99987. */
    static String fmt(double d) {
        if (!Double.isFinite(d)) {
            return "-";
        }
        double a = Math.abs(d);
        if (a != 0 && (a < 1e-2 || a >= 1e7)) {
            return String.format(Locale.ROOT, "%.3e", d);
        }
        if (a > 0.99 && a <= 1) {
            return String.format(Locale.ROOT, "%.8f", d);
        }
        return String.format(Locale.ROOT, "%.4f", d);
    }

    static String horizon(double hours) {
        if (hours >= 8760 && hours % 8760 == 0) {
            return (long) (hours / 8760) + " y";
        }
        return String.format(Locale.ROOT, "%.6g h", hours);
    }
}
