package zonesim.metrics;

import zonesim.structure.NodeListener;

/**
 * Streams the downtime of one observed node: total down hours, number of outages (up to
 * down transitions) and a log-scale histogram of outage durations. Constant memory,
 * whatever the horizon. An outage still open at the horizon is cut there.
 */
public final class OutageRecorder implements NodeListener {
    private double downSince = Double.NaN;
    private double downHours;
    private long outages;
    private final DurationHistogram durations = new DurationHistogram();

    /** Starts a recorder; {@code initiallyUp} is the node's state at time 0. */
    public OutageRecorder(boolean initiallyUp) {
        if (!initiallyUp) {
            downSince = 0;
            outages = 1;
        }
    }

    @Override
    public void changed(int node, boolean up, double hours) {
        if (up) {
            double d = hours - downSince;
            downHours += d;
            durations.add(d);
            downSince = Double.NaN;
        } else {
            downSince = hours;
            outages++;
        }
    }

    /** Closes an open outage at {@code horizonHours}; call once at the end of the run. */
    public void finish(double horizonHours) {
        if (!Double.isNaN(downSince)) {
            double d = horizonHours - downSince;
            downHours += d;
            durations.add(d);
            downSince = Double.NaN;
        }
    }

    /** Down hours accumulated up to time {@code hours} (counting an outage still open then). */
    public double downHoursAt(double hours) {
        return downHours + (Double.isNaN(downSince) ? 0 : hours - downSince);
    }

    /** True while the observed node is up. */
    public boolean isUp() {
        return Double.isNaN(downSince);
    }

    /** Total down hours. */
    public double downHours() {
        return downHours;
    }

    /** Number of outages begun. */
    public long outages() {
        return outages;
    }

    /** Outage durations seen. */
    public DurationHistogram durations() {
        return durations;
    }
}
