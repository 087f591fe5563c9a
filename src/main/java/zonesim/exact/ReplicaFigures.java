package zonesim.exact;

/**
 * Exact figures of one replica.
 *
 * @param region the replica's region
 * @param pull pull availability figures
 * @param push push availability figures (equal to pull unless zone redundant)
 * @param zoneFailoverUnavailability share of time requests fail while the replica drops a
 *        failed zone (zone redundant only; not part of {@code pull})
 * @param pushZoneFailoverUnavailability the same for pushes: only windows opened while
 *        pushes were still possible, i.e. while at least {@code write_quorum} other zones are up
 */
public record ReplicaFigures(String region, Figures pull, Figures push, double zoneFailoverUnavailability,
                             double pushZoneFailoverUnavailability) { }
