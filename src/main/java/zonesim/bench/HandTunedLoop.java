package zonesim.bench;

import zonesim.distribution.Exponential;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The speed yardstick of {@code zonesim bench}: a single-purpose loop for models made only
 * of plain exponential processes (like REF66), written the way one would hand-tune it, as
 * the shared REF66 baseline is: flat local arrays; a binary heap of (time, process) in
 * two parallel arrays holding exactly one pending event per process, so each event is a
 * replace-top and one sift-down; counters per datacenter, zone and region updated in
 * place; replica and any-replica downtime accumulated in place. To keep the loop's live
 * values few (spilled registers cost more than the extra shifts), a process's up/down
 * phase rides in its heap entry and its kind, datacenter, zone and region are packed
 * into one int (10 bits each, so at most 1022 of each). Unlike that baseline it
 * draws from the engine's own streams ({@link Streams}: one per process, keyed by its
 * element path and kind) in the engine's order (ttf at the start, then ttr and ttf
 * alternately) and stops where the engine does (events before the horizon), so it
 * reproduces the engine's event count and downtime exactly: a check that both simulate
 * the same thing.
 */
public final class HandTunedLoop {
    private static final int DC = 0;
    private static final int ZONE = 1;
    private static final int REGION = 2;

    private final int n;
    private final double[] mttf;
    private final double[] mttr;
    private final int[] kind;      // DC, ZONE or REGION
    private final int[] target;    // the datacenter, zone or region index it drives
    private final String[] streamPath;
    private final String[] streamName;
    private final int[] zoneOfDc;
    private final int[] regionOfZone;
    private final int[] dcsPerZone;
    private final int[] zonesPerRegion;
    private final int[] replicaOfRegion; // replica index, -1 for none
    private final int[] replicaDc;       // pinned datacenter, -1 for zone-redundant
    private final int replicas;

    /** Compiles {@code s}; throws if it is not all plain exponential without outages or replica incidents. */
    public HandTunedLoop(Scenario s) {
        List<double[]> means = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        List<Integer> dcZone = new ArrayList<>();
        List<Integer> zoneRegion = new ArrayList<>();
        List<String> regionNames = new ArrayList<>();
        List<Integer> firstDc = new ArrayList<>();
        for (RegionSpec r : s.topology().regions().values()) {
            int ri = regionNames.size();
            regionNames.add(r.name());
            firstDc.add(dcZone.size());
            add(s, means, where, names, ProcessKind.REGION, r.name(), r.name(), REGION, ri);
            for (int z = 0; z < r.zones(); z++) {
                String zp = r.name() + "/" + RegionSpec.zoneName(z);
                int zi = zoneRegion.size();
                zoneRegion.add(ri);
                add(s, means, where, names, ProcessKind.ZONE, zp, zp, ZONE, zi);
                for (int d = 0; d < r.datacentersPerZone(); d++) {
                    String dp = zp + "/" + RegionSpec.datacenterName(d);
                    int di = dcZone.size();
                    dcZone.add(zi);
                    for (ProcessKind k : new ProcessKind[] {ProcessKind.POWER, ProcessKind.COOLING,
                            ProcessKind.NETWORK, ProcessKind.DESTRUCTION}) {
                        add(s, means, where, names, k, dp, dp + "/" + k.key(), DC, di);
                    }
                }
            }
        }
        n = means.size();
        mttf = new double[n];
        mttr = new double[n];
        kind = new int[n];
        target = new int[n];
        streamPath = new String[n];
        streamName = new String[n];
        for (int i = 0; i < n; i++) {
            mttf[i] = means.get(i)[0];
            mttr[i] = means.get(i)[1];
            kind[i] = where.get(i)[0];
            target[i] = where.get(i)[1];
            streamPath[i] = names.get(i)[0];
            streamName[i] = names.get(i)[1];
        }
        zoneOfDc = dcZone.stream().mapToInt(Integer::intValue).toArray();
        regionOfZone = zoneRegion.stream().mapToInt(Integer::intValue).toArray();
        dcsPerZone = new int[regionOfZone.length];
        for (int z : zoneOfDc) {
            dcsPerZone[z]++;
        }
        zonesPerRegion = new int[regionNames.size()];
        for (int r : regionOfZone) {
            zonesPerRegion[r]++;
        }
        replicaOfRegion = new int[regionNames.size()];
        Arrays.fill(replicaOfRegion, -1);
        List<ReplicaSpec> reps = new ArrayList<>(s.registry().replicas().values());
        replicas = reps.size();
        replicaDc = new int[replicas];
        for (int i = 0; i < replicas; i++) {
            ReplicaSpec rs = reps.get(i);
            if (!s.failures().spec(ProcessKind.REPLICA, rs.servicePath()).neverFails()) {
                throw new IllegalArgumentException("the hand-tuned loop models no replica service incidents");
            }
            int region = regionNames.indexOf(rs.region());
            replicaOfRegion[region] = i;
            RegionSpec r = s.topology().region(rs.region());
            if (rs.zoneRedundant()) {
                replicaDc[i] = -1;
            } else if (rs.placement() instanceof Placement.Pinned p) {
                replicaDc[i] = firstDc.get(region) + p.zoneIndex() * r.datacentersPerZone() + p.datacenterIndex();
            } else {
                throw new IllegalArgumentException("the hand-tuned loop needs fixed placements");
            }
        }
        if (Math.max(zoneOfDc.length, regionOfZone.length) >= 1023 || zonesPerRegion.length >= 1023) {
            throw new IllegalArgumentException("the hand-tuned loop packs indices into 10 bits: too many elements");
        }
        if (!s.outages().isEmpty() || !s.changes().isEmpty() || s.registry().zoneFailoverHours() > 0) {
            throw new IllegalArgumentException("the hand-tuned loop models no outages, changes or failover windows");
        }
    }

