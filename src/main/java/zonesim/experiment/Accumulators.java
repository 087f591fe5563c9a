package zonesim.experiment;

import zonesim.metrics.Interval;
import zonesim.metrics.Moments;

/**
 * Streaming estimators of one metric (and of its paired difference from the baseline),
 * fed one replication record at a time in replication order.
 */
final class Accumulators {
    private Accumulators() { }

    /** The estimate of one metric of one configuration. */
    static final class Estimate {
        private final Metric metric;
        private final Moments moments;

        Estimate(Metric metric) {
            this.metric = metric;
            this.moments = new Moments(metric.estimator() instanceof Metric.Estimator.Mean ? 1 : 2);
        }

        void add(double[] record) {
            if (metric.estimator() instanceof Metric.Estimator.Mean m) {
                moments.add(m.value().applyAsDouble(record));
            } else {
                int[] nd = numDen(metric);
                moments.add(record[nd[0]], record[nd[1]]);
            }
        }

        /**
         * Mean: Student-t. Ratio: R = mean(num) / mean(den) with the delta-method variance of
         * (num - R den) / mean(den) (Cochran, "Sampling Techniques", 3rd ed., 6.3).
         * Proportion: the same variance is the cluster-robust one; Wilson's interval with the
         * effective sample size p (1 - p) / variance, between the number of replications
         * (windows of a replication perfectly correlated) and the number of windows
         * (independent). Bounds are clipped to the metric's range; half_width is not.
         */
        Interval interval(double confidence) {
            long n = moments.n();
            Interval i;
            if (metric.estimator() instanceof Metric.Estimator.Mean) {
                i = Interval.studentT(moments.mean(0), moments.covariance(0, 0), n, confidence);
            } else {
                double den = moments.mean(1);
                if (!(den != 0)) {
                    return Interval.undefined((int) Math.min(n, Integer.MAX_VALUE));
                }
                double r = moments.mean(0) / den;
                double variance = moments.variance(1 / den, -r / den);
                if (metric.estimator() instanceof Metric.Estimator.Proportion) {
                    double se2 = variance / n;
                    double nEff = r > 0 && r < 1 && se2 > 0 ? r * (1 - r) / se2 : n;
                    nEff = Math.max(n, Math.min(nEff, n * den));
                    return Interval.wilson(r, nEff, (int) Math.min(n, Integer.MAX_VALUE), confidence);
                }
                double s = ((Metric.Estimator.Ratio) metric.estimator()).scale();
                Interval z = Interval.studentT(r, variance, n, confidence);
                i = new Interval(r * s, z.low() * s, z.high() * s, z.halfWidth() * s, z.n());
            }
            return new Interval(i.mean(), metric.measure().clip(i.low()), metric.measure().clip(i.high()),
                    i.halfWidth(), i.n());
        }
    }

    /** The paired difference {@code configuration - baseline} of one metric. */
    static final class Difference {
        private final Metric metric;
        private final Metric base;
        private final Moments moments;

        Difference(Metric metric, Metric base) {
            this.metric = metric;
            this.base = base;
            this.moments = new Moments(metric.estimator() instanceof Metric.Estimator.Mean ? 1 : 4);
        }

        String metricName() {
            return metric.name();
        }

        void add(double[] record, double[] baseRecord) {
            if (metric.estimator() instanceof Metric.Estimator.Mean m) {
                moments.add(m.value().applyAsDouble(record)
                        - ((Metric.Estimator.Mean) base.estimator()).value().applyAsDouble(baseRecord));
            } else {
                int[] a = numDen(metric);
                int[] b = numDen(base);
                moments.add(record[a[0]], record[a[1]], baseRecord[b[0]], baseRecord[b[1]]);
            }
        }

        /**
         * Mean: Student-t on the per-replication differences. Ratios and proportions: the
         * difference of the two ratio estimators with the delta-method variance of the
         * difference of their linearisations, which keeps the pairing.
         */
        Interval interval(double confidence) {
            long n = moments.n();
            if (metric.estimator() instanceof Metric.Estimator.Mean) {
                return Interval.studentT(moments.mean(0), moments.covariance(0, 0), n, confidence);
            }
            double dc = moments.mean(1);
            double db = moments.mean(3);
            if (!(dc != 0) || !(db != 0)) {
                return Interval.undefined((int) Math.min(n, Integer.MAX_VALUE));
            }
            double s = metric.estimator() instanceof Metric.Estimator.Ratio r ? r.scale() : 1;
            double rc = moments.mean(0) / dc;
            double rb = moments.mean(2) / db;
            double variance = moments.variance(s / dc, -s * rc / dc, -s / db, s * rb / db);
            return Interval.studentT(s * (rc - rb), variance, n, confidence);
        }
    }

    private static int[] numDen(Metric m) {
        if (m.estimator() instanceof Metric.Estimator.Ratio r) {
            return new int[] {r.num(), r.den()};
        }
        Metric.Estimator.Proportion p = (Metric.Estimator.Proportion) m.estimator();
        return new int[] {p.successes(), p.trials()};
    }
}
