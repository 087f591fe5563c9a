package zonesim.distribution;

import java.util.random.RandomGenerator;
import org.apache.commons.numbers.gamma.Erfc;

/** Log-normal: ln(T) ~ Normal(mu, sigma^2), T in hours; median = exp(mu). */
public record LogNormal(double mu, double sigma) implements Distribution {
    private static final double SQRT2 = Math.sqrt(2);
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    /** Validates: sigma positive, mu finite. */
    public LogNormal {
        if (!(sigma > 0) || Double.isInfinite(sigma) || !Double.isFinite(mu)) {
            throw new IllegalArgumentException("lognormal sigma must be > 0");
        }
    }

    /** By median (hours) and sigma. */
    public static LogNormal ofMedian(double medianHours, double sigma) {
        return new LogNormal(Math.log(medianHours), sigma);
    }

    /** By mean (hours) and coefficient of variation: sigma^2 = ln(1 + cv^2). */
    public static LogNormal ofMeanCv(double meanHours, double cv) {
        double s2 = Math.log1p(cv * cv);
        return new LogNormal(Math.log(meanHours) - s2 / 2, Math.sqrt(s2));
    }

    @Override
    public String family() {
        return "lognormal";
    }

    /** The median exp(mu) in hours. */
    public double medianHours() {
        return Math.exp(mu);
    }

    @Override
    public double meanHours() {
        return Math.exp(mu + sigma * sigma / 2);
    }

    @Override
    public double survival(double x) {
        return x <= 0 ? 1 : 0.5 * Erfc.value((Math.log(x) - mu) / (sigma * SQRT2));
    }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : 0.5 * Erfc.value(-(Math.log(x) - mu) / (sigma * SQRT2));
    }

    @Override
    public double density(double x) {
        if (x <= 0) {
            return 0;
        }
        double z = (Math.log(x) - mu) / sigma;
        return Math.exp(-0.5 * z * z - LOG_SQRT_2PI - Math.log(x * sigma));
    }

    @Override
    public double[] features() {
        return new double[] {Math.exp(mu - 2 * sigma), Math.exp(mu), Math.exp(mu + 2 * sigma)};
    }

    /** m Phi(d1) - tau Phi(d1 - s), d1 = (mu + s^2 - ln tau) / s; by quadrature where that cancels. */
    @Override
    public double excess(double tau) {
        if (tau <= 0) {
            return meanHours();
        }
        double d1 = (mu + sigma * sigma - Math.log(tau)) / sigma;
        double plus = meanHours() * Quadrature.phi(d1);
        double minus = tau * Quadrature.phi(d1 - sigma);
        return minus <= 0.5 * plus ? plus - minus : Quadrature.excess(this, tau);
    }

    /** exp(mu + sigma Z) with the JDK's ziggurat normal. */
    @Override
    public Sampler sampler(RandomGenerator rng) {
        double m = mu;
        double s = sigma;
        return () -> Math.exp(m + s * rng.nextGaussian());
    }

    /** Weighting by T shifts ln T by sigma^2: the length-biased law is LogNormal(mu + sigma^2, sigma). */
    @Override
    public Sampler lengthBiasedSampler(RandomGenerator rng) {
        double m = mu + sigma * sigma;
        double s = sigma;
        return () -> Math.exp(m + s * rng.nextGaussian());
    }

    @Override
    public Distribution scaled(double factor) {
        return new LogNormal(mu + Math.log(factor), sigma);
    }

    @Override
    public String describe() {
        return "lognormal(median " + Hours.describe(medianHours()) + ", sigma " + Hours.number(sigma) + ")";
    }
}
