package zonesim.experiment;

/**
 * A reported metric, named by its dotted path in summary.json (SPEC 6).
 * <ul>
 * <li>{@link Kind#MEAN}: per-replication value {@code offset + scale * column}, estimated by
 * the mean over replications with a Student-t interval;</li>
 * <li>{@link Kind#RATIO}: {@code scale * sum(column) / sum(denominator)} over replications,
 * delta-method interval;</li>
 * <li>{@link Kind#PROPORTION}: successes {@code column} out of trials {@code denominator},
 * pooled over replications, Wilson interval.</li>
 * </ul>
 */
public record Metric(String name, Kind kind, int column, int denominator, double offset, double scale) {

    /** How a metric is estimated. */
    public enum Kind { MEAN, RATIO, PROPORTION }

    /** A plain per-replication mean. */
    public static Metric mean(String name, int column, double offset, double scale) {
        return new Metric(name, Kind.MEAN, column, -1, offset, scale);
    }

    /** A ratio of sums over replications. */
    public static Metric ratio(String name, int column, int denominator, double scale) {
        return new Metric(name, Kind.RATIO, column, denominator, 0, scale);
    }

    /** A pooled binomial proportion. */
    public static Metric proportion(String name, int successes, int trials) {
        return new Metric(name, Kind.PROPORTION, successes, trials, 0, 1);
    }

    /** True for a ratio of sums (ratios and proportions). */
    public boolean isRatio() {
        return kind != Kind.MEAN;
    }

    /** The per-replication value of a plain metric. */
    public double value(double[] columns) {
        return offset + scale * columns[column];
    }
}
