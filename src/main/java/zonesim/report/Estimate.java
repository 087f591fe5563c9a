package zonesim.report;

import java.util.Map;

/**
 * One estimate read back from summary.json: mean, interval and count, and the exact
 * steady-state value where the writer knew it (NaN otherwise). Undefined numbers are NaN.
 */
public record Estimate(double mean, double low, double high, double halfWidth, long n, double exact) {

    /** True if {@code m} looks like a summary.json interval object (it has a {@code mean} key). */
    public static boolean isEstimate(Object m) {
        return m instanceof Map<?, ?> map && map.containsKey("mean") && map.containsKey("n");
    }

    /** Reads an interval object; missing or null fields become NaN (0 for {@code n}). */
    public static Estimate of(Map<?, ?> m) {
        Object n = m.get("n");
        return new Estimate(num(m.get("mean")), num(m.get("ci_low")), num(m.get("ci_high")),
                num(m.get("half_width")), n instanceof Number k ? k.longValue() : 0, num(m.get("exact")));
    }

    /** True if the interval is defined and does not contain zero. */
    public boolean excludesZero() {
        return Double.isFinite(low) && Double.isFinite(high) && (low > 0 || high < 0);
    }

    static double num(Object o) {
        return o instanceof Number x ? x.doubleValue() : Double.NaN;
    }
}
