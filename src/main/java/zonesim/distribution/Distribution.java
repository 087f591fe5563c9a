package zonesim.distribution;

import java.util.random.RandomGenerator;

/**
 * A non-negative duration distribution, in hours: one object per family that knows its
 * mean, tails, density, partial moment, samplers and its stationary (length-biased) draw
 * (in the shape of Apache Commons Statistics' {@code ContinuousDistribution}). Sealed, so
 * an unknown family cannot exist; each family validates its parameters in its constructor.
 *
 * <p>Every tail is computed directly (never as 1 - tiny), so the exact engine keeps its
 * precision near 1e-15.
 */
public sealed interface Distribution permits Exponential, Weibull, LogNormal, Gamma, Uniform, Fixed, Never {

    /** The one {@link Never} value. */
    Distribution NEVER = new Never();

    /** The family's name as written in a scenario ({@code exponential}, ...). */
    String family();

    /** Mean in hours; {@code +Infinity} for {@link Never}. */
    double meanHours();

    /** S(x) = P(T > x). */
    double survival(double x);

    /** F(x) = P(T <= x). */
    double cdf(double x);

    /** Density f(x); only where {@link #hasDensity()} holds. */
    double density(double x);

    /** True for the absolutely continuous laws (not fixed, never or a degenerate uniform). */
    default boolean hasDensity() {
        return true;
    }

    /** Points where the law kinks or holds most of its mass: breakpoints for quadrature. */
    double[] features();

    /**
     * E[(T - tau)+] = integral_tau^inf S(x) dx, the expected excess over tau (Klugman,
     * Panjer and Willmot, "Loss Models": limited expected value); the mean when tau <= 0.
     */
    double excess(double tau);

    /** A sampler of this law drawing from {@code rng}, created once per stream. */
    Sampler sampler(RandomGenerator rng);

    /**
     * A sampler of the length-biased law, density x f(x) / mean: the length of the period
     * that covers a fixed instant of a stationary renewal process (Ross, "Stochastic
     * Processes", 3.4). With a uniform position in it, it gives the process's stationary state.
     */
    Sampler lengthBiasedSampler(RandomGenerator rng);

    /** This law with time stretched by {@code factor} > 0 (every duration parameter scaled). */
    Distribution scaled(double factor);

    /** A short description with units, for reports: {@code lognormal(median 4 h, sigma 0.9)}. */
    String describe();

    /** True iff the duration is infinite (the event never happens). */
    default boolean isNever() {
        return this instanceof Never;
    }
}
