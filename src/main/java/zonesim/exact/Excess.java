package zonesim.exact;

import java.util.stream.DoubleStream;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import zonesim.model.Distribution;

/**
 * Partial moments of a repair time R against a delay: E[(R - tau)+] = int_tau^inf S_R(x) dx
 * (ride-through, Klugman, Panjer and Willmot, "Loss Models", limited expected value) and,
 * for a backup chain with runtime G, E[(R - tau - G)+] = int_0^inf F_G(x) S_R(x + tau) dx and
 * P(tau + G < R) = int_0^inf F_G(x) f_R(x + tau) dx. Closed forms where they exist without
 * cancellation; otherwise adaptive Gauss-Kronrod ({@link Quadrature}) of positive integrands.
 */
final class Excess {
    private Excess() { }

    /** E[(R - tau)+] for tau >= 0. */
    static double excess(Distribution r, double tau) {
        if (tau <= 0) {
            return r.meanHours();
        }
        if (r instanceof Distribution.Exponential e) {
            return e.meanHours() * Math.exp(-tau / e.meanHours());
        } else if (r instanceof Distribution.Weibull w) {
            // int_tau^inf exp(-(x/l)^k) dx = (l/k) Gamma(1/k) Q(1/k, (tau/l)^k) = l Gamma(1+1/k) Q(1/k, z)
            double z = Math.pow(tau / w.scaleHours(), w.shape());
            return w.meanHours() * Gamma.regularizedGammaQ(1 / w.shape(), z);
        } else if (r instanceof Distribution.LogNormal l) {
            // m Phi(d1) - tau Phi(d2), d1 = (mu + s^2 - ln tau)/s, d2 = d1 - s
            double d1 = (l.mu() + l.sigma() * l.sigma() - Math.log(tau)) / l.sigma();
            double plus = l.meanHours() * phi(d1);
            double minus = tau * phi(d1 - l.sigma());
            return minus <= 0.5 * plus ? plus - minus : numeric(r, tau);
        } else if (r instanceof Distribution.Gamma g) {
            // k theta Q(k+1, z) - tau Q(k, z), z = tau/theta
            double z = tau / g.scaleHours();
            double plus = g.meanHours() * Gamma.regularizedGammaQ(g.shape() + 1, z);
            double minus = tau * Gamma.regularizedGammaQ(g.shape(), z);
            return minus <= 0.5 * plus ? plus - minus : numeric(r, tau);
        } else if (r instanceof Distribution.Uniform u) {
            double a = u.minHours();
            double b = u.maxHours();
            return tau <= a ? (a + b) / 2 - tau : tau >= b ? 0 : (b - tau) * (b - tau) / (2 * (b - a));
        } else if (r instanceof Distribution.Fixed f) {
            return Math.max(f.hours() - tau, 0);
        }
        return Double.POSITIVE_INFINITY;
    }

    /** E[(R - tau)+] by quadrature of the survival function; used where the closed form cancels. */
    static double numeric(Distribution r, double tau) {
        double s = Tails.survival(r, tau);
        if (s == 0) {
            return 0;
        }
        double scale = Tails.hasDensity(r) ? s / Tails.density(r, tau) : r.meanHours();
        if (!(scale > 0) || !Double.isFinite(scale)) {
            scale = r.meanHours();
        }
        return Quadrature.halfLine(x -> Tails.survival(r, x), tau, scale, Tails.features(r));
    }

    /** E[(R - tau - G)+]: down time when the loss starts after backup runtime G plus ride-through tau. */
    static double delayedExcess(Distribution r, Distribution g, double tau) {
        if (g instanceof Distribution.Never) {
            return 0;
        } else if (g instanceof Distribution.Fixed f) {
            return excess(r, tau + f.hours());
        } else if (r instanceof Distribution.Exponential e && g instanceof Distribution.Exponential b) {
            // memoryless R: e^{-tau/r} E[(R - G)+] = e^{-tau/r} r^2 / (r + g)
            double m = e.meanHours();
            return Math.exp(-tau / m) * m * (m / (m + b.meanHours()));
        }
        double s = Tails.survival(r, tau);
        if (s == 0) {
            return 0;
        }
        double scale = excess(r, tau) / s;
        return Quadrature.halfLine(x -> Tails.cdf(g, x) * Tails.survival(r, x + tau), 0, scale, breaks(r, g, tau));
    }

    /** P(tau + G < R): probability that the backup chain and ride-through do not cover the repair. */
    static double delayedProbability(Distribution r, Distribution g, double tau) {
        if (g instanceof Distribution.Never) {
            return 0;
        } else if (g instanceof Distribution.Fixed f) {
            return Tails.survival(r, tau + f.hours());
        } else if (r instanceof Distribution.Exponential e && g instanceof Distribution.Exponential b) {
            // e^{-tau/r} P(G < R) = e^{-tau/r} r / (r + g)
            double m = e.meanHours();
            return Math.exp(-tau / m) * (m / (m + b.meanHours()));
        } else if (!Tails.hasDensity(r)) {
            // R fixed at h (or degenerate uniform): P(G < h - tau)
            return Tails.cdf(g, Math.nextDown(r.meanHours() - tau));
        }
        double s = Tails.survival(r, tau);
        if (s == 0) {
            return 0;
        }
        double scale = excess(r, tau) / s;
        return Quadrature.halfLine(x -> Tails.cdf(g, x) * Tails.density(r, x + tau), 0, scale, breaks(r, g, tau));
    }

    /** Breakpoints: the features of G and those of R shifted by -tau. */
    private static double[] breaks(Distribution r, Distribution g, double tau) {
        return DoubleStream.concat(DoubleStream.of(Tails.features(g)),
                DoubleStream.of(Tails.features(r)).map(x -> x - tau)).toArray();
    }

    /** Standard normal distribution function, via erfc so that both tails keep relative precision. */
    static double phi(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }
}
