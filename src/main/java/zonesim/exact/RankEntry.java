package zonesim.exact;

/**
 * One process's share of a system's downtime.
 *
 * @param system the replica's region, or {@code global}
 * @param process the process path (SPEC 4.2)
 * @param kind the process kind key ({@code power}, ..., {@code replica})
 * @param criticality criticality importance I_C = I_B q / U
 */
public record RankEntry(String system, String process, String kind, double criticality) { }
