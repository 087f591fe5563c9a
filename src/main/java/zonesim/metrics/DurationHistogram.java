package zonesim.metrics;

/**
 * Counts of durations in logarithmic bins, 10 per decade from 1 second to 10 years
 * (plus an underflow and an overflow bin); for outage-duration distributions in constant
 * memory.
 */
public final class DurationHistogram {
    /** Lower edge of bin 1, in hours (1 second). */
    public static final double MIN_HOURS = 1.0 / 3600;
    /** Bins per decade. */
    public static final int PER_DECADE = 10;
    /** Number of bins including underflow (0) and overflow (last). */
    public static final int BINS = 2 + PER_DECADE * 9;

    private final long[] counts = new long[BINS];

    /** Adds one duration. */
    public void add(double hours) {
        counts[bin(hours)]++;
    }

    /** Adds {@code n} to bin {@code bin} (a count taken from another histogram). */
    public void addToBin(int bin, long n) {
        counts[bin] += n;
    }

    /** Adds all counts of {@code other}. */
    public void addAll(DurationHistogram other) {
        for (int i = 0; i < BINS; i++) {
            counts[i] += other.counts[i];
        }
    }

    /** Count in bin {@code i}. */
    public long count(int i) {
        return counts[i];
    }

    /** Upper edge of bin {@code i} in hours. */
    public static double upperEdgeHours(int i) {
        return i >= BINS - 1 ? Double.POSITIVE_INFINITY : MIN_HOURS * Math.pow(10, (double) i / PER_DECADE);
    }

    static int bin(double hours) {
        if (!(hours >= MIN_HOURS)) {
            return 0;
        }
        int b = 1 + (int) Math.floor(Math.log10(hours / MIN_HOURS) * PER_DECADE);
        return Math.min(b, BINS - 1);
    }
}
