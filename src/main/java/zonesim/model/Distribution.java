package zonesim.model;

/**
 * A non-negative duration distribution, in hours. The records carry parameters and the
 * closed-form quantities the exact engine needs; sampling lives in {@code zonesim.failure}.
 */
public sealed interface Distribution {

    /** Mean in hours; {@code +Infinity} for {@link Never}. */
    double meanHours();

    /** Exponential with the given mean. */
    record Exponential(double meanHours) implements Distribution {
        public Exponential {
            if (!(meanHours > 0) || Double.isInfinite(meanHours)) {
                throw new IllegalArgumentException("exponential mean must be > 0 and finite");
            }
        }
    }

    /** Weibull with shape k and scale lambda (hours): S(t) = exp(-(t/lambda)^k). */
    record Weibull(double shape, double scaleHours) implements Distribution {
        public Weibull {
            if (!(shape > 0) || !(scaleHours > 0)) {
                throw new IllegalArgumentException("weibull shape and scale must be > 0");
            }
        }

        /** The Weibull whose mean is {@code meanHours}: scale = mean / Gamma(1 + 1/k). */
        public static Weibull ofMean(double shape, double meanHours) {
            return new Weibull(shape, meanHours / Math.exp(
                    org.apache.commons.math3.special.Gamma.logGamma(1 + 1 / shape)));
        }

        @Override
        public double meanHours() {
            return scaleHours * Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1 + 1 / shape));
        }
    }

    /** Log-normal: ln(T) ~ Normal(mu, sigma^2), T in hours; median = exp(mu). */
    record LogNormal(double mu, double sigma) implements Distribution {
        public LogNormal {
            if (!(sigma > 0) || !Double.isFinite(mu)) {
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
        public double meanHours() {
            return Math.exp(mu + sigma * sigma / 2);
        }
    }

    /** Gamma with shape k and scale theta (hours); mean k * theta. */
    record Gamma(double shape, double scaleHours) implements Distribution {
        public Gamma {
            if (!(shape > 0) || !(scaleHours > 0)) {
                throw new IllegalArgumentException("gamma shape and scale must be > 0");
            }
        }

        /** By shape and mean. */
        public static Gamma ofMean(double shape, double meanHours) {
            return new Gamma(shape, meanHours / shape);
        }

        @Override
        public double meanHours() {
            return shape * scaleHours;
        }
    }

    /** Uniform on [min, max] hours. */
    record Uniform(double minHours, double maxHours) implements Distribution {
        public Uniform {
            if (!(minHours >= 0) || !(maxHours >= minHours)) {
                throw new IllegalArgumentException("uniform needs 0 <= min <= max");
            }
        }

        @Override
        public double meanHours() {
            return (minHours + maxHours) / 2;
        }
    }

    /** A fixed duration. */
    record Fixed(double hours) implements Distribution {
        public Fixed {
            if (!(hours >= 0) || Double.isInfinite(hours)) {
                throw new IllegalArgumentException("fixed duration must be >= 0 and finite");
            }
        }

        @Override
        public double meanHours() {
            return hours;
        }
    }

    /** Never happens: an infinite duration (a process with {@code ttf: never} never fails). */
    record Never() implements Distribution {
        @Override
        public double meanHours() {
            return Double.POSITIVE_INFINITY;
        }
    }

    /** The singleton-like {@link Never} value. */
    Distribution NEVER = new Never();
}
