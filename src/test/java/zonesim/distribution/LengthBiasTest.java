package zonesim.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * The length-biased law of every family (density x f(x) / E[X]) has mean E[X^2] / E[X]; the
 * closed forms below are written from each family's moments, not from the code under test.
 * A wrong length-biasing (plain sampling, or the wrong shape shift) moves the mean by far
 * more than the tolerance.
 */
class LengthBiasTest {
    private static final int N = 200_000;

    private static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    /**
     * Sample mean of {@code n} draws against {@code expected}: tolerance 4.5 standard errors
     * (sample standard deviation / sqrt(n)); a correct sampler fails with probability 7e-6.
     */
    private static void assertLengthBiasedMean(Distribution d, double expected, long seed) {
        Sampler s = d.lengthBiasedSampler(rng(seed));
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double x = s.sample();
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / N;
        double sd = Math.sqrt((sumSq - N * mean * mean) / (N - 1));
        assertEquals(expected, mean, 4.5 * sd / Math.sqrt(N) + 1e-12 * expected, d.describe());
    }

    private static double gamma(double x) {
        return Math.exp(org.apache.commons.math3.special.Gamma.logGamma(x));
    }

    @Test
    void exponentialLengthBiasedMeanIsTwiceTheMean() {
        // E[X^2] / E[X] = 2 m^2 / m = 2 m
        assertLengthBiasedMean(new Exponential(5), 10, 1);
    }

    @Test
    void weibullLengthBiasedMean() {
        // E[X^n] = l^n Gamma(1 + n/k): E[X^2] / E[X] = l Gamma(1 + 2/k) / Gamma(1 + 1/k)
        for (double k : new double[] {0.7, 1.5, 3}) {
            Weibull w = new Weibull(k, 10);
            assertLengthBiasedMean(w, 10 * gamma(1 + 2 / k) / gamma(1 + 1 / k), 2);
        }
    }

    @Test
    void lognormalLengthBiasedMean() {
        // E[X^n] = exp(n mu + n^2 s^2 / 2): E[X^2] / E[X] = exp(mu + 3 s^2 / 2)
        LogNormal l = LogNormal.ofMedian(4, 0.9);
        assertLengthBiasedMean(l, Math.exp(Math.log(4) + 1.5 * 0.81), 3);
    }

    @Test
    void gammaLengthBiasedMean() {
        // E[X] = k t, E[X^2] = k (k + 1) t^2: ratio (k + 1) t
        assertLengthBiasedMean(new Gamma(0.5, 3), 1.5 * 3, 4);
        assertLengthBiasedMean(new Gamma(2.5, 3), 3.5 * 3, 5);
    }

    @Test
    void uniformLengthBiasedMean() {
        // E[X] = (a + b) / 2, E[X^2] = (a^2 + ab + b^2) / 3: U[1, 3] gives (13/3) / 2 = 13/6
        assertLengthBiasedMean(new Uniform(1, 3), 13.0 / 6, 6);
    }

    @Test
    void fixedIsItsOwnLengthBiasedLaw() {
        assertEquals(7, new Fixed(7).lengthBiasedSampler(rng(7)).sample());
    }

    @Test
    void scalingStretchesTimeButKeepsTheShape() {
        // every duration parameter times 3: the mean triples, S_3X(3x) = S_X(x)
        Distribution[] laws = {new Exponential(2), new Weibull(1.5, 2), LogNormal.ofMedian(2, 0.8), new Gamma(2, 1),
            new Uniform(1, 2), new Fixed(2)};
        for (Distribution d : laws) {
            Distribution s = d.scaled(3);
            assertEquals(3 * d.meanHours(), s.meanHours(), 1e-12 * d.meanHours(), d.describe());
            assertEquals(d.survival(1.7), s.survival(5.1), 1e-12, d.describe());
        }
    }

    @Test
    void describeNamesFamilyAndUnits() {
        assertEquals("lognormal(median 4 h, sigma 0.9)", LogNormal.ofMedian(4, 0.9).describe());
        assertEquals("exponential(mean 2 y)", new Exponential(2 * Hours.PER_YEAR).describe());
        assertEquals("1.5 h", new Fixed(1.5).describe());
        assertEquals("30 s", new Fixed(30.0 / 3600).describe());
        assertEquals("uniform(1 min to 3 min)", new Uniform(1.0 / 60, 3.0 / 60).describe());
    }
}
