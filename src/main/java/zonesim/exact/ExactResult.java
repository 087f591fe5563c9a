package zonesim.exact;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code zonesim analyze} reports.
 *
 * @param replicas figures per replica region, in declaration order
 * @param global any-replica structural (pull) figures
 * @param globalWindowUnavailability any-replica unavailability added by failover windows
 * @param globalInterruptionsPerHour failover windows per hour that leave no replica available
 * @param clients figures of client regions with a single routable replica (empty otherwise)
 * @param endpoint the global endpoint's own figures
 * @param ranking criticality rankings of every system (each replica, then {@code global}),
 *        each sorted by descending criticality; zero entries omitted
 * @param kindShares per system, the share of downtime by process kind (sums to 1)
 */
public record ExactResult(Map<String, ReplicaFigures> replicas, Figures global, double globalWindowUnavailability,
                          double globalInterruptionsPerHour, Map<String, ClientFigures> clients, Figures endpoint,
                          List<RankEntry> ranking, Map<String, Map<String, Double>> kindShares) {
    /** The name of the any-replica system in rankings and kind shares. */
    public static final String GLOBAL = "global";

    /** Copies the collections (unmodifiable, order kept). */
    public ExactResult {
        replicas = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(replicas));
        clients = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clients));
        ranking = List.copyOf(ranking);
        kindShares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kindShares));
    }

    /** The ranking of one system, most critical first. */
    public List<RankEntry> rankingOf(String system) {
        return ranking.stream().filter(e -> e.system().equals(system)).toList();
    }

    /** Any-replica unavailability, windows included. */
    public double globalUnavailability() {
        return global.unavailability() + globalWindowUnavailability;
    }
}
