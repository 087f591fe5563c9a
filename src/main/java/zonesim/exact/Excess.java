package zonesim.exact;

import java.util.stream.DoubleStream;
import zonesim.distribution.Distribution;
import zonesim.distribution.Exponential;
import zonesim.distribution.Fixed;
import zonesim.distribution.Quadrature;

/**
 * Partial moments of a repair time R against a backup chain with runtime G after a
 * ride-through tau: E[(R - tau - G)+] = int_0^inf F_G(x) S_R(x + tau) dx and
 * P(tau + G < R) = int_0^inf F_G(x) f_R(x + tau) dx. Closed forms where they exist;
 * otherwise adaptive Gauss-Kronrod ({@link Quadrature}) of positive integrands. The
 * single-law excess E[(R - tau)+] is each family's own {@link Distribution#excess}.
 */
final class Excess {
    private Excess() { }

    /** E[(R - tau - G)+]: down time when the loss starts after backup runtime G plus ride-through tau. */
    static double delayedExcess(Distribution r, Distribution g, double tau) {
        if (g.isNever()) {
            return 0;
        } else if (g instanceof Fixed f) {
            return r.excess(tau + f.hours());
        } else if (r instanceof Exponential e && g instanceof Exponential b) {
            // memoryless R: e^{-tau/r} E[(R - G)+] = e^{-tau/r} r^2 / (r + g)
            double m = e.meanHours();
            return Math.exp(-tau / m) * m * (m / (m + b.meanHours()));
        }
        double s = r.survival(tau);
        if (s == 0) {
            return 0;
        }
        double scale = r.excess(tau) / s;
        return Quadrature.halfLine(x -> g.cdf(x) * r.survival(x + tau), 0, scale, breaks(r, g, tau));
    }

    /** P(tau + G < R): probability that the backup chain and ride-through do not cover the repair. */
    static double delayedProbability(Distribution r, Distribution g, double tau) {
        if (g.isNever()) {
            return 0;
        } else if (g instanceof Fixed f) {
            return r.survival(tau + f.hours());
        } else if (r instanceof Exponential e && g instanceof Exponential b) {
            // e^{-tau/r} P(G < R) = e^{-tau/r} r / (r + g)
            double m = e.meanHours();
            return Math.exp(-tau / m) * (m / (m + b.meanHours()));
        } else if (!r.hasDensity()) {
            // R fixed at h (or degenerate uniform): P(G < h - tau)
            return g.cdf(Math.nextDown(r.meanHours() - tau));
        }
        double s = r.survival(tau);
        if (s == 0) {
            return 0;
        }
        double scale = r.excess(tau) / s;
        return Quadrature.halfLine(x -> g.cdf(x) * r.density(x + tau), 0, scale, breaks(r, g, tau));
    }

    /** Breakpoints: the features of G and those of R shifted by -tau. */
    private static double[] breaks(Distribution r, Distribution g, double tau) {
        return DoubleStream.concat(DoubleStream.of(g.features()),
                DoubleStream.of(r.features()).map(x -> x - tau)).toArray();
    }
}
