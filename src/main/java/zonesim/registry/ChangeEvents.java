package zonesim.registry;

import java.util.List;
import zonesim.kernel.EventSource;
import zonesim.kernel.Simulator;
import zonesim.structure.GateNetwork;

/**
 * Applies the configuration timeline ({@link ChangePlan}) during a replication: switches
 * replicas' presence and placement-mode leaves and the endpoint's routing flags at the
 * planned times. Steps at time 0 are applied when the system is built.
 */
final class ChangeEvents implements EventSource {
    /** Control leaves of one replica (-1 where the replica never switches that state). */
    record Controls(int present, int absent, int zoneRedundantMode, int pinnedMode) { }

    private final List<ChangePlan.Step> steps;
    private final List<Controls> controls;
    private final GateNetwork network;
    private final boolean[] present;
    private final boolean[] routing;
    private GlobalEndpoint endpoint;
    private int next;
    private int slot = -1;

    ChangeEvents(ChangePlan plan, List<Controls> controls, GateNetwork network) {
        this.steps = plan.steps();
        this.controls = controls;
        this.network = network;
        int n = plan.replicas().size();
        present = new boolean[n];
        routing = new boolean[n];
        for (int i = 0; i < n; i++) {
            present[i] = true;
            routing[i] = plan.replicas().get(i).routing();
        }
        while (next < steps.size() && steps.get(next).hours() <= 0) {
            apply(steps.get(next++), 0);
        }
    }

    /** Whether the endpoint may route to each replica now. */
    boolean[] routable() {
        boolean[] r = new boolean[present.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = present[i] && routing[i];
        }
        return r;
    }

    /** Starts applying the remaining steps; {@code endpoint} may be null (no clients). */
    void start(Simulator sim, GlobalEndpoint globalEndpoint) {
        this.endpoint = globalEndpoint;
        if (next < steps.size()) {
            slot = sim.register(this);
            sim.schedule(slot, steps.get(next).hours());
        }
    }

    @Override
    public int fire(Simulator sim, double hours) {
        while (next < steps.size() && steps.get(next).hours() <= hours) {
            apply(steps.get(next++), hours);
        }
        if (endpoint != null) {
            boolean[] r = routable();
            for (int i = 0; i < r.length; i++) {
                endpoint.setRoutable(i, r[i], hours);
            }
        }
        if (next < steps.size()) {
            sim.schedule(slot, steps.get(next).hours());
        }
        return 0; // configuration changes are not counted as simulation events (SPEC 6)
    }

    private void swap(int raise, int lower, double hours) {
        network.set(raise, true, hours);
        network.set(lower, false, hours);
    }

    private void apply(ChangePlan.Step st, double hours) {
        Controls c = controls.get(st.replica());
        switch (st.kind()) {
            // each switch raises the leaf that becomes true before lowering the other, so
            // the nodes they feed never pass through a zero-length outage
            case PRESENT -> {
                present[st.replica()] = st.on();
                swap(st.on() ? c.present() : c.absent(), st.on() ? c.absent() : c.present(), hours);
            }
            case ROUTING -> routing[st.replica()] = st.on();
            case ZONE_REDUNDANT -> swap(st.on() ? c.zoneRedundantMode() : c.pinnedMode(),
                    st.on() ? c.pinnedMode() : c.zoneRedundantMode(), hours);
            default -> throw new IllegalStateException();
        }
    }
}
