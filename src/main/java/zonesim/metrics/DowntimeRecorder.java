package zonesim.metrics;

import zonesim.structure.NodeListener;

/** Cumulative down hours of one observed node, from time 0 (constant memory). */
public final class DowntimeRecorder implements NodeListener, Downtime {
    private double downSince = Double.NaN;
    private double downHours;

    /** A recorder whose node is up or down at time 0. */
    public DowntimeRecorder(boolean upAtStart) {
        if (!upAtStart) {
            downSince = 0;
        }
    }

    @Override
    public void changed(int node, boolean up, double hours) {
        if (up) {
            downHours += hours - downSince;
            downSince = Double.NaN;
        } else {
            downSince = hours;
        }
    }

    /** True while the node is up. */
    public boolean isUp() {
        return Double.isNaN(downSince);
    }

    @Override
    public double downHoursAt(double hours) {
        return downHours + (Double.isNaN(downSince) ? 0 : hours - downSince);
    }
}
