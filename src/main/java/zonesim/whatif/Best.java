package zonesim.whatif;

import java.util.List;
import zonesim.metrics.Interval;
import zonesim.metrics.Measure;

/**
 * The best configuration on one metric at one point (by the metric's better direction,
 * SPEC 6 {@code Measure}), and whether that is clear: exact values, or a simulated paired
 * difference from the runner-up whose interval excludes zero. Null configuration when the
 * metric has no better direction or no configuration has it.
 */
public record Best(String configuration, String runnerUp, boolean clear) {

    /** The best of {@code configurations} on {@code metric} at {@code p}. */
    public static Best at(Point p, List<String> configurations, String metric, Measure measure) {
        if (measure.better() == Measure.Better.NEITHER) {
            return new Best(null, null, false);
        }
        String best = null;
        String second = null;
        for (String c : configurations) {
            Cell cell = p.cell(c, metric);
            if (!cell.present()) {
                continue;
            }
            if (best == null || better(cell.value(), p.cell(best, metric).value(), measure)) {
                second = best;
                best = c;
            } else if (second == null || better(cell.value(), p.cell(second, metric).value(), measure)) {
                second = c;
            }
        }
        if (best == null || second == null) {
            return new Best(best, second, best != null);
        }
        Interval d = p.difference(best, second, metric);
        boolean clear = measure.better() == Measure.Better.HIGHER ? d.low() > 0 : d.high() < 0;
        return new Best(best, second, clear);
    }

    /** True when {@code x} is strictly better than {@code y}. */
    static boolean better(double x, double y, Measure measure) {
        return measure.better() == Measure.Better.HIGHER ? x > y : x < y;
    }
}
