package zonesim.distribution;

import java.util.random.RandomGenerator;

/** An infinite duration: a process with {@code ttf: never} never fails. Use {@link Distribution#NEVER}. */
public record Never() implements Distribution {
    @Override
    public String family() {
        return "never";
    }

    @Override
    public double meanHours() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double survival(double x) {
        return 1;
    }

    @Override
    public double cdf(double x) {
        return 0;
    }

    @Override
    public double density(double x) {
        throw new IllegalStateException("never has no density");
    }

    @Override
    public boolean hasDensity() {
        return false;
    }

    @Override
    public double[] features() {
        return new double[0];
    }

    @Override
    public double excess(double tau) {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public Sampler sampler(RandomGenerator rng) {
        return () -> Double.POSITIVE_INFINITY;
    }

    @Override
    public Sampler lengthBiasedSampler(RandomGenerator rng) {
        return sampler(rng);
    }

    @Override
    public Distribution scaled(double factor) {
        return this;
    }

    @Override
    public String describe() {
        return "never";
    }
}
