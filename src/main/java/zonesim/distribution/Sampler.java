package zonesim.distribution;

/** Draws durations in hours from one law and one random stream (bound at creation). */
@FunctionalInterface
public interface Sampler {
    /** One draw in hours; {@code +Infinity} for an event that never happens. */
    double sample();
}
