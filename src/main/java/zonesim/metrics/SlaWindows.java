package zonesim.metrics;

/**
 * Cuts time into consecutive windows of {@code windowHours} and counts the windows whose
 * availability falls below {@code target} (SPEC 4.6a). Fed with up/down changes in time
 * order; a last window cut short by the horizon is not judged. Constant memory.
 */
public final class SlaWindows {
    private final double windowHours;
    private final double target;
    private long window;
    private double downInWindow;
    private double downSince = Double.NaN;
    private long judged;
    private long breached;

    /** Windows of {@code windowHours}, breached when availability < {@code target}. */
    public SlaWindows(double windowHours, double target) {
        this.windowHours = windowHours;
        this.target = target;
    }

    /** The observed state changed at {@code hours}. */
    public void changed(boolean up, double hours) {
        advance(hours);
        if (up) {
            if (!Double.isNaN(downSince)) {
                downInWindow += hours - downSince;
                downSince = Double.NaN;
            }
        } else if (Double.isNaN(downSince)) {
            downSince = hours;
        }
    }

    /** Judges every window that ends at or before {@code horizonHours}. */
    public void finish(double horizonHours) {
        advance(horizonHours);
    }

    private void advance(double hours) {
        while ((window + 1) * windowHours <= hours) {
            double end = (window + 1) * windowHours;
            double down = downInWindow;
            if (!Double.isNaN(downSince)) {
                down += end - Math.max(downSince, window * windowHours);
                downSince = end;
            }
            judged++;
            if (1 - down / windowHours < target) {
                breached++;
            }
            window++;
            downInWindow = 0;
        }
    }

    /** Judges the windows that end at or before {@code hours}; returns {judged, breached} so far. */
    public long[] countsAt(double hours) {
        advance(hours);
        return new long[] {judged, breached};
    }
}
