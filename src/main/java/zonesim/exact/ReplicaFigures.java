package zonesim.exact;

/**
 * Exact figures of one replica.
 *
 * @param region the replica's region
 * @param pull structural pull figures: its outages (no failover windows)
 * @param push structural push figures (equal to pull unless zone redundant)
 * @param zoneFailoverUnavailability share of time requests fail while the replica drops a
 *        failed zone (interruptions, SPEC 4.3; not part of {@code pull})
 * @param pushZoneFailoverUnavailability the same for pushes
 * @param interruptionsPerHour failover windows per hour
 */
public record ReplicaFigures(String region, Figures pull, Figures push, double zoneFailoverUnavailability,
                             double pushZoneFailoverUnavailability, double interruptionsPerHour) {
    /** Pull unavailability, windows included: what the simulator's availability measures. */
    public double unavailability() {
        return pull.unavailability() + zoneFailoverUnavailability;
    }

    /** Push unavailability, windows included. */
    public double pushUnavailability() {
        return push.unavailability() + pushZoneFailoverUnavailability;
    }
}
