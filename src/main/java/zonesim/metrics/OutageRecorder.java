package zonesim.metrics;

import zonesim.structure.NodeListener;

/**
 * Streams the outages of one observed node (SPEC 4.3, 4.7) over the time windows of a
 * replication (window 0 the whole horizon [0, T), then each phase [a, b)), in constant
 * memory: cumulative down hours and outage starts, and per window the outages that started
 * there and ended before T, the ones whose duration is unknown (censored: still open at T,
 * or already open at 0), and a log-scale histogram of complete durations (whole horizon).
 *
 * <p>Mean durations: a complete outage of duration d that started in window [a, b) enters
 * with weight 1 / P(complete), P(complete) = min(1, (T - d - a) / (b - a)), the share of
 * start positions in the window from which it would end before T. Long outages are more
 * likely to be cut off by the horizon, so leaving censored outages out biases a plain mean
 * low; under a steady start, outage starts are uniform in time and this Horvitz-Thompson
 * weighting (Horvitz and Thompson 1952) makes the mean consistent for E[D | D < T - a].
 */
public final class OutageRecorder implements NodeListener, Downtime {
    private final double horizon;
    private final double[] starts;
    private final double[] ends;
    private final DurationHistogram durations = new DurationHistogram();
    private final double[] complete;
    private final double[] weight;
    private final double[] weightedMinutes;
    private final double[] censored;
    private double downSince = Double.NaN;
    private boolean truncated;
    private double downHours;
    private long outages;

    /**
     * A recorder whose node is up or down at time 0 ({@code upAtStart}); window w spans
     * [windowStarts[w], windowEnds[w]) and window 0 is [0, horizon).
     */
    public OutageRecorder(boolean upAtStart, double horizonHours, double[] windowStarts, double[] windowEnds) {
        this.horizon = horizonHours;
        this.starts = windowStarts.clone();
        this.ends = windowEnds.clone();
        int w = starts.length;
        complete = new double[w];
        weight = new double[w];
        weightedMinutes = new double[w];
        censored = new double[w];
        if (!upAtStart) {
            downSince = 0;
            truncated = true;
        }
    }

    @Override
    public void changed(int node, boolean up, double hours) {
        if (up) {
            double d = hours - downSince;
            downHours += d;
            if (truncated) {
                censor(0);
            } else {
                completed(downSince, d);
            }
            downSince = Double.NaN;
            truncated = false;
        } else {
            downSince = hours;
            outages++;
        }
    }

    /** Closes an outage still open at the horizon (right-censored); call once at the end. */
    public void finish() {
        if (!Double.isNaN(downSince)) {
            downHours += horizon - downSince;
            censor(truncated ? 0 : downSince);
            downSince = Double.NaN;
        }
    }

    private void completed(double start, double d) {
        durations.add(d);
        for (int w = 0; w < starts.length; w++) {
            if (start >= starts[w] && start < ends[w]) {
                double p = Math.min(1, (horizon - d - starts[w]) / (ends[w] - starts[w]));
                double wt = p > 0 ? 1 / p : 1;
                complete[w]++;
                weight[w] += wt;
                weightedMinutes[w] += wt * d * 60;
            }
        }
    }

    private void censor(double start) {
        for (int w = 0; w < starts.length; w++) {
            if (start >= starts[w] && start < ends[w]) {
                censored[w]++;
            }
        }
    }

    /** Down hours accumulated up to time {@code hours} (counting an outage still open then). */
    @Override
    public double downHoursAt(double hours) {
        return downHours + (Double.isNaN(downSince) ? 0 : hours - Math.max(downSince, 0));
    }

    /** True while the observed node is up. */
    public boolean isUp() {
        return Double.isNaN(downSince);
    }

    /** Outages begun so far (an outage open at time 0 began earlier and is not counted). */
    public long outages() {
        return outages;
    }

    /** Complete outages that started in window {@code w}. */
    public double complete(int w) {
        return complete[w];
    }

    /** Sum of the completion weights of window {@code w}'s complete outages. */
    public double weight(int w) {
        return weight[w];
    }

    /** Weighted sum of window {@code w}'s complete outage durations, in minutes. */
    public double weightedMinutes(int w) {
        return weightedMinutes[w];
    }

    /** Outages of window {@code w} whose duration is unknown (open at the horizon, or already at 0 for window 0's first phase). */
    public double censored(int w) {
        return censored[w];
    }

    /** Complete outage durations seen (whole horizon). */
    public DurationHistogram durations() {
        return durations;
    }
}
