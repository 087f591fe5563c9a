package zonesim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.metrics.Interval;

/**
 * Estimates with confidence intervals for every metric of every configuration, and paired
 * differences from the baseline (common random numbers make replication i of two
 * configurations a matched pair, so the difference's interval comes from the
 * per-replication differences).
 */
public record Summary(Map<String, Map<String, Interval>> estimates, List<Comparison> comparisons) {

    /** The paired difference {@code configuration - baseline} of one metric. */
    public record Comparison(String configuration, String metric, Interval difference) { }

    /** Summarises {@code r} at the baseline's confidence level. */
    public static Summary of(StudyResult r) {
        double conf = r.study().baseline().confidence();
        Map<String, Map<String, Interval>> est = new LinkedHashMap<>();
        for (ConfigurationResult c : r.configurations()) {
            Map<String, Interval> m = new LinkedHashMap<>();
            for (Metric metric : c.layout().metrics()) {
                m.put(metric.name(), estimate(c, metric, conf));
            }
            est.put(c.name(), m);
        }
        List<Comparison> cmp = new ArrayList<>();
        ConfigurationResult base = r.configurations().get(0);
        for (ConfigurationResult c : r.configurations().subList(1, r.configurations().size())) {
            for (Metric metric : c.layout().metrics()) {
                Metric b = find(base, metric.name());
                if (b != null) {
                    cmp.add(new Comparison(c.name(), metric.name(), difference(c, metric, base, b, conf)));
                }
            }
        }
        return new Summary(est, cmp);
    }

    /**
     * The estimate of one metric. Student-t and delta-method bounds are clipped to the
     * metric's range (availabilities to [0, 1], every other metric to >= 0): a symmetric
     * interval around 0.99999 must not promise more than 100%. {@code half_width} keeps the
     * unclipped value.
     */
    public static Interval estimate(ConfigurationResult c, Metric m, double conf) {
        if (m.kind() == Metric.Kind.PROPORTION) {
            return Interval.wilson(sum(c.column(m.column())), sum(c.column(m.denominator())), conf);
        }
        Interval i = m.isRatio() ? scale(Interval.ratio(c.column(m.column()), c.column(m.denominator()), conf),
                m.scale()) : Interval.studentT(c.values(m), conf);
        double top = m.name().endsWith("availability") ? 1 : Double.POSITIVE_INFINITY;
        return new Interval(i.mean(), clip(i.low(), top), clip(i.high(), top), i.halfWidth(), i.n());
    }

    private static double clip(double x, double top) {
        return Double.isNaN(x) ? x : Math.max(0, Math.min(top, x));
    }

    private static Interval difference(ConfigurationResult c, Metric m, ConfigurationResult base, Metric bm,
                                       double conf) {
        double[] x = perReplication(c, m);
        double[] y = perReplication(base, bm);
        if (x == null || y == null) {
            return Interval.undefined(c.observations().length);
        }
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        Interval di = Interval.studentT(d, conf);
        if (!m.isRatio()) {
            return di;
        }
        // Ratio metrics: the linearised observations have mean zero; centre on the difference of the ratios.
        double centre = estimate(c, m, conf).mean() - estimate(base, bm, conf).mean();
        return new Interval(centre, centre - di.halfWidth(), centre + di.halfWidth(), di.halfWidth(), di.n());
    }

    private static double[] perReplication(ConfigurationResult c, Metric m) {
        if (!m.isRatio()) {
            return c.values(m);
        }
        double[] z = Interval.linearisedRatio(c.column(m.column()), c.column(m.denominator()));
        if (z == null) {
            return null;
        }
        for (int i = 0; i < z.length; i++) {
            z[i] *= m.scale();
        }
        return z;
    }

    private static Metric find(ConfigurationResult c, String name) {
        for (Metric m : c.layout().metrics()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    private static long sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return Math.round(s);
    }

    private static Interval scale(Interval i, double s) {
        return new Interval(i.mean() * s, i.low() * s, i.high() * s, i.halfWidth() * s, i.n());
    }
}
