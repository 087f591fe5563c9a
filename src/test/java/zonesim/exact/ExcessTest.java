package zonesim.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import zonesim.model.Distribution;

/**
 * Partial expectations E[(R - tau)+] = int_tau^inf S(x) dx and the backup-chain integrals,
 * against brute-force integrals of commons-math's own distribution functions.
 */
class ExcessTest {
    private static final double REL = 1e-9;

    private static final NormalDistribution NORMAL = new NormalDistribution();

    /** Brute force: int_tau^inf S(x) dx. */
    private static double bruteExcess(DoubleUnaryOperator survival, double tau, double span) {
        return BruteForce.integrateTail(survival, tau, span);
    }

    /** Lognormal survival from commons-math's normal upper tail (accurate far out). */
    private static DoubleUnaryOperator survival(Distribution.LogNormal r) {
        return x -> NORMAL.cumulativeProbability(-(Math.log(x) - r.mu()) / r.sigma());
    }

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, REL * Math.abs(expected), () -> "expected " + expected + " got " + actual);
    }

    @Test
    void exponentialExcessIsMeanTimesSurvival() {
        // int_tau^inf e^{-x/m} dx = m e^{-tau/m}: m = 8 h, tau = 15 min -> 8 e^{-1/32}
        close(8 * Math.exp(-0.25 / 8), Excess.excess(new Distribution.Exponential(8), 0.25));
    }

    @Test
    void lognormalClosedFormMatchesBruteForceInBothRegimes() {
        // tau = 15 min (closed form m Phi(d1) - tau Phi(d2)) and tau = 100 h >> median 12 h
        // (tau Phi(d2) > m Phi(d1) / 2: the closed form would cancel, quadrature is used)
        Distribution.LogNormal r = Distribution.LogNormal.ofMedian(12, 0.9);
        for (double tau : new double[] {0.25, 12, 100, 400}) {
            close(bruteExcess(survival(r), tau, 1e5), Excess.excess(r, tau));
        }
    }

    @Test
    void gammaAndWeibullExcessMatchBruteForce() {
        // survival functions written out here (Weibull exp(-(x/l)^k), gamma Q(k, x/theta)); the
        // engine uses closed forms (Weibull l Gamma(1+1/k) Q(1/k, (tau/l)^k)) or its own quadrature
        Distribution.Gamma g = Distribution.Gamma.ofMean(2.5, 10);
        Distribution.Weibull w = Distribution.Weibull.ofMean(0.7, 10);
        Distribution.Weibull w2 = Distribution.Weibull.ofMean(3, 10);
        for (double tau : new double[] {0.1, 5, 40, 80}) {
            close(bruteExcess(x -> Gamma.regularizedGammaQ(g.shape(), x / g.scaleHours()), tau, 2000),
                    Excess.excess(g, tau));
            close(bruteExcess(x -> Math.exp(-Math.pow(x / w.scaleHours(), w.shape())), tau, 1e5), Excess.excess(w, tau));
            close(bruteExcess(x -> Math.exp(-Math.pow(x / w2.scaleHours(), w2.shape())), tau, 200),
                    Excess.excess(w2, tau));
        }
    }

    @Test
    void quadratureFallbackAgreesWithClosedFormWhereBothApply() {
        // tau below the median: the closed form is well conditioned, the quadrature must agree
        Distribution.LogNormal r = Distribution.LogNormal.ofMedian(3, 1.5);
        close(Excess.excess(r, 1), Excess.numeric(r, 1));
        Distribution.Gamma g = Distribution.Gamma.ofMean(0.5, 4);
        close(Excess.excess(g, 0.5), Excess.numeric(g, 0.5));
    }

    @Test
    void uniformAndFixedExcess() {
        // U[1, 3]: tau = 0.5 -> 2 - 0.5 = 1.5; tau = 2 -> (3 - 2)^2 / (2 * 2) = 0.25; fixed 4 h, tau 1 -> 3
        Distribution.Uniform u = new Distribution.Uniform(1, 3);
        close(1.5, Excess.excess(u, 0.5));
        close(0.25, Excess.excess(u, 2));
        assertEquals(0, Excess.excess(u, 3));
        close(3, Excess.excess(new Distribution.Fixed(4), 1));
    }

    @Test
    void backupIntegralsMatchAnIndependentOrderOfIntegration() {
        // E[(R - tau - G)+] = int f_G(g) E[(R - tau - g)+] dg and P(tau + G < R) = int f_G(g) S_R(tau + g) dg,
        // integrating over G's density with commons-math (the engine integrates F_G against S_R or f_R)
        double[][] cases = {{0}, {0.25}};
        Distribution.LogNormal r = Distribution.LogNormal.ofMedian(4, 1.2);
        Distribution.Weibull g = Distribution.Weibull.ofMean(1.5, 3);
        LogNormalDistribution rr = new LogNormalDistribution(r.mu(), r.sigma());
        WeibullDistribution gg = new WeibullDistribution(g.shape(), g.scaleHours());
        for (double[] c : cases) {
            double tau = c[0];
            double excess = BruteForce.integrateTail(x -> gg.density(x) * bruteLogNormalExcess(r, tau + x), 0, 60);
            double prob = BruteForce.integrateTail(x -> gg.density(x) * (1 - rr.cumulativeProbability(tau + x)), 0, 60);
            close(excess, Excess.delayedExcess(r, g, tau));
            close(prob, Excess.delayedProbability(r, g, tau));
        }
    }

    @Test
    void backupIntegralsWithKinksMatchIndependentComputation() {
        // R uniform [2, 6] h, G gamma(2, mean 3): E[(R - G)+] = int f_G(g) E[(R - g)+] dg with the uniform
        // closed form, P(G < R) = int f_G(g) S_R(g) dg; and R gamma with G uniform [1, 4].
        Distribution.Uniform u = new Distribution.Uniform(2, 6);
        Distribution.Gamma ga = Distribution.Gamma.ofMean(2, 3);
        GammaDistribution gd = new GammaDistribution(ga.shape(), ga.scaleHours());
        close(BruteForce.integrate(x -> gd.density(x) * Excess.excess(u, x), 0, 80, 800), Excess.delayedExcess(u, ga, 0));
        close(BruteForce.integrate(x -> gd.density(x) * Tails.survival(u, x), 0, 80, 800), Excess.delayedProbability(u, ga, 0));
        Distribution.Uniform gu = new Distribution.Uniform(1, 4);
        // gamma E[(R - g)+] = k theta (1 - F_{k+1}(g)) - g (1 - F_k(g)) (size-biased law), commons-math cdfs
        GammaDistribution biased = new GammaDistribution(ga.shape() + 1, ga.scaleHours());
        double excess = BruteForce.integrate(x -> (ga.meanHours() * (1 - biased.cumulativeProbability(x))
                - x * (1 - gd.cumulativeProbability(x))) / 3, 1, 4, 30);
        close(excess, Excess.delayedExcess(ga, gu, 0));
        double prob = BruteForce.integrate(x -> (1 - gd.cumulativeProbability(x)) / 3, 1, 4, 30);
        close(prob, Excess.delayedProbability(ga, gu, 0));
    }

    /** Lognormal E[(R - t)+] from commons-math's normal distribution: m Phi(d1) - t Phi(d2). */
    private static double bruteLogNormalExcess(Distribution.LogNormal r, double t) {
        double d1 = (r.mu() + r.sigma() * r.sigma() - Math.log(t)) / r.sigma();
        return r.meanHours() * NORMAL.cumulativeProbability(d1) - t * NORMAL.cumulativeProbability(d1 - r.sigma());
    }

    @Test
    void generalBackupIntegralReproducesTheExponentialClosedForm() {
        // int_0^inf F_G(x) S_R(x + tau) dx with R ~ Exp(r = 4 h), G ~ Exp(g = 1500 h), tau = 0.5 h
        // equals e^{-tau/r} r^2 / (r + g); int F_G(x) f_R(x + tau) dx equals e^{-tau/r} r / (r + g)
        Distribution r = new Distribution.Exponential(4);
        Distribution g = new Distribution.Exponential(1500);
        double tau = 0.5;
        close(Math.exp(-tau / 4) * 16 / 1504,
                Quadrature.halfLine(x -> Tails.cdf(g, x) * Tails.survival(r, x + tau), 0, 4, 1500));
        close(Math.exp(-tau / 4) * 4 / 1504,
                Quadrature.halfLine(x -> Tails.cdf(g, x) * Tails.density(r, x + tau), 0, 4, 1500));
    }

    @Test
    void backupNeverCostsMoreThanNoBackupAcrossFamilies() {
        // seeded sweep over every pair of families and delays: 0 <= E[(R - tau - G)+] <= E[(R - tau)+]
        // and 0 <= P(tau + G < R) <= P(R > tau), and no quadrature failure
        java.util.Random rnd = new java.util.Random(11);
        for (int i = 0; i < 300; i++) {
            Distribution r = randomLaw(rnd);
            Distribution g = randomLaw(rnd);
            double tau = new double[] {0, 0.05, 2, 30}[rnd.nextInt(4)];
            double e = Excess.delayedExcess(r, g, tau);
            double p = Excess.delayedProbability(r, g, tau);
            String what = r + " " + g + " " + tau;
            assertTrue(e >= 0 && e <= Excess.excess(r, tau) * (1 + 1e-12), what + " excess " + e);
            assertTrue(p >= 0 && p <= Tails.survival(r, tau) * (1 + 1e-12), what + " probability " + p);
        }
    }

    private static Distribution randomLaw(java.util.Random rnd) {
        double mean = Math.exp(rnd.nextGaussian() * 2);
        double shape = 0.3 + 4 * rnd.nextDouble();
        return switch (rnd.nextInt(6)) {
            case 0 -> new Distribution.Exponential(mean);
            case 1 -> Distribution.Weibull.ofMean(shape, mean);
            case 2 -> Distribution.LogNormal.ofMeanCv(mean, shape);
            case 3 -> Distribution.Gamma.ofMean(shape, mean);
            case 4 -> new Distribution.Uniform(mean * rnd.nextDouble(), mean * (1 + rnd.nextDouble()));
            default -> new Distribution.Fixed(mean);
        };
    }
}
