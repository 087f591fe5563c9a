package zonesim.registry;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import zonesim.structure.GateNetwork;
import zonesim.structure.NodeListener;

/**
 * Pushes at risk and lost (SPEC 4.6), counted in expectation without simulating pushes.
 *
 * <p>Pushes routed to a replica land in one of its available holding domains (a zone of
 * a zone-redundant replica, chosen uniformly; the datacenter of a pinned one). A push is
 * <b>in flight</b> until its first copy in a second domain: another zone of the replica
 * after {@code zone_lag}, each other available replica after its own {@code geo_lag}.
 * Within a stretch of constant push rate lambda and constant copy targets (a segment),
 * this is an M/G/infinity queue: the expected number in flight that a segment of age a has
 * produced is lambda E[min(L, a)], L the first-copy lag (infinite while no target is
 * available). When a segment ends, that expectation moves to a pool that drains with the
 * new targets' lag survival function and waits while there is none. When a domain becomes
 * unavailable, what is in flight there counts as <b>at risk</b> (each push at most once);
 * when its datacenters are all destroyed, it is <b>lost</b>.
 *
 * <p>A domain with no second domain in the configuration at all (a lone pinned replica,
 * or a zone-redundant one in a region with one zone and no other replica) is
 * <b>single-homed</b>: its pushes are not in flight, so they never count as at risk
 * (availability already measures that domain failing), but they count in the
 * single-homed share, and a destruction loses all of them. When a second domain appears (a
 * replica added and synced), its initial copy takes that content. A configuration change
 * that retires a domain (the replica switches placement mode or is removed) counts nothing:
 * its data is taken as moved with the replica. Simplification: a drained pool restarts its
 * drain at each segment change, which slightly overstates pools that span several changes.
 */
public final class DataAtRisk implements NodeListener {
    private final GateNetwork network;
    private final LagIntegrals lags;
    private final int[] replicaOf;
    private final Holder[] holders;
    private final int[] first;   // replica i's domains are first[i] .. first[i + 1] - 1
    private final int[] node;    // per domain: its holder node
    private final int[] guard;   // per domain: its guard (-1: none)
    private final int[] pull;    // per replica: its pull node
    private final int[] present; // per replica: its presence node (-1: always present)
    private final double[] rate;
    private final int[] targets; // LagIntegrals.code of the copy targets available now
    private final boolean[] homed; // a second domain exists in the configuration
    private final double[] segmentStart;
    private final double[] pool;
    private final double[] fresh; // the part of pool not yet counted at risk
    private final double[] drainFrom;
    private final double[] single; // single-homed content
    private final long[] survivalKey; // per domain: bits of (t, drainFrom) of the last survival computed, and its code
    private final double[] survival;  // per domain: that survival (a segment change evaluates it up to three times)
    private final double startHours;
    private double[] replicaRate;
    private double atRisk;
    private double lost;
    private double pushes;
    private double singleHomedPushes;

