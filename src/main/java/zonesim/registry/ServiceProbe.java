package zonesim.registry;

import java.util.random.RandomGenerator;
import zonesim.structure.GateNetwork;
import zonesim.structure.NodeListener;

/**
 * What the health probe sees of a replica's service (SPEC 4.5): each service incident is
 * missed with probability {@code undetected} (a draw per incident from the replica's own
 * detection stream); a missed incident leaves the probe's view up until the repair.
 */
final class ServiceProbe implements NodeListener {
    private final GateNetwork network;
    private final int seenLeaf;
    private final double undetected;
    private final RandomGenerator rng;

    ServiceProbe(GateNetwork network, int seenLeaf, double undetected, RandomGenerator rng) {
        this.network = network;
        this.seenLeaf = seenLeaf;
        this.undetected = undetected;
        this.rng = rng;
    }

    @Override
    public void changed(int service, boolean up, double hours) {
        if (up) {
            network.set(seenLeaf, true, hours);
        } else if (!(rng.nextDouble() < undetected)) {
            network.set(seenLeaf, false, hours);
        }
    }
}
