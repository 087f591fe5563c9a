package zonesim.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import zonesim.model.ChangeSpec;
import zonesim.model.Placement;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;

/**
 * The configuration timeline of SPEC 4.8, replayed once per scenario (it is the same in
 * every replication): every replica that ever exists, in order of first appearance, when
 * it serves (an added replica after its {@code sync}, a removed one no more), whether the
 * global endpoint routes to it, and whether it is zone-redundant, as step functions of
 * time; and the phase boundaries (the distinct change times inside the horizon).
 */
public final class ChangePlan {
    /** A switch of one replica's state at a time. */
    public record Step(double hours, int replica, Kind kind, boolean on) { }

    /** What a step switches. */
    public enum Kind { PRESENT, ROUTING, ZONE_REDUNDANT }

    private final List<ReplicaSpec> replicas = new ArrayList<>();
    private final List<Placement> pinnedAt = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    /** Per added replica: {replica, added at, serving from, zone-redundant (1) or not (0)}: billed, not yet serving. */
    private final List<double[]> syncs = new ArrayList<>();
    private final double[] boundaries;
    private final double horizon;

    /** Replays the changes of {@code s}. */
    public ChangePlan(Scenario s) {
        horizon = s.horizonHours();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (ReplicaSpec r : s.registry().replicas().values()) {
            index.put(r.region(), replicas.size());
            replicas.add(r);
            pinnedAt.add(r.zoneRedundant() ? null : r.placement());
        }
        List<Boolean> zoneRedundantNow = new ArrayList<>();
        replicas.forEach(r -> zoneRedundantNow.add(r.zoneRedundant()));
        TreeSet<Double> times = new TreeSet<>();
        for (ChangeSpec c : s.changes()) {
            if (c.atHours() > 0 && c.atHours() < horizon) {
                times.add(c.atHours());
            }
            if (c instanceof ChangeSpec.AddReplica a) {
                String region = a.replica().region();
                Integer i = index.get(region);
                if (i == null) {
                    i = replicas.size();
                    index.put(region, i);
                    replicas.add(a.replica());
                    pinnedAt.add(null);
                    zoneRedundantNow.add(a.replica().zoneRedundant());
                    steps.add(new Step(0, i, Kind.PRESENT, false));
                }
                if (!a.replica().zoneRedundant() && pinnedAt.get(i) == null) {
                    pinnedAt.set(i, a.replica().placement());
                }
                if (a.replica().zoneRedundant() != zoneRedundantNow.get(i)) {
                    zoneRedundantNow.set(i, a.replica().zoneRedundant());
                    steps.add(new Step(a.atHours(), i, Kind.ZONE_REDUNDANT, a.replica().zoneRedundant()));
                }
                steps.add(new Step(a.atHours(), i, Kind.ROUTING, a.replica().routing()));
                steps.add(new Step(a.atHours() + a.syncHours(), i, Kind.PRESENT, true));
                syncs.add(new double[] {i, a.atHours(), a.atHours() + a.syncHours(), a.replica().zoneRedundant() ? 1 : 0});
            } else if (c instanceof ChangeSpec.RemoveReplica r) {
                int i = index.get(r.region());
                // removed before its sync ended: it never comes to serve
                steps.removeIf(st -> st.replica() == i && st.kind() == Kind.PRESENT && st.on() && st.hours() > r.atHours());
                steps.add(new Step(r.atHours(), i, Kind.PRESENT, false));
            } else if (c instanceof ChangeSpec.SetRouting r) {
                steps.add(new Step(r.atHours(), index.get(r.region()), Kind.ROUTING, r.routing()));
            } else if (c instanceof ChangeSpec.SetZoneRedundancy z) {
                int i = index.get(z.region());
                if (!z.zoneRedundant() && pinnedAt.get(i) == null) {
                    pinnedAt.set(i, z.placement() == null ? Placement.RANDOM : z.placement());
                }
                if (z.zoneRedundant() != zoneRedundantNow.get(i)) { // setting the current mode again is a no-op
                    zoneRedundantNow.set(i, z.zoneRedundant());
                    steps.add(new Step(z.atHours(), i, Kind.ZONE_REDUNDANT, z.zoneRedundant()));
                }
            }
        }
        steps.sort((a, b) -> Double.compare(a.hours(), b.hours()));
        boundaries = times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Every replica that ever exists, in order of first appearance (its first spec). */
    public List<ReplicaSpec> replicas() {
        return replicas;
    }

    /**
     * Where replica {@code i} runs whenever it is not zone-redundant: its first pinned
     * placement in the timeline (the validator refuses a later, different one); random when
     * none is given.
     */
    public Placement pinnedPlacement(int i) {
        return pinnedAt.get(i) == null ? Placement.RANDOM : pinnedAt.get(i);
    }

    /** The steps in time order (stable for equal times). */
    public List<Step> steps() {
        return steps;
    }

    /** Phase boundaries inside (0, horizon), ascending; empty when nothing changes. */
    public double[] boundaries() {
        return boundaries.clone();
    }

    /** True iff some step switches {@code kind} of replica {@code i}. */
    public boolean switches(int i, Kind kind) {
        return steps.stream().anyMatch(st -> st.replica() == i && st.kind() == kind);
    }

    /** True iff replica {@code i} is zone-redundant at some time. */
    public boolean everZoneRedundant(int i) {
        return replicas.get(i).zoneRedundant()
                || steps.stream().anyMatch(st -> st.replica() == i && st.kind() == Kind.ZONE_REDUNDANT && st.on());
    }

    /** True iff replica {@code i} is pinned at some time. */
    public boolean everPinned(int i) {
        return !replicas.get(i).zoneRedundant()
                || steps.stream().anyMatch(st -> st.replica() == i && st.kind() == Kind.ZONE_REDUNDANT && !st.on());
    }

    /** Hours in [from, to) during which replica {@code i} serves. */
    public double presentHours(int i, double from, double to) {
        return hours(i, from, to, false);
    }

    /** Hours in [from, to) during which replica {@code i} serves and is zone-redundant. */
    public double zoneRedundantHours(int i, double from, double to) {
        return hours(i, from, to, true);
    }

    /**
     * Hours in [from, to) for which replica {@code i} is billed: while it serves and during
     * the initial sync of each addition (Azure bills a geo-replica from its creation).
     */
    public double billedHours(int i, double from, double to) {
        return presentHours(i, from, to) + syncHours(i, from, to, false);
    }

    /** As {@link #billedHours}, while zone-redundant. */
    public double billedZoneRedundantHours(int i, double from, double to) {
        return zoneRedundantHours(i, from, to) + syncHours(i, from, to, true);
    }

    private double syncHours(int i, double from, double to, boolean zoneRedundantOnly) {
        double total = 0;
        for (double[] sy : syncs) {
            if ((int) sy[0] == i && (!zoneRedundantOnly || sy[3] == 1)) {
                double end = sy[2];
                for (Step st : steps) { // removed before its sync ended: billed until then
                    if (st.replica() == i && st.kind() == Kind.PRESENT && !st.on() && st.hours() >= sy[1]) {
                        end = Math.min(end, st.hours());
                    }
                }
                total += overlap(sy[1], end, from, to);
            }
        }
        return total;
    }

    private double hours(int i, double from, double to, boolean zoneRedundantToo) {
        boolean present = true;
        boolean zr = replicas.get(i).zoneRedundant();
        double since = 0;
        double total = 0;
        for (Step st : steps) {
            if (st.replica() != i || st.kind() == Kind.ROUTING) {
                continue;
            }
            boolean before = present && (zr || !zoneRedundantToo);
            if (st.kind() == Kind.PRESENT) {
                present = st.on();
            } else {
                zr = st.on();
            }
            boolean after = present && (zr || !zoneRedundantToo);
            if (before && !after) {
                total += overlap(since, st.hours(), from, to);
            } else if (!before && after) {
                since = st.hours();
            }
        }
        if (present && (zr || !zoneRedundantToo)) {
            total += overlap(since, Double.POSITIVE_INFINITY, from, to);
        }
        return total;
    }

    private static double overlap(double a, double b, double from, double to) {
        return Math.max(0, Math.min(b, to) - Math.max(a, from));
    }
}
