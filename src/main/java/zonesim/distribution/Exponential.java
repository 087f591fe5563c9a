package zonesim.distribution;

import java.util.random.RandomGenerator;

/** Exponential with the given mean in hours; memoryless, so its excess over tau is S(tau) times the mean. */
public record Exponential(double meanHours) implements Distribution {
    /** Validates: the mean must be positive and finite. */
    public Exponential {
        if (!(meanHours > 0) || Double.isInfinite(meanHours)) {
            throw new IllegalArgumentException("exponential mean must be > 0 and finite");
        }
    }

    @Override
    public String family() {
        return "exponential";
    }

    @Override
    public double survival(double x) {
        return x <= 0 ? 1 : Math.exp(-x / meanHours);
    }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : -Math.expm1(-x / meanHours);
    }

    @Override
    public double density(double x) {
        return x < 0 ? 0 : Math.exp(-x / meanHours) / meanHours;
    }

    @Override
    public double[] features() {
        return new double[] {0.1 * meanHours, meanHours, 3 * meanHours};
    }

    @Override
    public double excess(double tau) {
        return tau <= 0 ? meanHours : meanHours * Math.exp(-tau / meanHours);
    }

    /** The JDK generator's exact ziggurat exponential, scaled. */
    @Override
    public Sampler sampler(RandomGenerator rng) {
        double mean = meanHours;
        return () -> mean * rng.nextExponential();
    }

    /** Length-biased exponential: Gamma(2, mean), the sum of two exponentials. */
    @Override
    public Sampler lengthBiasedSampler(RandomGenerator rng) {
        double mean = meanHours;
        return () -> mean * (rng.nextExponential() + rng.nextExponential());
    }

    @Override
    public Distribution scaled(double factor) {
        return new Exponential(meanHours * factor);
    }

    @Override
    public String describe() {
        return "exponential(mean " + Hours.describe(meanHours) + ")";
    }
}
