package zonesim.failure;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import zonesim.model.Distribution;

/** Survival functions S(t) = P(T > t) of the duration distributions, t in hours. */
public final class Survival {
    private Survival() { }

    /** S for {@code d} as a function. */
    public static DoubleUnaryOperator of(Distribution d) {
        return x -> survival(d, x);
    }

    /** S(x) = P(T > x), computed directly in the tail (never as 1 - tiny). */
    public static double survival(Distribution d, double x) {
        if (x < 0) {
            return 1;
        }
        if (d instanceof Distribution.Exponential e) {
            return Math.exp(-x / e.meanHours());
        } else if (d instanceof Distribution.Weibull w) {
            return Math.exp(-Math.pow(x / w.scaleHours(), w.shape()));
        } else if (d instanceof Distribution.LogNormal l) {
            return x == 0 ? 1 : 0.5 * Erf.erfc((Math.log(x) - l.mu()) / (l.sigma() * Math.sqrt(2)));
        } else if (d instanceof Distribution.Gamma g) {
            return Gamma.regularizedGammaQ(g.shape(), x / g.scaleHours());
        } else if (d instanceof Distribution.Uniform u) {
            return x < u.minHours() ? 1 : x >= u.maxHours() ? 0 : (u.maxHours() - x) / (u.maxHours() - u.minHours());
        } else if (d instanceof Distribution.Fixed f) {
            return x < f.hours() ? 1 : 0;
        }
        return 1;
    }

    /** 16-point Gauss-Legendre integral of {@code s} over [lo, hi]. */
    public static double gauss(DoubleUnaryOperator s, double lo, double hi) {
        double mid = (lo + hi) / 2;
        double half = (hi - lo) / 2;
        double sum = 0;
        for (int i = 0; i < NODES.length; i++) {
            sum += WEIGHTS[i] * (s.applyAsDouble(mid - half * NODES[i]) + s.applyAsDouble(mid + half * NODES[i]));
        }
        return sum * half;
    }

    // 16-point Gauss-Legendre: positive nodes and their weights (Abramowitz and Stegun, table 25.4)
    private static final double[] NODES = {
        0.0950125098376374, 0.2816035507792589, 0.4580167776572274, 0.6178762444026438,
        0.7554044083550030, 0.8656312023878318, 0.9445750230732326, 0.9894009349916499};
    private static final double[] WEIGHTS = {
        0.1894506104550685, 0.1826034150449236, 0.1691565193950025, 0.1495959888165767,
        0.1246289712555339, 0.0951585116824928, 0.0622535239386479, 0.0271524594117541};
}
