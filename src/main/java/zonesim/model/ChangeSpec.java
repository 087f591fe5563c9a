package zonesim.model;

/** A timed configuration edit (SPEC 4.8). */
public sealed interface ChangeSpec {
    /** When it applies, in hours. */
    double atHours();

    /** Add a replica; it serves after {@code syncHours}. */
    record AddReplica(double atHours, ReplicaSpec replica, double syncHours) implements ChangeSpec { }

    /** Remove a replica (never the home). */
    record RemoveReplica(double atHours, String region) implements ChangeSpec { }

    /** Turn the replica's routed endpoint on or off. */
    record SetRouting(double atHours, String region, boolean routing) implements ChangeSpec { }

    /** Change zone redundancy of an existing replica (refused where fixed at creation). */
    record SetZoneRedundancy(double atHours, String region, boolean zoneRedundant, Placement placement)
            implements ChangeSpec { }
}
