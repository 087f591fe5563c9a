package zonesim.failure;

import zonesim.structure.GateNetwork;

/**
 * A leaf that injected outages hold down. Overlapping outages on one element nest: the
 * leaf is down while at least one holds it, and the element recovers only when the
 * injected outages and its random failures have all ended (SPEC 4.7).
 */
public final class ForcedDown {
    private final GateNetwork network;
    private final int leaf;
    private int holders;

    /** Drives {@code leaf} of {@code network}. */
    public ForcedDown(GateNetwork network, int leaf) {
        this.network = network;
        this.leaf = leaf;
    }

    /** One more outage holds the element down from {@code hours}. */
    public void hold(double hours) {
        if (holders++ == 0) {
            network.set(leaf, false, hours);
        }
    }

    /** One outage lets go at {@code hours}. */
    public void release(double hours) {
        if (--holders == 0) {
            network.set(leaf, true, hours);
        }
    }
}