    /** Tracks every holding domain of {@code replicas} from time {@code startHours}. */
    public DataAtRisk(GateNetwork network, List<ReplicaNodes> replicas, LagIntegrals lags, double startHours) {
        this.network = network;
        this.lags = lags;
        this.startHours = startHours;
        int n = replicas.stream().mapToInt(r -> r.holders().size()).sum();
        replicaOf = new int[n];
        holders = new Holder[n];
        first = new int[replicas.size() + 1];
        node = new int[n];
        guard = new int[n];
        pull = new int[replicas.size()];
        present = new int[replicas.size()];
        rate = new double[n];
        targets = new int[n];
        homed = new boolean[n];
        segmentStart = new double[n];
        pool = new double[n];
        fresh = new double[n];
        drainFrom = new double[n];
        single = new double[n];
        survivalKey = new long[3 * n];
        survival = new double[n];
        Arrays.fill(survivalKey, -1);
        replicaRate = new double[replicas.size()];
        Set<Integer> watched = new LinkedHashSet<>();
        int h = 0;
        for (int i = 0; i < replicas.size(); i++) {
            ReplicaNodes r = replicas.get(i);
            first[i] = h;
            pull[i] = r.pull();
            present[i] = r.present();
            watched.add(r.pull());
            if (r.present() >= 0) {
                watched.add(r.present());
            }
            for (Holder hd : r.holders()) {
                replicaOf[h] = i;
                holders[h] = hd;
                node[h] = hd.node();
                guard[h] = hd.guard();
                drainFrom[h] = Double.NaN;
                segmentStart[h] = startHours;
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
        first[replicas.size()] = n;
        watched.forEach(x -> network.listen(x, this));
        for (int k = 0; k < n; k++) {
            targets[k] = targetsOf(k);
            homed[k] = homedNow(k);
        }
    }

    /**
     * Follows the pushes of {@code endpoint}'s clients ({@code pushesPerHour[c]} for client
     * c) to the replicas they are routed to, while those accept pushes.
     */
    public void follow(GlobalEndpoint endpoint, double[] pushesPerHour) {
        ClientListener l = (c, pullUp, pushUp, hours) -> {
            double[] r = new double[pull.length];
            for (int k = 0; k < endpoint.clients(); k++) {
                if (endpoint.pushUp(k) && endpoint.routed(k) >= 0) {
                    r[endpoint.routed(k)] += pushesPerHour[k];
                }
            }
            replicaRate = r;
            settle(hours);
        };
        endpoint.observe(l);
        l.changed(-1, true, true, startHours);
    }

    @Override
    public void changed(int node, boolean up, double hours) {
        if (!up) {
            for (int h = 0; h < holders.length; h++) {
                Holder hd = holders[h];
                boolean serving = hd.guard() < 0 || network.isUp(hd.guard());
                if (hd.raw() == node && serving && homed[h]) {
                    atRisk += uncounted(h, hours);
                    fold(h, hours);
                    fresh[h] = 0;
                }
                if (hd.guard() == node || serving && contains(hd.destructions(), node) && allDown(hd.destructions())) {
                    fold(h, hours);
                    if (hd.guard() != node) {
                        lost += pool[h] + single[h];
                    }
                    pool[h] = 0;
                    fresh[h] = 0;
                    single[h] = 0;
                }
            }
        }
        settle(hours);
    }

    /**
     * Starts counting at time {@code t} (0, after a steady start's warm-up): content already
     * single-homed then is left out, so a later destruction loses what was pushed since.
     */
    public void startCounting(double t) {
        for (int h = 0; h < holders.length; h++) {
            if (!homed[h]) {
                fold(h, t);
                single[h] = 0;
            }
        }
    }

    /**
     * Totals from the start up to time {@code t}: expected pushes at risk, lost, accepted, and
     * accepted into a single-homed domain.
     */
    public double[] totals(double t) {
        double accepted = pushes;
        double alone = singleHomedPushes;
        for (int h = 0; h < holders.length; h++) {
            double p = rate[h] * Math.max(0, t - segmentStart[h]);
            accepted += p;
            alone += homed[h] ? 0 : p;
        }
        return new double[] {atRisk, lost, accepted, alone};
    }

    /** Expected in-flight pushes in domain {@code h} at time {@code t}. */
    double inFlight(int h, double t) {
        return drained(h, pool[h], t) + current(h, t);
    }

    /** The part of {@link #inFlight} not yet counted at risk (each push counts at most once). */
    private double uncounted(int h, double t) {
        return drained(h, fresh[h], t) + current(h, t);
    }

    private double drained(int h, double p, double t) {
        return p > 0 && !Double.isNaN(drainFrom[h]) ? p * survival(h, t) : p;
    }

    /** The lag survival S(t - drainFrom) of domain {@code h}'s targets, computed once per (t, drainFrom, targets). */
    private double survival(int h, double t) {
        long tb = Double.doubleToRawLongBits(t);
        long fb = Double.doubleToRawLongBits(drainFrom[h]);
        int k = 3 * h;
        if (survivalKey[k] != tb || survivalKey[k + 1] != fb || survivalKey[k + 2] != targets[h]) {
            survival[h] = lags.survival(targets[h], t - drainFrom[h]);
            survivalKey[k] = tb;
            survivalKey[k + 1] = fb;
            survivalKey[k + 2] = targets[h];
        }
        return survival[h];
    }

    /** Expected in-flight pushes of the current segment: rate x E[min(L, age)] (M/G/infinity). */
    private double current(int h, double t) {
        double age = t - segmentStart[h];
        return homed[h] && rate[h] > 0 && age > 0 ? rate[h] * lags.integral(targets[h], age) : 0;
    }

    /** Ends the current segment at {@code t}: its pushes are counted and its expectation joins the pools. */
    private void fold(int h, double t) {
        double accepted = rate[h] * Math.max(0, t - segmentStart[h]);
        pushes += accepted;
        if (homed[h]) {
            double p = inFlight(h, t);
            fresh[h] = uncounted(h, t);
            pool[h] = p;
        } else {
            singleHomedPushes += accepted;
            single[h] += accepted;
        }
        segmentStart[h] = t;
        drainFrom[h] = targets[h] == 0 ? Double.NaN : t;
    }

    private void settle(double t) {
        for (int h = 0; h < holders.length; h++) {
            double r = rateOf(h);
            int tg = targetsOf(h);
            boolean hm = homedNow(h);
            if (r != rate[h] || tg != targets[h] || hm != homed[h]) {
                fold(h, t);
                rate[h] = r;
                targets[h] = tg;
                if (hm && !homed[h]) {
                    single[h] = 0; // the new second domain's initial sync copies the single-homed content
                } else if (!hm && homed[h]) {
                    single[h] += pool[h]; // no second domain any more: what was in flight stays single-homed
                    pool[h] = 0;
                    fresh[h] = 0;
                }
                homed[h] = hm;
                drainFrom[h] = tg == 0 ? Double.NaN : t;
            }
        }
    }

    private double rateOf(int h) {
        int i = replicaOf[h];
        if (!network.isUp(node[h]) || replicaRate[i] == 0) {
            return 0;
        }
        int up = 0;
        for (int k = first[i]; k < first[i + 1]; k++) {
            up += network.isUp(node[k]) ? 1 : 0;
        }
        return replicaRate[i] / up;
    }

    private int targetsOf(int h) {
        if (!network.isUp(node[h])) {
            return 0;
        }
        int i = replicaOf[h];
        int zones = 0;
        for (int k = first[i]; k < first[i + 1]; k++) {
            zones += k != h && network.isUp(node[k]) ? 1 : 0;
        }
        int geo = 0;
        for (int j = 0; j < pull.length; j++) {
            geo += j != i && network.isUp(pull[j]) ? 1 : 0;
        }
        return LagIntegrals.code(zones > 0, geo);
    }

    /** True iff the configuration offers domain {@code h} a second domain: another zone in its mode, or another replica. */
    private boolean homedNow(int h) {
        int i = replicaOf[h];
        int g = guard[h];
        for (int k = first[i]; k < first[i + 1]; k++) {
            if (k != h && guard[k] == g && (g < 0 || network.isUp(g))) {
                return true;
            }
        }
        for (int j = 0; j < present.length; j++) {
            if (j != i && (present[j] < 0 || network.isUp(present[j]))) {
                return true;
            }
        }
        return false;
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
