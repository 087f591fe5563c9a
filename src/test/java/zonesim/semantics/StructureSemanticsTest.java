package zonesim.semantics;

import static zonesim.semantics.Covers.assertCovers;

import org.junit.jupiter.api.Test;
import zonesim.model.FailureSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.testing.Scenarios;

/** SPEC 4.1 zones and 4.3 replicas against closed forms ({@link Covers} explains the tolerance). */
class StructureSemanticsTest {
    // zone process: MTTF 90 h, MTTR 10 h -> a_z = 0.9 (deliberately poor, to make zone losses common)
    private static final FailureSpec ZONE = FailureSpec.exponential(90, 10);

    private static Scenarios threeZones() {
        return Scenarios.builder().region("r", 3, 1).failures(ProcessKind.ZONE, ZONE).run(300, 10 * 8760, 11);
    }

    @Test
    void zoneRedundantReplicaSurvivesAllButTheLastZone() {
        // pull needs >= 1 of 3 independent zones: a = 1 - 0.1^3 = 0.999
        Scenario s = threeZones().replica(new ReplicaSpec("r", true, null, true)).build();
        assertCovers(1 - Math.pow(0.1, 3), s, "replicas.r.availability");
    }

    @Test
    void pushNeedsWriteQuorumZones() {
        // push with write_quorum 2 of 3: P(>= 2 up) = a^3 + 3 a^2 (1 - a) = 0.729 + 0.243 = 0.972
        Scenario s = threeZones().writeQuorum(2).replica(new ReplicaSpec("r", true, null, true)).build();
        assertCovers(0.972, s, "replicas.r.push_availability");
        assertCovers(0.999, s, "replicas.r.availability");
    }

    @Test
    void pinnedReplicaFollowsItsOwnZoneOnly() {
        // pinned to az2: a = a_z = 0.9 whatever the other zones do
        Scenario s = threeZones().replica(new ReplicaSpec("r", false, new Placement.Pinned(1, 0), true)).build();
        assertCovers(0.9, s, "replicas.r.availability");
    }

    @Test
    void zoneIsUpWhileAnyOfItsDatacentersIs() {
        // 1 zone with 2 datacenters, power MTTF 40 h MTTR 10 h (a_dc = 0.8), zone process a_z = 0.9:
        // zone-redundant replica: a = a_z (1 - (1 - a_dc)^2) = 0.9 * 0.96 = 0.864
        // pinned to dc1:           a = a_z a_dc = 0.72
        Scenario s = Scenarios.builder().region("zr", 1, 2).region("pin", 1, 2)
                .failures(ProcessKind.ZONE, ZONE).failures(ProcessKind.POWER, FailureSpec.exponential(40, 10))
                .replica(new ReplicaSpec("zr", true, null, true))
                .replica(new ReplicaSpec("pin", false, new Placement.Pinned(0, 0), true))
                .run(300, 10 * 8760, 12).build();
        assertCovers(0.864, s, "replicas.zr.availability");
        assertCovers(0.72, s, "replicas.pin.availability");
        // any-replica: regions independent, U = (1 - 0.864)(1 - 0.72)
        assertCovers(1 - 0.136 * 0.28, s, "global.availability");
    }

    @Test
    void randomPlacementAveragesOverDatacenters() {
        // 2 zones x 1 dc; az1's power fails (MTTF 40 h, MTTR 10 h: a = 0.8), az2 never fails.
        // Placement uniform per replication: E[a] = (0.8 + 1) / 2 = 0.9
        Scenario s = Scenarios.builder().region("r", 2, 1)
                .override("r/az1/dc1/power", FailureSpec.exponential(40, 10))
                .replica(new ReplicaSpec("r", false, Placement.RANDOM, true))
                .run(2000, 2 * 8760, 13).build();
        assertCovers(0.9, s, "replicas.r.availability");
    }

    @Test
    void regionWideProcessTakesEveryReplicaDownAndControlPlaneFollowsHome() {
        // region a = 100 / 110; zone-redundant replica a = a_region (zones never fail)
        Scenario s = Scenarios.builder().region("home", 3, 1).region("other", 3, 1)
                .override("home", FailureSpec.exponential(100, 10))
                .replica(new ReplicaSpec("home", true, null, true))
                .replica(new ReplicaSpec("other", true, null, true))
                .run(300, 10 * 8760, 14).build();
        assertCovers(100.0 / 110, s, "replicas.home.availability");
        assertCovers(100.0 / 110, s, "control_plane.availability");
        assertCovers(1.0, s, "replicas.other.availability");
    }
}
