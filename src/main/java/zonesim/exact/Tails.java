package zonesim.exact;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import zonesim.model.Distribution;

/**
 * Distribution functions of the model's duration laws, each tail computed directly (never
 * as 1 - tiny): survival via exp(-...), erfc or the regularized upper incomplete gamma Q,
 * distribution function via expm1, erfc or the lower P.
 */
final class Tails {
    private static final double SQRT2 = Math.sqrt(2);
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private Tails() { }

    /** S(x) = P(T > x) (shared with the simulator's lag tables). */
    static double survival(Distribution d, double x) {
        return zonesim.failure.Survival.survival(d, x);
    }

    /** F(x) = P(T <= x). */
    static double cdf(Distribution d, double x) {
        if (x < 0) {
            return 0;
        }
        if (d instanceof Distribution.Exponential e) {
            return -Math.expm1(-x / e.meanHours());
        } else if (d instanceof Distribution.Weibull w) {
            return -Math.expm1(-Math.pow(x / w.scaleHours(), w.shape()));
        } else if (d instanceof Distribution.LogNormal l) {
            return x == 0 ? 0 : 0.5 * Erf.erfc(-(Math.log(x) - l.mu()) / (l.sigma() * SQRT2));
        } else if (d instanceof Distribution.Gamma g) {
            return Gamma.regularizedGammaP(g.shape(), x / g.scaleHours());
        } else if (d instanceof Distribution.Uniform u) {
            return x < u.minHours() ? 0 : x >= u.maxHours() ? 1 : (x - u.minHours()) / (u.maxHours() - u.minHours());
        } else if (d instanceof Distribution.Fixed f) {
            return x >= f.hours() ? 1 : 0;
        }
        return 0;
    }

    /** Density f(x); only for the absolutely continuous families (not Fixed, Never, degenerate Uniform). */
    static double density(Distribution d, double x) {
        if (x <= 0) {
            return x == 0 && d instanceof Distribution.Exponential e ? 1 / e.meanHours() : 0;
        }
        if (d instanceof Distribution.Exponential e) {
            return Math.exp(-x / e.meanHours()) / e.meanHours();
        } else if (d instanceof Distribution.Weibull w) {
            double z = Math.pow(x / w.scaleHours(), w.shape());
            return Math.exp(Math.log(w.shape() / x) + Math.log(z) - z);
        } else if (d instanceof Distribution.LogNormal l) {
            double z = (Math.log(x) - l.mu()) / l.sigma();
            return Math.exp(-0.5 * z * z - LOG_SQRT_2PI - Math.log(x * l.sigma()));
        } else if (d instanceof Distribution.Gamma g) {
            double k = g.shape();
            double th = g.scaleHours();
            return Math.exp((k - 1) * Math.log(x / th) - x / th - Gamma.logGamma(k)) / th;
        } else if (d instanceof Distribution.Uniform u && u.maxHours() > u.minHours()) {
            return x < u.minHours() || x > u.maxHours() ? 0 : 1 / (u.maxHours() - u.minHours());
        }
        throw new IllegalArgumentException("no density for " + d);
    }

    /** True iff {@link #density} applies. */
    static boolean hasDensity(Distribution d) {
        return !(d instanceof Distribution.Fixed || d instanceof Distribution.Never
                || d instanceof Distribution.Uniform u && !(u.maxHours() > u.minHours()));
    }

    /** Points where the law has a kink or most of its mass: quadrature breakpoints. */
    static double[] features(Distribution d) {
        if (d instanceof Distribution.Uniform u) {
            return new double[] {u.minHours(), u.maxHours()};
        } else if (d instanceof Distribution.Fixed f) {
            return new double[] {f.hours()};
        } else if (d instanceof Distribution.LogNormal l) {
            return new double[] {Math.exp(l.mu() - 2 * l.sigma()), Math.exp(l.mu()), Math.exp(l.mu() + 2 * l.sigma())};
        } else if (d instanceof Distribution.Never) {
            return new double[0];
        }
        return new double[] {0.1 * d.meanHours(), d.meanHours(), 3 * d.meanHours()};
    }
}
