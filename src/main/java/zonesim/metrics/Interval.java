package zonesim.metrics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A point estimate with a two-sided confidence interval over {@code n} observations.
 * {@code mean} is NaN when no observation was usable.
 */
public record Interval(double mean, double low, double high, double halfWidth, int n) {

    /** The interval of an undefined estimate. */
    public static Interval undefined(int n) {
        return new Interval(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
    }

    /** Student-t interval for the mean of i.i.d. observations (summed in index order). */
    public static Interval studentT(double[] x, double confidence) {
        int n = x.length;
        if (n == 0) {
            return undefined(0);
        }
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new Interval(mean, Double.NaN, Double.NaN, Double.NaN, 1);
        }
        double ss = 0;
        for (double v : x) {
            double d = v - mean;
            ss += d * d;
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double h = tQuantile(confidence, n - 1) * se;
        return new Interval(mean, mean - h, mean + h, h, n);
    }

    /** Student-t interval for a mean {@code mean} with sample variance {@code variance} of {@code n} i.i.d. observations. */
    public static Interval studentT(double mean, double variance, long n, double confidence) {
        int count = (int) Math.min(n, Integer.MAX_VALUE);
        if (n == 0) {
            return undefined(0);
        }
        if (n == 1 || !Double.isFinite(variance)) {
            return new Interval(mean, Double.NaN, Double.NaN, Double.NaN, count);
        }
        double h = tQuantile(confidence, (int) Math.min(n - 1, Integer.MAX_VALUE)) * Math.sqrt(variance / n);
        return new Interval(mean, mean - h, mean + h, h, count);
    }

    /**
     * Ratio estimator R = sum(num) / sum(den) with the delta-method interval (Cochran,
     * Sampling Techniques, 3rd ed., 6.3): variance of the linearised observations
     * (num_i - R den_i) / mean(den), Student-t with n - 1 degrees of freedom.
     */
    public static Interval ratio(double[] num, double[] den, double confidence) {
        double[] z = linearisedRatio(num, den);
        if (z == null) {
            return undefined(num.length);
        }
        double r = sum(num) / sum(den);
        Interval zi = studentT(z, confidence);
        return new Interval(r, r - zi.halfWidth(), r + zi.halfWidth(), zi.halfWidth(), num.length);
    }

    /** Per-observation linearisation of a ratio estimator (mean zero); null when sum(den) is 0. */
    public static double[] linearisedRatio(double[] num, double[] den) {
        double sd = sum(den);
        if (sd == 0) {
            return null;
        }
        double r = sum(num) / sd;
        double meanDen = sd / den.length;
        double[] z = new double[num.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (num[i] - r * den[i]) / meanDen;
        }
        return z;
    }

    /**
     * Wilson score interval for a binomial proportion k / n (Wilson 1927; Brown, Cai and
     * DasGupta 2001 recommend it over the Wald interval).
     */
    public static Interval wilson(long k, long n, double confidence) {
        return n == 0 ? undefined(0) : wilson((double) k / n, n, (int) Math.min(n, Integer.MAX_VALUE), confidence);
    }

    /**
     * Wilson score interval for a proportion {@code p} observed with an effective sample size
     * {@code n} (which may be fractional: a clustered design's n divided by its design effect).
     * {@code count} is reported as the interval's n.
     */
    public static Interval wilson(double p, double n, int count, double confidence) {
        if (!(n > 0) || Double.isNaN(p)) {
            return undefined(count);
        }
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + confidence / 2);
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double h = z * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n)) / (1 + z2n);
        double low = p == 0 ? 0 : Math.max(0, centre - h);
        double high = p == 1 ? 1 : Math.min(1, centre + h);
        return new Interval(p, low, high, h, count);
    }

    /** The two-sided Student-t quantile for {@code confidence} with {@code df} degrees of freedom. */
    public static double tQuantile(double confidence, int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + confidence / 2);
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }
}
