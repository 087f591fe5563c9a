package zonesim.distribution;

import java.util.random.RandomGenerator;

/** A fixed duration in hours. */
public record Fixed(double hours) implements Distribution {
    /** Validates: 0 <= hours < infinity. */
    public Fixed {
        if (!(hours >= 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException("fixed duration must be >= 0 and finite");
        }
    }

    @Override
    public String family() {
        return "fixed";
    }

    @Override
    public double meanHours() {
        return hours;
    }

    @Override
    public double survival(double x) {
        return x < hours ? 1 : 0;
    }

    @Override
    public double cdf(double x) {
        return x >= hours ? 1 : 0;
    }

    @Override
    public double density(double x) {
        throw new IllegalStateException("a fixed duration has no density");
    }

    @Override
    public boolean hasDensity() {
        return false;
    }

    @Override
    public double[] features() {
        return new double[] {hours};
    }

    @Override
    public double excess(double tau) {
        return Math.max(hours - Math.max(tau, 0), 0);
    }

    @Override
    public Sampler sampler(RandomGenerator rng) {
        double h = hours;
        return () -> h;
    }

    /** Every period has the same length, so length-biasing changes nothing. */
    @Override
    public Sampler lengthBiasedSampler(RandomGenerator rng) {
        return sampler(rng);
    }

    @Override
    public Distribution scaled(double factor) {
        return new Fixed(hours * factor);
    }

    @Override
    public String describe() {
        return Hours.describe(hours);
    }
}