    private static void add(Scenario s, List<double[]> means, List<int[]> where, List<String[]> names,
                            ProcessKind k, String elementPath, String processPath, int kind, int target) {
        FailureSpec f = s.failures().spec(k, processPath);
        if (f.neverFails()) {
            return;
        }
        if (!(f.ttf() instanceof Exponential e) || !(f.ttr() instanceof Exponential r)
                || f.rideThroughHours() > 0 || f.backup() != null) {
            throw new IllegalArgumentException("the hand-tuned loop needs plain exponential processes");
        }
        means.add(new double[] {e.meanHours(), r.meanHours()});
        where.add(new int[] {kind, target});
        names.add(new String[] {elementPath, k.key()});
    }

    /** Result of one replication: events, total down hours per replica and of the any-replica service. */
    public record Outcome(long events, double[] replicaDownHours, double globalDownHours) { }

    /** Simulates replication {@code rep} of master seed {@code seed} to {@code horizon} hours. */
    public Outcome run(long seed, int rep, double horizon) {
        final int count = n;
        // per process: mean[2c] its mean time to failure, mean[2c + 1] to repair; code[c] its
        // kind (2 bits), then its target, zone and region (10 bits each)
        final double[] mean = new double[2 * count];
        final int[] code = new int[count];
        final RandomGenerator[] rng = new RandomGenerator[count];
        final double[] ht = new double[count];   // heap: times
        final int[] hp = new int[count];         // heap: process << 1 | 1 while it is down
        for (int i = 0; i < count; i++) {
            mean[2 * i] = mttf[i];
            mean[2 * i + 1] = mttr[i];
            int zone = kind[i] == DC ? zoneOfDc[target[i]] : kind[i] == ZONE ? target[i] : 0;
            int region = kind[i] == REGION ? target[i] : regionOfZone[zone];
            code[i] = kind[i] | target[i] << 2 | zone << 12 | region << 22;
            rng[i] = Streams.stream(seed, streamPath[i], streamName[i], rep);
            double t = mttf[i] * rng[i].nextExponential();
            int j = i;
            while (j > 0) {
                int p = (j - 1) >>> 1;
                if (ht[p] <= t) {
                    break;
                }
                ht[j] = ht[p];
                hp[j] = hp[p];
                j = p;
            }
            ht[j] = t;
            hp[j] = i << 1;
        }
        final int[] dcDown = new int[zoneOfDc.length];          // down processes per datacenter
        final int[] zoneUpDcs = dcsPerZone.clone();             // up datacenters per zone
        final boolean[] zoneProcessUp = new boolean[dcsPerZone.length];
        Arrays.fill(zoneProcessUp, true);
        final int[] regionUpZones = zonesPerRegion.clone();     // up zones per region
        final boolean[] regionProcessUp = new boolean[zonesPerRegion.length];
        Arrays.fill(regionProcessUp, true);
        // per region: -1 without a replica, else replica | (pinned datacenter + 1) << 10 | its zone << 20
        final int[] replicaAt = new int[zonesPerRegion.length];
        Arrays.fill(replicaAt, -1);
        for (int r = 0; r < replicaAt.length; r++) {
            int k = replicaOfRegion[r];
            if (k >= 0) {
                int d = replicaDc[k];
                replicaAt[r] = k | (d + 1) << 10 | (d < 0 ? 0 : zoneOfDc[d]) << 20;
            }
        }
        final boolean[] replicaUp = new boolean[replicas];
        Arrays.fill(replicaUp, true);
        final double[] downSince = new double[replicas];
        final double[] downHours = new double[replicas];
        int upReplicas = replicas;
        double globalSince = 0;
        double globalDown = 0;
        long events = 0;
        while (count > 0) {
            final double t = ht[0];
            if (t >= horizon) {
                break;
            }
            final int id = hp[0];
            final int c = id >>> 1;
            final boolean wasUp = (id & 1) == 0;
            events++;
            // this process's next event, then restore the heap: replace the top, sift down
            siftDown(ht, hp, count, t + mean[2 * c + (wasUp ? 1 : 0)] * rng[c].nextExponential(), id ^ 1);
            // propagate upwards; 'region' is where a replica may have changed
            final int cc = code[c];
            final int x = cc >>> 2 & 1023;
            final int region = cc >>> 22;
            switch (cc & 3) {
                case DC -> {
                    int before = dcDown[x];
                    dcDown[x] = wasUp ? before + 1 : before - 1;
                    if (wasUp ? before != 0 : before != 1) {
                        continue; // the datacenter's state is unchanged
                    }
                    int z = cc >>> 12 & 1023;
                    int upDcs = zoneUpDcs[z];
                    zoneUpDcs[z] = wasUp ? upDcs - 1 : upDcs + 1;
                    if (zoneProcessUp[z] && (wasUp ? upDcs == 1 : upDcs == 0)) {
                        regionUpZones[region] += wasUp ? -1 : 1;
                    }
                }
                case ZONE -> {
                    zoneProcessUp[x] = !wasUp;
                    if (zoneUpDcs[x] > 0) {
                        regionUpZones[region] += wasUp ? -1 : 1;
                    }
                }
                default -> regionProcessUp[x] = !wasUp;
            }
            final int at = replicaAt[region];
            if (at < 0) {
                continue;
            }
            final int k = at & 1023;
            final int d = (at >>> 10 & 1023) - 1;
            final boolean nowUp = regionProcessUp[region] && (d < 0 ? regionUpZones[region] > 0
                    : dcDown[d] == 0 && zoneProcessUp[at >>> 20]);
            if (nowUp == replicaUp[k]) {
                continue;
            }
            replicaUp[k] = nowUp;
            if (nowUp) {
                downHours[k] += t - downSince[k];
                if (upReplicas++ == 0) {
                    globalDown += t - globalSince;
                }
            } else {
                downSince[k] = t;
                if (--upReplicas == 0) {
                    globalSince = t;
                }
            }
        }
        for (int k = 0; k < replicas; k++) {
            if (!replicaUp[k]) {
                downHours[k] += horizon - downSince[k];
            }
        }
        if (upReplicas == 0) {
            globalDown += horizon - globalSince;
        }
        return new Outcome(events, downHours, globalDown);
    }

    /** Places (t, process) at the root of the heap and sifts it down (later than equal times). */
    private static void siftDown(double[] ht, int[] hp, int count, double t, int process) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= count) {
                break;
            }
            int r = l + 1;
            int m = r < count && ht[r] < ht[l] ? r : l;
            if (t < ht[m]) {
                break;
            }
            ht[i] = ht[m];
            hp[i] = hp[m];
            i = m;
        }
        ht[i] = t;
        hp[i] = process;
    }
}
