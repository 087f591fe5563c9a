package zonesim.registry;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import zonesim.structure.GateNetwork;
import zonesim.structure.NodeListener;

/**
 * Pushes at risk and lost (SPEC 4.6), counted in expectation without simulating pushes.
 *
 * <p>Pushes routed to a replica land in one of its available holding domains (a zone of
 * a zone-redundant replica, chosen uniformly; the datacenter of a pinned one) and stay
 * single-homed until their first copy elsewhere: to another zone of the replica after
 * {@code zone_lag}, to each other available replica after its own draw of
 * {@code geo_lag}. Within a stretch of constant push rate lambda and constant copy
 * targets (a segment), this is an M/G/infinity queue, so the expected number of
 * single-homed pushes a segment of age a has produced is lambda E[min(L, a)] with L the
 * first-copy lag (infinite when no target is available). When a segment ends, that
 * expectation moves to a pool, which drains with the new targets' lag survival function
 * and stays put while there is none. When a domain becomes unavailable, its current
 * expectation counts as at risk; when its datacenters are all destroyed, as lost (and
 * the pool empties). Each push counts at risk at most once: the first time a domain
 * holding it alone becomes unavailable. A configuration change that retires a domain
 * (the replica switches placement mode or is removed) counts nothing: its data is taken
 * as moved with the replica. Simplification: a drained pool restarts its drain at each
 * segment change, which slightly overstates pools that span several changes.
 */
public final class DataAtRisk implements NodeListener {
    private final GateNetwork network;
    private final List<ReplicaNodes> replicas;
    private final LagIntegrals lags;
    private final int[] replicaOf;
    private final Holder[] holders;
    private final double[] rate;
    private final int[] targets; // LagIntegrals.code of the copy targets available now
    private final double[] segmentStart;
    private final double[] pool;
    private final double[] fresh; // the part of pool not yet counted at risk
    private final double[] drainFrom;
    private double[] replicaRate;
    private double atRisk;
    private double lost;

    /** Tracks every holding domain of {@code replicas}. */
    public DataAtRisk(GateNetwork network, List<ReplicaNodes> replicas, LagIntegrals lags) {
        this.network = network;
        this.replicas = List.copyOf(replicas);
        this.lags = lags;
        int n = replicas.stream().mapToInt(r -> r.holders().size()).sum();
        replicaOf = new int[n];
        holders = new Holder[n];
        rate = new double[n];
        targets = new int[n];
        segmentStart = new double[n];
        pool = new double[n];
        fresh = new double[n];
        drainFrom = new double[n];
        replicaRate = new double[replicas.size()];
        Set<Integer> watched = new LinkedHashSet<>();
        int h = 0;
        for (int i = 0; i < replicas.size(); i++) {
            ReplicaNodes r = replicas.get(i);
            watched.add(r.pull());
            for (Holder hd : r.holders()) {
                replicaOf[h] = i;
                holders[h] = hd;
                drainFrom[h] = Double.NaN;
                watched.add(hd.node());
                watched.add(hd.raw());
                if (hd.guard() >= 0) {
                    watched.add(hd.guard());
                }
                for (int d : hd.destructions()) {
                    watched.add(d);
                }
                h++;
            }
        }
        watched.forEach(node -> network.listen(node, this));
        for (int k = 0; k < n; k++) {
            targets[k] = targetsOf(k);
        }
    }

    /**
     * Follows the pushes of {@code endpoint}'s clients ({@code pushesPerHour[c]} for client
     * c) to the replicas they are routed to, while those accept pushes.
     */
    public void follow(GlobalEndpoint endpoint, double[] pushesPerHour) {
        ClientListener l = (c, pullUp, pushUp, hours) -> {
            double[] r = new double[replicas.size()];
            for (int k = 0; k < endpoint.clients(); k++) {
                if (endpoint.pushUp(k) && endpoint.routed(k) >= 0) {
                    r[endpoint.routed(k)] += pushesPerHour[k];
                }
            }
            replicaRate = r;
            settle(hours);
        };
        endpoint.observe(l);
        l.changed(-1, true, true, 0);
    }

    @Override
    public void changed(int node, boolean up, double hours) {
        if (!up) {
            for (int h = 0; h < holders.length; h++) {
                Holder hd = holders[h];
                boolean serving = hd.guard() < 0 || network.isUp(hd.guard());
                if (hd.raw() == node && serving) {
                    atRisk += uncounted(h, hours);
                    fold(h, hours);
                    fresh[h] = 0;
                }
                if (hd.guard() == node || serving && contains(hd.destructions(), node) && allDown(hd.destructions())) {
                    if (hd.guard() != node) {
                        lost += singleHomed(h, hours);
                    }
                    fold(h, hours);
                    pool[h] = 0;
                    fresh[h] = 0;
                }
            }
        }
        settle(hours);
    }

    /** Expected pushes at risk so far. */
    public double atRisk() {
        return atRisk;
    }

    /** Expected pushes lost so far. */
    public double lost() {
        return lost;
    }

    /** Expected single-homed pushes in domain {@code h} at time {@code t}. */
    double singleHomed(int h, double t) {
        return drained(h, pool[h], t) + inFlight(h, t);
    }

    /** The part of {@link #singleHomed} not yet counted at risk (each push counts at most once). */
    private double uncounted(int h, double t) {
        return drained(h, fresh[h], t) + inFlight(h, t);
    }

    private double drained(int h, double p, double t) {
        return p > 0 && !Double.isNaN(drainFrom[h]) ? p * lags.survival(targets[h], t - drainFrom[h]) : p;
    }

    /** Expected single-homed pushes of the current segment: rate x E[min(L, age)] (M/G/infinity). */
    private double inFlight(int h, double t) {
        double age = t - segmentStart[h];
        return rate[h] > 0 && age > 0 ? rate[h] * lags.integral(targets[h], age) : 0;
    }

    /** Ends the current segment at {@code t}: its expectation joins the pools, which restart draining. */
    private void fold(int h, double t) {
        double p = singleHomed(h, t);
        fresh[h] = uncounted(h, t);
        pool[h] = p;
        segmentStart[h] = t;
        drainFrom[h] = targets[h] == 0 ? Double.NaN : t;
    }

    private void settle(double t) {
        for (int h = 0; h < holders.length; h++) {
            double r = rateOf(h);
            int tg = targetsOf(h);
            if (r != rate[h] || tg != targets[h]) {
                fold(h, t);
                rate[h] = r;
                targets[h] = tg;
                drainFrom[h] = tg == 0 ? Double.NaN : t;
            }
        }
    }

    private double rateOf(int h) {
        int i = replicaOf[h];
        if (!network.isUp(holders[h].node()) || replicaRate[i] == 0) {
            return 0;
        }
        int up = 0;
        for (Holder other : replicas.get(i).holders()) {
            up += network.isUp(other.node()) ? 1 : 0;
        }
        return replicaRate[i] / up;
    }

    private int targetsOf(int h) {
        if (!network.isUp(holders[h].node())) {
            return 0;
        }
        int i = replicaOf[h];
        int zones = 0;
        for (Holder other : replicas.get(i).holders()) {
            zones += other != holders[h] && network.isUp(other.node()) ? 1 : 0;
        }
        int geo = 0;
        for (int j = 0; j < replicas.size(); j++) {
            geo += j != i && network.isUp(replicas.get(j).pull()) ? 1 : 0;
        }
        return LagIntegrals.code(zones > 0, geo);
    }

    private boolean allDown(int[] nodes) {
        for (int n : nodes) {
            if (network.isUp(n)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] xs, int x) {
        for (int v : xs) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }
}
