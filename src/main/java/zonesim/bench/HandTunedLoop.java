package zonesim.bench;

import zonesim.distribution.Exponential;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import zonesim.distribution.Distribution;
import zonesim.model.FailureSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.RegionSpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.random.Streams;

/**
 * The speed yardstick: a single-purpose simulation loop for models made only of
 * exponential processes (like REF66), written the way one would hand-tune it: flat arrays,
 * an inlined binary heap of next-transition times, counters per datacenter, zone and
 * region, and replica and any-replica downtime accumulated in place. It draws from the
 * same streams as the engine, so its downtime totals match the engine's to rounding.
 */
public final class HandTunedLoop {
    private final int n;
    private final double[] mttf;
    private final double[] mttr;
    private final int[] dcOf;     // datacenter index of a dc process, else -1
    private final int[] zoneOf;   // zone index of a zone process or of a dc process's zone
    private final int[] regionOf; // region index
    private final boolean[] isZoneProcess;
    private final boolean[] isRegionProcess;
    private final String[] streamPath;
    private final String[] streamName;
    private final int zones;
    private final int dcs;
    private final int regions;
    private final int[] dcPerZone;
    private final int[] zonesPerRegion;
    private final int[] replicaRegion;
    private final int[] replicaDc; // -1 for zone-redundant

    /** Compiles {@code s}; throws if it is not all-exponential without outages or replica incidents. */
    public HandTunedLoop(Scenario s) {
        List<double[]> rates = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        int zi = 0;
        int di = 0;
        int ri = 0;
        List<Integer> dcz = new ArrayList<>();
        List<Integer> zr = new ArrayList<>();
        List<String> regionNames = new ArrayList<>();
        List<Integer> firstDc = new ArrayList<>();
        for (RegionSpec r : s.topology().regions().values()) {
            regionNames.add(r.name());
            firstDc.add(di);
            add(s, rates, where, names, ProcessKind.REGION, r.name(), r.name(), new int[] {-1, -1, ri, 2});
            for (int z = 0; z < r.zones(); z++) {
                String zp = r.name() + "/" + RegionSpec.zoneName(z);
                add(s, rates, where, names, ProcessKind.ZONE, zp, zp, new int[] {-1, zi, ri, 1});
                for (int d = 0; d < r.datacentersPerZone(); d++) {
                    String dp = zp + "/" + RegionSpec.datacenterName(d);
                    for (ProcessKind k : new ProcessKind[] {ProcessKind.POWER, ProcessKind.COOLING,
                            ProcessKind.NETWORK, ProcessKind.DESTRUCTION}) {
                        add(s, rates, where, names, k, dp, dp + "/" + k.key(), new int[] {di, zi, ri, 0});
                    }
                    dcz.add(zi);
                    di++;
                }
                zr.add(ri);
                zi++;
            }
            ri++;
        }
        n = rates.size();
        mttf = new double[n];
        mttr = new double[n];
        dcOf = new int[n];
        zoneOf = new int[n];
        regionOf = new int[n];
        isZoneProcess = new boolean[n];
        isRegionProcess = new boolean[n];
        streamPath = new String[n];
        streamName = new String[n];
        for (int i = 0; i < n; i++) {
            mttf[i] = rates.get(i)[0];
            mttr[i] = rates.get(i)[1];
            int[] w = where.get(i);
            dcOf[i] = w[0];
            zoneOf[i] = w[1];
            regionOf[i] = w[2];
            isZoneProcess[i] = w[3] == 1;
            isRegionProcess[i] = w[3] == 2;
            streamPath[i] = names.get(i)[0];
            streamName[i] = names.get(i)[1];
        }
        zones = zi;
        dcs = di;
        regions = ri;
        dcPerZone = new int[zones];
        dcz.forEach(z -> dcPerZone[z]++);
        zonesPerRegion = new int[regions];
        zr.forEach(r -> zonesPerRegion[r]++);
        List<ReplicaSpec> reps = new ArrayList<>(s.registry().replicas().values());
        replicaRegion = new int[reps.size()];
        replicaDc = new int[reps.size()];
        for (int i = 0; i < reps.size(); i++) {
            ReplicaSpec rs = reps.get(i);
            FailureSpec service = s.failures().spec(ProcessKind.REPLICA, rs.servicePath());
            if (!service.neverFails()) {
                throw new IllegalArgumentException("the hand-tuned loop models no replica service incidents");
            }
            replicaRegion[i] = regionNames.indexOf(rs.region());
            RegionSpec r = s.topology().region(rs.region());
            if (rs.zoneRedundant()) {
                replicaDc[i] = -1;
            } else if (rs.placement() instanceof Placement.Pinned p) {
                replicaDc[i] = firstDc.get(replicaRegion[i]) + p.zoneIndex() * r.datacentersPerZone() + p.datacenterIndex();
            } else {
                throw new IllegalArgumentException("the hand-tuned loop needs fixed placements");
            }
        }
        if (!s.outages().isEmpty() || s.registry().zoneFailoverHours() > 0) {
            throw new IllegalArgumentException("the hand-tuned loop models no outages or failover windows");
        }
    }

