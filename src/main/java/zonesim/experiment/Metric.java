package zonesim.experiment;

/**
 * A reported metric, named by its dotted path in summary.json (SPEC 6). A plain metric's
 * per-replication value is {@code offset + scale * column}, estimated by the mean over
 * replications; a ratio metric ({@code denominator >= 0}) is
 * {@code scale * sum(column) / sum(denominator)} over all replications.
 */
public record Metric(String name, int column, int denominator, double offset, double scale) {

    /** A plain per-replication mean. */
    public static Metric mean(String name, int column, double offset, double scale) {
        return new Metric(name, column, -1, offset, scale);
    }

    /** A ratio of sums over replications. */
    public static Metric ratio(String name, int column, int denominator, double scale) {
        return new Metric(name, column, denominator, 0, scale);
    }

    /** True for a ratio of sums. */
    public boolean isRatio() {
        return denominator >= 0;
    }

    /** The per-replication value of a plain metric. */
    public double value(double[] columns) {
        return offset + scale * columns[column];
    }
}
