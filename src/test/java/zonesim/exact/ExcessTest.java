package zonesim.exact;

import zonesim.distribution.Exponential;
import zonesim.distribution.Fixed;
import zonesim.distribution.Gamma;
import zonesim.distribution.LogNormal;
import zonesim.distribution.Uniform;
import zonesim.distribution.Weibull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;

import org.junit.jupiter.api.Test;
import zonesim.distribution.Distribution;

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
    private static DoubleUnaryOperator survival(LogNormal r) {
        return x -> NORMAL.cumulativeProbability(-(Math.log(x) - r.mu()) / r.sigma());
    }

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, REL * Math.abs(expected), () -> "expected " + expected + " got " + actual);
    }

    @Test
    void exponentialExcessIsMeanTimesSurvival() {
        // int_tau^inf e^{-x/m} dx = m e^{-tau/m}: m = 8 h, tau = 15 min -> 8 e^{-1/32}
        close(8 * Math.exp(-0.25 / 8), new Exponential(8).excess(0.25));
    }

    @Test
    void lognormalClosedFormMatchesBruteForceInBothRegimes() {
        // tau = 15 min (closed form m Phi(d1) - tau Phi(d2)) and tau = 100 h >> median 12 h
        // (tau Phi(d2) > m Phi(d1) / 2: the closed form would cancel, quadrature is used)
        LogNormal r = LogNormal.ofMedian(12, 0.9);
        for (double tau : new double[] {0.25, 12, 100, 400}) {
            close(bruteExcess(survival(r), tau, 1e5), r.excess(tau));
        }
    }

    @Test
    void gammaAndWeibullExcessMatchBruteForce() {
        // survival functions written out here (Weibull exp(-(x/l)^k), gamma Q(k, x/theta)); the
        // engine uses closed forms (Weibull l Gamma(1+1/k) Q(1/k, (tau/l)^k)) or its own quadrature
        Gamma g = Gamma.ofMean(2.5, 10);
        Weibull w = Weibull.ofMean(0.7, 10);
        Weibull w2 = Weibull.ofMean(3, 10);
        for (double tau : new double[] {0.1, 5, 40, 80}) {
            close(bruteExcess(x -> org.apache.commons.math3.special.Gamma.regularizedGammaQ(g.shape(), x / g.scaleHours()), tau, 2000),
                    g.excess(tau));
            close(bruteExcess(x -> Math.exp(-Math.pow(x / w.scaleHours(), w.shape())), tau, 1e5), w.excess(tau));
            close(bruteExcess(x -> Math.exp(-Math.pow(x / w2.scaleHours(), w2.shape())), tau, 200),
                    w2.excess(tau));
        }
    }

    @Test
    void quadratureFallbackAgreesWithClosedFormWhereBothApply() {
        // tau below the median: the closed form is well conditioned, the quadrature must agree
        LogNormal r = LogNormal.ofMedian(3, 1.5);
        close(r.excess(1), zonesim.distribution.Quadrature.excess(r, 1));
        Gamma g = Gamma.ofMean(0.5, 4);
        close(g.excess(0.5), zonesim.distribution.Quadrature.excess(g, 0.5));
    }

    @Test
    void uniformAndFixedExcess() {
        // U[1, 3]: tau = 0.5 -> 2 - 0.5 = 1.5; tau = 2 -> (3 - 2)^2 / (2 * 2) = 0.25; fixed 4 h, tau 1 -> 3
        Uniform u = new Uniform(1, 3);
        close(1.5, u.excess(0.5));
        close(0.25, u.excess(2));
        assertEquals(0, u.excess(3));
        close(3, new Fixed(4).excess(1));
    }

    @Test
    void backupIntegralsMatchAnIndependentOrderOfIntegration() {
        // E[(R - tau - G)+] = int f_G(g) E[(R - tau - g)+] dg and P(tau + G < R) = int f_G(g) S_R(tau + g) dg,
        // integrating over G's density with commons-math (the engine integrates F_G against S_R or f_R)
        double[][] cases = {{0}, {0.25}};
        LogNormal r = LogNormal.ofMedian(4, 1.2);
        Weibull g = Weibull.ofMean(1.5, 3);
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
        Uniform u = new Uniform(2, 6);
        Gamma ga = Gamma.ofMean(2, 3);
        GammaDistribution gd = new GammaDistribution(ga.shape(), ga.scaleHours());
        close(BruteForce.integrate(x -> gd.density(x) * u.excess(x), 0, 80, 800), Excess.delayedExcess(u, ga, 0));
        close(BruteForce.integrate(x -> gd.density(x) * u.survival(x), 0, 80, 800), Excess.delayedProbability(u, ga, 0));
        Uniform gu = new Uniform(1, 4);
        // gamma E[(R - g)+] = k theta (1 - F_{k+1}(g)) - g (1 - F_k(g)) (size-biased law), commons-math cdfs
        GammaDistribution biased = new GammaDistribution(ga.shape() + 1, ga.scaleHours());
        double excess = BruteForce.integrate(x -> (ga.meanHours() * (1 - biased.cumulativeProbability(x))
                - x * (1 - gd.cumulativeProbability(x))) / 3, 1, 4, 30);
        close(excess, Excess.delayedExcess(ga, gu, 0));
        double prob = BruteForce.integrate(x -> (1 - gd.cumulativeProbability(x)) / 3, 1, 4, 30);
        close(prob, Excess.delayedProbability(ga, gu, 0));
    }

    /** Lognormal E[(R - t)+] from commons-math's normal distribution: m Phi(d1) - t Phi(d2). */
    private static double bruteLogNormalExcess(LogNormal r, double t) {
        double d1 = (r.mu() + r.sigma() * r.sigma() - Math.log(t)) / r.sigma();
        return r.meanHours() * NORMAL.cumulativeProbability(d1) - t * NORMAL.cumulativeProbability(d1 - r.sigma());
    }

    @Test
    void generalBackupIntegralReproducesTheExponentialClosedForm() {
        // int_0^inf F_G(x) S_R(x + tau) dx with R ~ Exp(r = 4 h), G ~ Exp(g = 1500 h), tau = 0.5 h
        // equals e^{-tau/r} r^2 / (r + g); int F_G(x) f_R(x + tau) dx equals e^{-tau/r} r / (r + g)
        Distribution r = new Exponential(4);
        Distribution g = new Exponential(1500);
        double tau = 0.5;
        close(Math.exp(-tau / 4) * 16 / 1504,
                zonesim.distribution.Quadrature.halfLine(x -> g.cdf(x) * r.survival(x + tau), 0, 4, 1500));
        close(Math.exp(-tau / 4) * 4 / 1504,
                zonesim.distribution.Quadrature.halfLine(x -> g.cdf(x) * r.density(x + tau), 0, 4, 1500));
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
            assertTrue(e >= 0 && e <= r.excess(tau) * (1 + 1e-12), what + " excess " + e);
            assertTrue(p >= 0 && p <= r.survival(tau) * (1 + 1e-12), what + " probability " + p);
        }
    }

    private static Distribution randomLaw(java.util.Random rnd) {
        double mean = Math.exp(rnd.nextGaussian() * 2);
        double shape = 0.3 + 4 * rnd.nextDouble();
        return switch (rnd.nextInt(6)) {
            case 0 -> new Exponential(mean);
            case 1 -> Weibull.ofMean(shape, mean);
            case 2 -> LogNormal.ofMeanCv(mean, shape);
            case 3 -> Gamma.ofMean(shape, mean);
            case 4 -> new Uniform(mean * rnd.nextDouble(), mean * (1 + rnd.nextDouble()));
            default -> new Fixed(mean);
        };
    }
}
