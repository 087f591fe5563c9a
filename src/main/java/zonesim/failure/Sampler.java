package zonesim.failure;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.AbstractRandomGenerator;
import zonesim.model.Distribution;

/**
 * Draws durations in hours from a {@link Distribution}. Exponential and normal variates
 * come from the JDK generator's exact ziggurat methods; Weibull and uniform by exact
 * inverse transform; gamma through commons-math3 (Marsaglia and Tsang 2000).
 */
public interface Sampler {
    /** One draw, in hours; {@code +Infinity} for a process that never happens. */
    double sample(RandomGenerator rng);

    /** The sampler for {@code d}. */
    static Sampler of(Distribution d) {
        if (d instanceof Distribution.Exponential e) {
            double mean = e.meanHours();
            return rng -> mean * rng.nextExponential();
        } else if (d instanceof Distribution.Weibull w) {
            double scale = w.scaleHours();
            double invShape = 1 / w.shape();
            return rng -> scale * Math.pow(rng.nextExponential(), invShape);
        } else if (d instanceof Distribution.LogNormal l) {
            double mu = l.mu();
            double sigma = l.sigma();
            return rng -> Math.exp(mu + sigma * rng.nextGaussian());
        } else if (d instanceof Distribution.Gamma g) {
            double shape = g.shape();
            double scale = g.scaleHours();
            return rng -> new GammaDistribution(new Adapter(rng), shape, scale).sample();
        } else if (d instanceof Distribution.Uniform u) {
            double lo = u.minHours();
            double width = u.maxHours() - u.minHours();
            return rng -> lo + width * rng.nextDouble();
        } else if (d instanceof Distribution.Fixed f) {
            double hours = f.hours();
            return rng -> hours;
        } else {
            return rng -> Double.POSITIVE_INFINITY;
        }
    }

    /** Lets commons-math3 draw from a JDK generator without copying its state. */
    final class Adapter extends AbstractRandomGenerator {
        private final RandomGenerator rng;

        Adapter(RandomGenerator rng) {
            this.rng = rng;
        }

        @Override
        public void setSeed(long seed) {
            throw new UnsupportedOperationException("streams are seeded by derivation");
        }

        @Override
        public double nextDouble() {
            return rng.nextDouble();
        }
    }
}
