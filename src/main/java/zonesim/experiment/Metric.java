package zonesim.experiment;

import java.util.function.ToDoubleFunction;
import zonesim.metrics.Measure;

/**
 * One reported metric: its dotted name in summary.json (SPEC 6), a label for people, what
 * it measures ({@link Measure}: unit, range, better direction) and how it is estimated from
 * the per-replication record ({@link Estimator}). The names of {@code analyze}'s exact
 * values are the same names, so one name has one meaning everywhere.
 */
public record Metric(String name, String label, Measure measure, Estimator estimator) {

    /** How a metric is estimated over replications. */
    public sealed interface Estimator {
        /** A per-replication value, averaged over replications (Student-t interval). */
        record Mean(ToDoubleFunction<double[]> value) implements Estimator { }

        /** {@code scale * sum(num) / sum(den)} over replications (delta-method interval). */
        record Ratio(int num, int den, double scale) implements Estimator { }

        /**
         * Successes out of trials pooled over replications; trials within a replication are
         * correlated (clusters), so the interval is Wilson's with the effective sample size of
         * the ratio estimator's cluster-robust variance.
         */
        record Proportion(int successes, int trials) implements Estimator { }
    }

    /** This metric's value in one replication's record (a ratio of that replication's own sums; NaN when undefined). */
    public double value(double[] record) {
        if (estimator instanceof Estimator.Mean m) {
            return m.value().applyAsDouble(record);
        } else if (estimator instanceof Estimator.Ratio r) {
            return r.scale() * record[r.num()] / record[r.den()];
        }
        Estimator.Proportion p = (Estimator.Proportion) estimator;
        return record[p.successes()] / record[p.trials()];
    }

    /** True for per-phase metrics ({@code phases.<k>.<metric>}). */
    public boolean perPhase() {
        return name.startsWith("phases.");
    }
}
