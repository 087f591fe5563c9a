package zonesim.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import zonesim.distribution.Sampler;
import zonesim.kernel.EventSource;
import zonesim.kernel.Simulator;
import zonesim.model.RoutingSpec;
import zonesim.structure.GateNetwork;
import zonesim.structure.NodeListener;

/**
 * The global endpoint (SPEC 4.5). For each replica it keeps the routing layer's belief,
 * which lags the probe's view: a failure is learnt after {@code detection} plus a uniform
 * share of {@code dns_ttl} (drawn per failure from the replica's routing stream) and is
 * never learnt if the replica recovers first; a recovery is learnt after
 * {@code recovery_detection}. Each client region is routed to the first replica of its
 * preference order that is routable and believed healthy, else to the first routable
 * one; its requests succeed iff that replica is actually available and the endpoint itself
 * is up ({@code routing.endpoint}: while it is down every request through it fails).
 */
public final class GlobalEndpoint implements NodeListener {
    private final Simulator sim;
    private final GateNetwork network;
    private final RoutingSpec spec;
    private final List<ReplicaNodes> replicas;
    private final boolean[] routable;
    private final boolean[] believedUp;
    private final List<int[]> orders = new ArrayList<>();
    private final List<ClientListener> listeners = new ArrayList<>();
    private final List<ClientListener> observers = new ArrayList<>();
    private final List<int[]> state = new ArrayList<>(); // {routed, pullUp, pushUp}
    private final int endpointNode;

    /**
     * An endpoint over {@code replicas}; {@code streams.get(i)} draws replica i's detection
     * delays; {@code endpointNode} is up iff the endpoint itself is (-1: it never fails).
     */
    public GlobalEndpoint(Simulator sim, GateNetwork network, RoutingSpec spec, List<ReplicaNodes> replicas,
                          boolean[] routable, List<RandomGenerator> streams, int endpointNode) {
        this.sim = sim;
        this.network = network;
        this.spec = spec;
        this.replicas = List.copyOf(replicas);
        this.routable = routable.clone();
        this.believedUp = new boolean[replicas.size()];
        this.endpointNode = endpointNode;
        if (endpointNode >= 0) {
            network.listen(endpointNode, this);
        }
        for (int i = 0; i < replicas.size(); i++) {
            ReplicaNodes r = replicas.get(i);
            believedUp[i] = network.isUp(r.probe());
            network.listen(r.probe(), new Belief(i, streams.get(i)));
            network.listen(r.pull(), this);
            if (r.push() != r.pull()) {
                network.listen(r.push(), this);
            }
        }
    }

    /** Adds a client with a preference order of replica indices; returns its index. */
    public int addClient(int[] order, ClientListener listener) {
        orders.add(order.clone());
        listeners.add(listener);
        int[] s = evaluate(order);
        state.add(s);
        return orders.size() - 1;
    }

    /** Adds a listener told of every client's route or availability change. */
    public void observe(ClientListener l) {
        observers.add(l);
    }

    /** Number of clients. */
    public int clients() {
        return orders.size();
    }

    /** True iff client {@code c}'s pulls currently succeed. */
    public boolean pullUp(int c) {
        return state.get(c)[1] == 1;
    }

    /** True iff client {@code c}'s pushes currently succeed. */
    public boolean pushUp(int c) {
        return state.get(c)[2] == 1;
    }

    /** The replica index client {@code c} is routed to now (-1 when none is routable). */
    public int routed(int c) {
        return state.get(c)[0];
    }

    /** Turns routed traffic to replica {@code i} on or off (ACR regionEndpointEnabled). */
    public void setRoutable(int i, boolean on, double hours) {
        routable[i] = on;
        reroute(hours);
    }

    @Override
    public void changed(int node, boolean up, double hours) {
        reroute(hours);
    }

    private void reroute(double hours) {
        for (int c = 0; c < orders.size(); c++) {
            int[] now = evaluate(orders.get(c));
            int[] was = state.get(c);
            state.set(c, now);
            if (now[1] != was[1] || now[2] != was[2]) {
                listeners.get(c).changed(c, now[1] == 1, now[2] == 1, hours);
            }
            if (now[0] != was[0] || now[2] != was[2]) {
                for (ClientListener o : observers) {
                    o.changed(c, now[1] == 1, now[2] == 1, hours);
                }
            }
        }
    }

    private int[] evaluate(int[] order) {
        int routed = -1;
        for (int i : order) {
            if (routable[i] && believedUp[i]) {
                routed = i;
                break;
            }
        }
        if (routed < 0) {
            for (int i : order) {
                if (routable[i]) {
                    routed = i;
                    break;
                }
            }
        }
        if (routed < 0) {
            return new int[] {-1, 0, 0};
        }
        ReplicaNodes r = replicas.get(routed);
        boolean through = endpointNode < 0 || network.isUp(endpointNode);
        return new int[] {routed, through && network.isUp(r.pull()) ? 1 : 0, through && network.isUp(r.push()) ? 1 : 0};
    }

    /** The routing layer's belief about one replica, lagging its probe view. */
    private final class Belief implements NodeListener, EventSource {
        private final int replica;
        private final RandomGenerator rng;
        private final Sampler detection;
        private final int slot;

        Belief(int replica, RandomGenerator rng) {
            this.replica = replica;
            this.rng = rng;
            this.detection = spec.detection().sampler(rng);
            this.slot = sim.register(this);
        }

        @Override
        public void changed(int node, boolean up, double hours) {
            if (up == believedUp[replica]) {
                sim.cancel(slot); // a change not yet learnt is undone: it was never seen
            } else if (up) {
                sim.schedule(slot, hours + spec.recoveryDetectionHours());
            } else {
                double delay = detection.sample() + rng.nextDouble() * spec.dnsTtlHours();
                sim.schedule(slot, hours + delay);
            }
        }

        @Override
        public int fire(Simulator s, double hours) {
            believedUp[replica] = !believedUp[replica];
            reroute(hours);
            return 0; // routing belief, not a random or injected process
        }
    }
}