    private static void add(Scenario s, List<double[]> rates, List<int[]> where, List<String[]> names,
                            ProcessKind kind, String elementPath, String processPath, int[] w) {
        FailureSpec f = s.failures().spec(kind, processPath);
        if (f.neverFails()) {
            return;
        }
        if (!(f.ttf() instanceof Exponential e) || !(f.ttr() instanceof Exponential r)
                || f.rideThroughHours() > 0 || f.backup() != null) {
            throw new IllegalArgumentException("the hand-tuned loop needs plain exponential processes");
        }
        rates.add(new double[] {e.meanHours(), r.meanHours()});
        where.add(w);
        names.add(new String[] {elementPath, kind.key()});
    }

    /** Result of one replication: events, total down hours per replica and of the any-replica service. */
    public record Outcome(long events, double[] replicaDownHours, double globalDownHours) { }

    /** Simulates replication {@code rep} to {@code horizon} hours. */
    public Outcome run(long seed, int rep, double horizon) {
        RandomGenerator[] rng = new RandomGenerator[n];
        double[] time = new double[n];
        int[] heap = new int[n];
        boolean[] down = new boolean[n];
        for (int i = 0; i < n; i++) {
            rng[i] = Streams.stream(seed, streamPath[i], streamName[i], rep);
            time[i] = mttf[i] * rng[i].nextExponential();
            heap[i] = i;
        }
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(heap, time, i, n);
        }
        int[] dcDown = new int[dcs];
        int[] zoneUpDcs = dcPerZone.clone();
        boolean[] zoneProcDown = new boolean[zones];
        boolean[] regionDown = new boolean[regions];
        int[] regionUpZones = zonesPerRegion.clone();
        int[] dcZone = new int[dcs];
        for (int i = 0; i < n; i++) {
            if (dcOf[i] >= 0) {
                dcZone[dcOf[i]] = zoneOf[i];
            }
        }
        int m = replicaRegion.length;
        boolean[] repUp = new boolean[m];
        java.util.Arrays.fill(repUp, true);
        double[] repDownSince = new double[m];
        double[] repDown = new double[m];
        int upReplicas = m;
        double globalSince = 0;
        double globalDown = 0;
        long events = 0;
        while (true) {
            int p = heap[0];
            double t = time[p];
            if (t >= horizon) {
                break;
            }
            events++;
            boolean nowDown = !down[p];
            down[p] = nowDown;
            time[p] = t + (nowDown ? mttr[p] : mttf[p]) * rng[p].nextExponential();
            siftDown(heap, time, 0, n);
            int z = zoneOf[p];
            if (isRegionProcess[p]) {
                regionDown[regionOf[p]] = nowDown;
            } else {
                boolean zoneWasUp = !zoneProcDown[z] && zoneUpDcs[z] > 0;
                if (isZoneProcess[p]) {
                    zoneProcDown[z] = nowDown;
                } else {
                    int d = dcOf[p];
                    int before = dcDown[d];
                    dcDown[d] = before + (nowDown ? 1 : -1);
                    if (before == 0 || dcDown[d] == 0) {
                        zoneUpDcs[z] += nowDown ? -1 : 1;
                    }
                }
                boolean zoneIsUp = !zoneProcDown[z] && zoneUpDcs[z] > 0;
                if (zoneWasUp != zoneIsUp) {
                    regionUpZones[regionOf[p]] += zoneIsUp ? 1 : -1;
                }
            }
            for (int r = 0; r < m; r++) {
                int reg = replicaRegion[r];
                if (reg != regionOf[p]) {
                    continue;
                }
                int d = replicaDc[r];
                boolean up = !regionDown[reg] && (d < 0 ? regionUpZones[reg] > 0
                        : dcDown[d] == 0 && !zoneProcDown[dcZone[d]]);
                if (up != repUp[r]) {
                    repUp[r] = up;
                    if (up) {
                        repDown[r] += t - repDownSince[r];
                        if (upReplicas++ == 0) {
                            globalDown += t - globalSince;
                        }
                    } else {
                        repDownSince[r] = t;
                        if (--upReplicas == 0) {
                            globalSince = t;
                        }
                    }
                }
            }
        }
        for (int r = 0; r < m; r++) {
            if (!repUp[r]) {
                repDown[r] += horizon - repDownSince[r];
            }
        }
        if (upReplicas == 0) {
            globalDown += horizon - globalSince;
        }
        return new Outcome(events, repDown, globalDown);
    }

    private static void siftDown(int[] heap, double[] time, int i, int size) {
        int item = heap[i];
        double t = time[item];
        int half = size >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            int r = c + 1;
            if (r < size && time[heap[r]] < time[heap[c]]) {
                c = r;
            }
            if (t <= time[heap[c]]) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        heap[i] = item;
    }
}
