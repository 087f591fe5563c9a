package zonesim.exact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        if (!s.outages().isEmpty()) {
            return Optional.of("the scenario injects outages (SPEC 4.7); exact figures assume only random processes");
        }
        if (!s.changes().isEmpty()) {
            return Optional.of("the scenario changes its configuration over time (SPEC 4.8); exact figures assume a fixed one");
        }
        return Optional.empty();
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
            double failover = r.zoneRedundant() ? s.registry().zoneFailoverHours() * zoneLossRate(structures, s, r) : 0;
            replicas.put(r.region(), new ReplicaFigures(r.region(), figures(pull), figures(structures.push(r)), failover));
            rank(r.region(), pull, ranking, shares);
        }
        Node global = new Node.Parallel(pulls);
        rank(ExactResult.GLOBAL, global, ranking, shares);
        return new ExactResult(replicas, figures(global), ranking, shares);
    }

    /**
     * Rate at which one of a zone-redundant replica's zones goes down while the rest of the
     * replica stays up: sum_z f_z P(region up) P(service up) P(some other zone up). First
     * order: overlapping failover windows are neglected.
     */
    static double zoneLossRate(Structures structures, Scenario s, ReplicaSpec r) {
        RegionSpec region = s.topology().region(r.region());
        List<Node> zones = structures.zones(region);
        double rest = Composition.evaluate(structures.regionLeaf(region)).a()
                * Composition.evaluate(structures.service(r)).a();
        double rate = 0;
        for (int z = 0; z < zones.size(); z++) {
            List<Node> others = new ArrayList<>(zones);
            others.remove(z);
            double othersUp = Composition.evaluate(new Node.Parallel(others)).a();
            rate += Composition.evaluate(zones.get(z)).f() * rest * othersUp;
        }
        return rate;
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
