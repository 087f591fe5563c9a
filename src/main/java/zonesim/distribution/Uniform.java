package zonesim.distribution;

import java.util.random.RandomGenerator;

/** Uniform on [min, max] hours. */
public record Uniform(double minHours, double maxHours) implements Distribution {
    /** Validates: 0 <= min <= max < infinity. */
    public Uniform {
        if (!(minHours >= 0) || !(maxHours >= minHours) || Double.isInfinite(maxHours)) {
            throw new IllegalArgumentException("uniform needs 0 <= min <= max");
        }
    }

    @Override
    public String family() {
        return "uniform";
    }

    @Override
    public double meanHours() {
        return (minHours + maxHours) / 2;
    }

    @Override
    public double survival(double x) {
        return x < minHours ? 1 : x >= maxHours ? 0 : (maxHours - x) / (maxHours - minHours);
    }

    @Override
    public double cdf(double x) {
        return x < minHours ? 0 : x >= maxHours ? 1 : (x - minHours) / (maxHours - minHours);
    }

    @Override
    public double density(double x) {
        if (!hasDensity()) {
            throw new IllegalStateException("a degenerate uniform has no density");
        }
        return x < minHours || x > maxHours ? 0 : 1 / (maxHours - minHours);
    }

    @Override
    public boolean hasDensity() {
        return maxHours > minHours;
    }

    @Override
    public double[] features() {
        return new double[] {minHours, maxHours};
    }

    @Override
    public double excess(double tau) {
        double a = minHours;
        double b = maxHours;
        return tau <= a ? (a + b) / 2 - tau : tau >= b ? 0 : (b - tau) * (b - tau) / (2 * (b - a));
    }

    @Override
    public Sampler sampler(RandomGenerator rng) {
        double lo = minHours;
        double width = maxHours - minHours;
        return () -> lo + width * rng.nextDouble();
    }

    /** Density proportional to x on [a, b]: F(x) = (x^2 - a^2) / (b^2 - a^2), inverted. */
    @Override
    public Sampler lengthBiasedSampler(RandomGenerator rng) {
        double a2 = minHours * minHours;
        double span = maxHours * maxHours - a2;
        return () -> Math.sqrt(a2 + span * rng.nextDouble());
    }

    @Override
    public Distribution scaled(double factor) {
        return new Uniform(minHours * factor, maxHours * factor);
    }

    @Override
    public String describe() {
        return "uniform(" + Hours.describe(minHours) + " to " + Hours.describe(maxHours) + ")";
    }
}
