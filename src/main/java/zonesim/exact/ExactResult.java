package zonesim.exact;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code zonesim analyze} reports.
 *
 * @param replicas figures per replica region, in declaration order
 * @param global any-replica (pull) figures
 * @param ranking criticality rankings of every system (each replica, then {@code global}),
 *        each sorted by descending criticality; zero entries omitted
 * @param kindShares per system, the share of downtime by process kind (sums to 1)
 */
public record ExactResult(Map<String, ReplicaFigures> replicas, Figures global, List<RankEntry> ranking,
                          Map<String, Map<String, Double>> kindShares) {
    /** The name of the any-replica system in rankings and kind shares. */
    public static final String GLOBAL = "global";

    /** Copies the collections (unmodifiable, order kept). */
    public ExactResult {
        replicas = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(replicas));
        ranking = List.copyOf(ranking);
        kindShares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kindShares));
    }

    /** The ranking of one system, most critical first. */
    public List<RankEntry> rankingOf(String system) {
        return ranking.stream().filter(e -> e.system().equals(system)).toList();
    }
}
