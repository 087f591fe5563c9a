package zonesim.distribution;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * What we believe about a parameter we do not know exactly (SPEC 9 {@code uncertain}):
 * a law over the parameter's value, in whatever unit the parameter has, drawn by its
 * inverse distribution function (so a Latin hypercube's stratified uniforms map to
 * stratified values). The families are the usual ones of probabilistic risk assessment
 * (NUREG/CR-6823, "Handbook of Parameter Estimation for Probabilistic Risk Assessment",
 * 2003, 6.2): log-uniform for an order-of-magnitude range, uniform, triangular from a
 * min / most likely / max judgement, and lognormal from a median and a spread.
 */
public sealed interface ParameterLaw {

    /** The value below which a share {@code p} in [0, 1] of the law lies. */
    double quantile(double p);

    /** The median, which {@code run} uses as the parameter's nominal value. */
    default double median() {
        return quantile(0.5);
    }

    /** The family name as written in a scenario. */
    String family();

    /** Uniform on the logarithm: every factor of ten within [min, max] equally likely; min > 0. */
    record LogUniform(double min, double max) implements ParameterLaw {
        public LogUniform {
            if (!(min > 0) || !(max > min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("loguniform needs 0 < min < max");
            }
        }

        @Override
        public double quantile(double p) {
            return p <= 0 ? min : p >= 1 ? max : min * Math.pow(max / min, p);
        }

        @Override
        public String family() {
            return "loguniform";
        }
    }

    /** Uniform on [min, max]. */
    record Uniform(double min, double max) implements ParameterLaw {
        public Uniform {
            if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("uniform needs min < max");
            }
        }

        @Override
        public double quantile(double p) {
            return p <= 0 ? min : p >= 1 ? max : min + p * (max - min);
        }

        @Override
        public String family() {
            return "uniform";
        }
    }

    /**
     * Triangular on [min, max] with its peak at {@code mode}: F(x) = (x - a)^2 / ((b - a)(c - a))
     * up to the mode c, so the quantile is a + sqrt(p (b - a)(c - a)) below F(c) = (c - a)/(b - a)
     * and b - sqrt((1 - p)(b - a)(b - c)) above (Evans, Hastings and Peacock, "Statistical
     * Distributions", 3rd ed., ch. 40).
     */
    record Triangular(double min, double mode, double max) implements ParameterLaw {
        public Triangular {
            if (!(min <= mode && mode <= max && min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("triangular needs min <= mode <= max and min < max");
            }
        }

        @Override
        public double quantile(double p) {
            double q = Math.max(0, Math.min(1, p));
            double width = max - min;
            if (q < (mode - min) / width) {
                return min + Math.sqrt(q * width * (mode - min));
            }
            return max - Math.sqrt((1 - q) * width * (max - mode));
        }

        @Override
        public String family() {
            return "triangular";
        }
    }

    /**
     * Lognormal with the given median and log-scale spread sigma: quantile median * exp(sigma z_p).
     * An error factor EF (95th percentile / median, the PRA convention) is sigma = ln(EF) / 1.645.
     */
    record LogNormal(double median, double sigma) implements ParameterLaw {
        private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

        public LogNormal {
            if (!(median > 0) || !(sigma > 0) || !Double.isFinite(median) || !Double.isFinite(sigma)) {
                throw new IllegalArgumentException("lognormal needs median > 0 and sigma > 0");
            }
        }

        /** The law with this median and error factor EF > 1 (P(X < median * EF) = 0.95). */
        public static LogNormal ofErrorFactor(double median, double errorFactor) {
            if (!(errorFactor > 1)) {
                throw new IllegalArgumentException("error_factor must be > 1");
            }
            return new LogNormal(median, Math.log(errorFactor) / STANDARD.inverseCumulativeProbability(0.95));
        }

        @Override
        public double quantile(double p) {
            if (p <= 0) {
                return 0;
            }
            return p >= 1 ? Double.POSITIVE_INFINITY : median * Math.exp(sigma * STANDARD.inverseCumulativeProbability(p));
        }

        @Override
        public double median() {
            return median;
        }

        @Override
        public String family() {
            return "lognormal";
        }
    }
}
