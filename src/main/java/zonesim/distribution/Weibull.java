package zonesim.distribution;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.GammaDistribution;

/** Weibull with shape k and scale lambda in hours: S(t) = exp(-(t / lambda)^k). */
public record Weibull(double shape, double scaleHours) implements Distribution {
    /** Validates: shape and scale must be positive and finite. */
    public Weibull {
        if (!(shape > 0) || !(scaleHours > 0) || Double.isInfinite(shape) || Double.isInfinite(scaleHours)) {
            throw new IllegalArgumentException("weibull shape and scale must be > 0");
        }
    }

    /** The Weibull whose mean is {@code meanHours}: scale = mean / Gamma(1 + 1/k). */
    public static Weibull ofMean(double shape, double meanHours) {
        return new Weibull(shape, meanHours / gamma1(shape));
    }

    private static double gamma1(double shape) {
        return Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1 + 1 / shape));
    }

    @Override
    public String family() {
        return "weibull";
    }

    @Override
    public double meanHours() {
        return scaleHours * gamma1(shape);
    }

    @Override
    public double survival(double x) {
        return x <= 0 ? 1 : Math.exp(-Math.pow(x / scaleHours, shape));
    }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : -Math.expm1(-Math.pow(x / scaleHours, shape));
    }

    @Override
    public double density(double x) {
        if (x <= 0) {
            return 0;
        }
        double z = Math.pow(x / scaleHours, shape);
        return Math.exp(Math.log(shape / x) + Math.log(z) - z);
    }

    @Override
    public double[] features() {
        double m = meanHours();
        return new double[] {0.1 * m, m, 3 * m};
    }

    /** int_tau^inf exp(-(x/l)^k) dx = l Gamma(1 + 1/k) Q(1/k, (tau/l)^k). */
    @Override
    public double excess(double tau) {
        if (tau <= 0) {
            return meanHours();
        }
        double z = Math.pow(tau / scaleHours, shape);
        return meanHours() * org.apache.commons.math3.special.Gamma.regularizedGammaQ(1 / shape, z);
    }

    /** Inverse transform: lambda E^(1/k) with E a standard exponential. */
    @Override
    public Sampler sampler(RandomGenerator rng) {
        double scale = scaleHours;
        double inv = 1 / shape;
        return () -> scale * Math.pow(rng.nextExponential(), inv);
    }

    /**
     * With Y = (T/lambda)^k standard exponential, weighting by T ~ Y^(1/k) makes Y
     * Gamma(1 + 1/k, 1): the length-biased law is lambda G^(1/k).
     */
    @Override
    public Sampler lengthBiasedSampler(RandomGenerator rng) {
        GammaDistribution g = new GammaDistribution(new Adapter(rng), 1 + 1 / shape, 1);
        double scale = scaleHours;
        double inv = 1 / shape;
        return () -> scale * Math.pow(g.sample(), inv);
    }

    @Override
    public Distribution scaled(double factor) {
        return new Weibull(shape, scaleHours * factor);
    }

    @Override
    public String describe() {
        return "weibull(shape " + Hours.number(shape) + ", mean " + Hours.describe(meanHours()) + ")";
    }
}
