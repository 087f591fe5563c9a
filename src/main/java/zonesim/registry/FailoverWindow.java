package zonesim.registry;

import zonesim.kernel.EventSource;
import zonesim.kernel.Simulator;
import zonesim.structure.GateNetwork;
import zonesim.structure.NodeListener;

/**
 * The error window of a zone-redundant replica while it drops a failed zone (SPEC 4.3):
 * when one of its zones goes down while the replica stays available, requests fail for
 * {@code zone_failover}. Listens to the replica's zones; holds a leaf of the replica down
 * for the window (a second zone failure inside a window extends it).
 */
final class FailoverWindow implements EventSource, NodeListener {
    private final GateNetwork network;
    private final int core;
    private final int leaf;
    private final double windowHours;
    private final Simulator sim;
    private final int slot;
    private double until = Double.NEGATIVE_INFINITY;

    FailoverWindow(Simulator sim, GateNetwork network, int core, int leaf, double windowHours) {
        this.sim = sim;
        this.network = network;
        this.core = core;
        this.leaf = leaf;
        this.windowHours = windowHours;
        this.slot = sim.register(this);
    }

    @Override
    public void changed(int zone, boolean up, double hours) {
        if (!up && network.isUp(core)) {
            until = Math.max(until, hours + windowHours);
            network.set(leaf, false, hours);
            sim.schedule(slot, until);
        }
    }

    @Override
    public int fire(Simulator s, double hours) {
        network.set(leaf, true, hours);
        return 0; // the end of an error window is no state change of a random or injected process
    }
}
