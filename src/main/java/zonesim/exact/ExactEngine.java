package zonesim.exact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.Optional;
import zonesim.model.RegionSpec;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;

/**
 * Exact steady-state availability of a scenario (SPEC 7): every process is an independent
 * alternating renewal process, so each contributes only its (effective) availability and
 * failure frequency, composed exactly by {@link Composition} over the structures of
 * {@link Structures}. Replicas live in distinct regions, so any-replica availability is the
 * parallel of the replicas' pull structures.
 */
public final class ExactEngine {
    private ExactEngine() { }

    /** Empty if exact figures apply; otherwise the reason (injected outages or timed changes present). */
    public static Optional<String> notApplicable(Scenario s) {
        List<String> why = new ArrayList<>();
        if (!s.outages().isEmpty()) {
            why.add("the injected outages (SPEC 4.7)");
        }
        if (!s.changes().isEmpty()) {
            why.add("the configuration changes (SPEC 4.8; the initial configuration is analysed)");
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", why));
    }

    /** Exact figures, rankings and kind shares of every replica and of any-replica availability. */
    public static ExactResult analyze(Scenario s) {
        Structures structures = new Structures(s);
        Map<String, ReplicaFigures> replicas = new LinkedHashMap<>();
        List<RankEntry> ranking = new ArrayList<>();
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        List<Node> pulls = new ArrayList<>();
        for (ReplicaSpec r : s.registry().replicas().values()) {
            Node pull = structures.pull(r);
            pulls.add(pull);
            double window = r.zoneRedundant() ? s.registry().zoneFailoverHours() : 0;
            double failover = window > 0 ? window * zoneLossRate(structures, s, r, 1) : 0;
            double pushFailover = window > 0 ? pushWindowUnavailability(structures, s, r, window) : 0;
            replicas.put(r.region(), new ReplicaFigures(r.region(), figures(pull), figures(structures.push(r)), failover,
                    pushFailover));
            rank(r.region(), pull, ranking, shares);
        }
        Node global = new Node.Parallel(pulls);
        rank(ExactResult.GLOBAL, global, ranking, shares);
        return new ExactResult(replicas, figures(global), ranking, shares);
    }

    /**
     * Rate at which one of a zone-redundant replica's zones goes down while the rest of the
     * replica stays up for the purpose at hand: sum_z f_z P(region up) P(service up)
     * P(at least {@code need} other zones up), with need = 1 for pulls and
     * {@code write_quorum} for pushes. First order: overlapping failover windows are neglected.
     */
    static double zoneLossRate(Structures structures, Scenario s, ReplicaSpec r, int need) {
        return overZoneLosses(structures, s, r, (zone, othersUp) -> zone.f() * othersUp.applyAsDouble(need));
    }

    /**
     * Push unavailability added by failover windows: a window opened while the write quorum
     * holds without the lost zone costs its whole length W; one opened while the loss broke
     * the quorum (but pulls survive) costs only what outlasts the zone's own outage D,
     * E[(W - D)+], with D taken as exponential with the zone's mean outage duration (an
     * approximation: zones are series-parallel, not single processes). First order, like
     * {@link #zoneLossRate}.
     */
    static double pushWindowUnavailability(Structures structures, Scenario s, ReplicaSpec r, double window) {
        int quorum = s.registry().writeQuorum();
        return overZoneLosses(structures, s, r, (zone, othersUp) -> {
            double d = zone.f() > 0 ? zone.u() / zone.f() : 0;
            double excess = window - d * -Math.expm1(-window / Math.max(d, Double.MIN_NORMAL));
            double quorumHolds = othersUp.applyAsDouble(quorum);
            return zone.f() * (window * quorumHolds + (othersUp.applyAsDouble(1) - quorumHolds) * excess);
        });
    }

    /** What losing one zone contributes, given that zone and P(at least k other zones up). */
    private interface ZoneLoss {
        double of(Composition.State zone, IntToDoubleFunction othersUp);
    }

    /** Sum over the replica's zones of P(region up) P(service up) x {@code term}. */
    private static double overZoneLosses(Structures structures, Scenario s, ReplicaSpec r, ZoneLoss term) {
        RegionSpec region = s.topology().region(r.region());
        List<Node> zones = structures.zones(region);
        double rest = Composition.evaluate(structures.regionLeaf(region)).a()
                * Composition.evaluate(structures.service(r)).a();
        double sum = 0;
        for (int z = 0; z < zones.size(); z++) {
            List<Node> others = new ArrayList<>(zones);
            others.remove(z);
            IntToDoubleFunction othersUp = k -> others.size() < k ? 0
                    : Composition.evaluate(new Node.AtLeast(k, others)).a();
            sum += rest * term.of(Composition.evaluate(zones.get(z)), othersUp);
        }
        return sum;
    }

    private static Figures figures(Node n) {
        Composition.State st = Composition.evaluate(n);
        return Figures.of(st.u(), st.f());
    }

    private static void rank(String system, Node root, List<RankEntry> ranking, Map<String, Map<String, Double>> shares) {
        List<RankEntry> entries = Criticality.rank(system, root);
        ranking.addAll(entries);
        shares.put(system, Criticality.kindShares(entries));
    }
}
