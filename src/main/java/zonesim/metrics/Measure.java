package zonesim.metrics;

/**
 * What a metric's number is: its unit, the range its value and interval live in, and
 * which direction is better. Reports read this instead of guessing from a metric's name.
 */
public enum Measure {
    /** A fraction of time up, in [0, 1]; higher is better. */
    AVAILABILITY("fraction", 1, Better.HIGHER),
    /** Minutes down per 8760-hour year; lower is better. */
    DOWNTIME("minutes per year", Double.POSITIVE_INFINITY, Better.LOWER),
    /** Occurrences per 8760-hour year (outages, interruptions, failed requests, pushes); lower is better. */
    RATE("per year", Double.POSITIVE_INFINITY, Better.LOWER),
    /** A duration in minutes (mean outage); lower is better. */
    MINUTES("minutes", Double.POSITIVE_INFINITY, Better.LOWER),
    /** A probability in [0, 1] of something bad (SLA breach, data loss); lower is better. */
    PROBABILITY("probability", 1, Better.LOWER),
    /** A share in [0, 1] of something undesirable (pushes without a second copy); lower is better. */
    SHARE("share", 1, Better.LOWER),
    /** A count per replication with no better direction (censored outages). */
    COUNT("count", Double.POSITIVE_INFINITY, Better.NEITHER),
    /** Money per year in the scenario's currency; lower is better. */
    MONEY("per year", Double.POSITIVE_INFINITY, Better.LOWER);

    /** Which direction of change is an improvement. */
    public enum Better { HIGHER, LOWER, NEITHER }

    private final String unit;
    private final double max;
    private final Better better;

    Measure(String unit, double max, Better better) {
        this.unit = unit;
        this.max = max;
        this.better = better;
    }

    /** The unit, for people. */
    public String unit() {
        return unit;
    }

    /** The largest value (1 for fractions and probabilities, else infinity); the least is 0. */
    public double max() {
        return max;
    }

    /** Which direction is better. */
    public Better better() {
        return better;
    }

    /** "better", "worse" or "different" for a change of sign {@code difference} that is not chance. */
    public String verdict(double difference) {
        if (better == Better.NEITHER || difference == 0) {
            return "different";
        }
        return (difference > 0) == (better == Better.HIGHER) ? "better" : "worse";
    }

    /** The value clipped to [0, max] (NaN stays NaN). */
    public double clip(double x) {
        return Double.isNaN(x) ? x : Math.max(0, Math.min(max, x));
    }
}
