package zonesim.exact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zonesim.model.ProcessKind;

/**
 * Criticality importance I_C(i) = I_B(i) q_i / U: the share of system downtime during which
 * process i is down and critical (Rausand and Hoyland, "System Reliability Theory", 2nd ed.,
 * 5.5). I_B = dU/dq_i comes from {@link Composition#birnbaum} as a product of
 * probabilities, averaged over the states of shared processes ({@link Conditioning}).
 */
final class Criticality {
    private Criticality() { }

    /** The processes of {@code system} with non-zero criticality, most critical first. */
    static List<RankEntry> rank(String system, Node root, Conditioning conditioning) {
        double u = conditioning.state(root).u();
        Map<Node.Leaf, Double> birnbaum = conditioning.birnbaum(root);
        List<RankEntry> out = new ArrayList<>();
        if (!(u > 0)) {
            return out;
        }
        birnbaum.forEach((leaf, ib) -> {
            double c = ib * leaf.measures().unavailability() / u;
            if (c > 0) {
                out.add(new RankEntry(system, leaf.path(), leaf.kind().key(), c));
            }
        });
        out.sort(Comparator.comparingDouble(RankEntry::criticality).reversed()
                .thenComparing(RankEntry::process));
        return out;
    }

    /**
     * Share of downtime by process kind: criticalities summed per kind and normalized to 1.
     * Criticalities of a series system sum to about 1, those of redundant systems to more
     * (a double failure is critical for both), hence the normalization.
     */
    static Map<String, Double> kindShares(List<RankEntry> ranking) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (ProcessKind k : ProcessKind.values()) {
            shares.put(k.key(), 0.0);
        }
        double total = ranking.stream().mapToDouble(RankEntry::criticality).sum();
        if (total > 0) {
            for (RankEntry e : ranking) {
                shares.merge(e.kind(), e.criticality() / total, Double::sum);
            }
        }
        return shares;
    }
}
