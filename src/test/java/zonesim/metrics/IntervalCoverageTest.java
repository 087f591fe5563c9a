package zonesim.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Coverage: over many seeded small samples with a known true value, each interval method
 * must cover it at close to its nominal 95%.
 *
 * <p>Limits. With M independent trials and true coverage c, the number K of covering
 * intervals is Binomial(M, c). We accept |K - 0.95 M| <= 3.29 sqrt(M 0.95 0.05), the
 * two-sided 99.9% normal limits around nominal: M = 1000 gives [928, 972], M = 2000
 * [1869, 1931]. A correct method (c within a few thousandths of 0.95, see each test)
 * passes with probability about 0.999; the seeds are fixed, so the outcome is
 * deterministic. The bugs this guards against move coverage far outside: a half-width
 * off by sqrt(n) gives about 1.00 or 0.51, a Wilson z^2/4n term in place of z^2/4n^2 about
 * 1.00, a ratio interval not divided by mean(den) = 2 about 1.00.
 */
class IntervalCoverageTest {
    private static final double Z999 = 3.2905;

    private static void assertNearNominal(int covered, int trials, String what) {
        double expected = 0.95 * trials;
        double limit = Z999 * Math.sqrt(trials * 0.95 * 0.05);
        assertTrue(Math.abs(covered - expected) <= limit,
                () -> what + ": " + covered + " of " + trials + " intervals covered; limits "
                        + Math.ceil(expected - limit) + ".." + Math.floor(expected + limit));
    }

    @Test
    void studentTCoversTheMeanOfNormalSamples() {
        // n = 10 draws from N(5, 2^2): the t interval is exact here, c = 0.95.
        SplittableRandom r = new SplittableRandom(20240501L);
        int trials = 1000;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double[] x = new double[10];
            for (int i = 0; i < x.length; i++) {
                x[i] = 5 + 2 * r.nextGaussian();
            }
            Interval i = Interval.studentT(x, 0.95);
            covered += i.low() <= 5 && 5 <= i.high() ? 1 : 0;
        }
        assertNearNominal(covered, trials, "Student-t");
    }

    @Test
    void wilsonCoversBinomialProportions() {
        // n = 50 Bernoulli trials with p drawn uniformly from [0.1, 0.9] per trial. Wilson's
        // coverage oscillates with p (Brown, Cai and DasGupta 2001, Statistical Science 16);
        // averaged over this range it is 0.9509 (exact binomial sums over a fine grid of p,
        // computed independently of this code).
        SplittableRandom r = new SplittableRandom(7L);
        int trials = 2000;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double p = 0.1 + 0.8 * r.nextDouble();
            int k = 0;
            for (int i = 0; i < 50; i++) {
                k += r.nextDouble() < p ? 1 : 0;
            }
            Interval i = Interval.wilson(k, 50, 0.95);
            covered += i.low() <= p && p <= i.high() ? 1 : 0;
        }
        assertNearNominal(covered, trials, "Wilson");
    }

    @Test
    void ratioIntervalCoversTheRatioOfMeans() {
        // n = 30 pairs: den ~ U(1, 3), num = 1.5 den + N(0, 0.5^2), so the true ratio of
        // means is 1.5 and mean(den) = 2. The delta-method interval is asymptotic; its
        // coverage for this design is 0.951 (20000 independent simulated trials).
        SplittableRandom r = new SplittableRandom(99L);
        int trials = 1000;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double[] num = new double[30];
            double[] den = new double[30];
            for (int i = 0; i < num.length; i++) {
                den[i] = 1 + 2 * r.nextDouble();
                num[i] = 1.5 * den[i] + 0.5 * r.nextGaussian();
            }
            Interval i = Interval.ratio(num, den, 0.95);
            covered += i.low() <= 1.5 && 1.5 <= i.high() ? 1 : 0;
        }
        assertNearNominal(covered, trials, "ratio");
    }
}
