package zonesim.distribution;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.GammaDistribution;

/** Gamma with shape k and scale theta in hours; mean k theta. */
public record Gamma(double shape, double scaleHours) implements Distribution {
    /** Validates: shape and scale positive and finite. */
    public Gamma {
        if (!(shape > 0) || !(scaleHours > 0) || Double.isInfinite(shape) || Double.isInfinite(scaleHours)) {
            throw new IllegalArgumentException("gamma shape and scale must be > 0");
        }
    }

    /** By shape and mean. */
    public static Gamma ofMean(double shape, double meanHours) {
        return new Gamma(shape, meanHours / shape);
    }

    @Override
    public String family() {
        return "gamma";
    }

    @Override
    public double meanHours() {
        return shape * scaleHours;
    }

    @Override
    public double survival(double x) {
        return x <= 0 ? 1 : org.apache.commons.math3.special.Gamma.regularizedGammaQ(shape, x / scaleHours);
    }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : org.apache.commons.math3.special.Gamma.regularizedGammaP(shape, x / scaleHours);
    }

    @Override
    public double density(double x) {
        if (x <= 0) {
            return 0;
        }
        return Math.exp((shape - 1) * Math.log(x / scaleHours) - x / scaleHours
                - org.apache.commons.math3.special.Gamma.logGamma(shape)) / scaleHours;
    }

    @Override
    public double[] features() {
        double m = meanHours();
        return new double[] {0.1 * m, m, 3 * m};
    }

    /** k theta Q(k + 1, z) - tau Q(k, z), z = tau / theta; by quadrature where that cancels. */
    @Override
    public double excess(double tau) {
        if (tau <= 0) {
            return meanHours();
        }
        double z = tau / scaleHours;
        double plus = meanHours() * org.apache.commons.math3.special.Gamma.regularizedGammaQ(shape + 1, z);
        double minus = tau * org.apache.commons.math3.special.Gamma.regularizedGammaQ(shape, z);
        return minus <= 0.5 * plus ? plus - minus : Quadrature.excess(this, tau);
    }

    /** commons-math3 (Marsaglia and Tsang 2000; Ahrens and Dieter for shape < 1). */
    @Override
    public Sampler sampler(RandomGenerator rng) {
        GammaDistribution g = new GammaDistribution(new Adapter(rng), shape, scaleHours);
        return g::sample;
    }

    /** Weighting by T raises the shape by one: Gamma(k + 1, theta). */
    @Override
    public Sampler lengthBiasedSampler(RandomGenerator rng) {
        GammaDistribution g = new GammaDistribution(new Adapter(rng), shape + 1, scaleHours);
        return g::sample;
    }

    @Override
    public Distribution scaled(double factor) {
        return new Gamma(shape, scaleHours * factor);
    }

    @Override
    public String describe() {
        return "gamma(shape " + Hours.number(shape) + ", mean " + Hours.describe(meanHours()) + ")";
    }
}
