package zonesim.semantics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.distribution.Fixed;
import zonesim.exact.ExactEngine;
import zonesim.exact.ExactResult;
import zonesim.exact.RankEntry;
import zonesim.model.ClientSpec;
import zonesim.model.CommonCauseSpec;
import zonesim.model.FailureSpec;
import zonesim.model.OutageSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.RoutingSpec;
import zonesim.model.Scenario;
import zonesim.model.Study;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/**
 * SPEC 4.1a common causes and 4.5 the global endpoint: what geo-replication cannot protect
 * against. Exact values are derived here by hand; the simulator must cover them (see
 * {@link Covers}) and the exact engine must match them to 1e-12.
 */
class CommonCauseTest {
    private static final double MIN = 1.0 / 60;

    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.abs(expected), () -> "expected " + expected + " got " + actual);
    }

    /** Two pinned replicas in two regions with independent service incidents (1000 h, 10 h). */
    private static Scenarios pair() {
        return Scenarios.builder().region("eastus", 1, 1, 37.37, -79.82).region("westus2", 1, 1, 47.23, -119.85)
                .failures(ProcessKind.REPLICA, FailureSpec.exponential(1000, 10))
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), true))
                .replica(new ReplicaSpec("westus2", false, new Placement.Pinned(0, 0), true));
    }

    @Test
    void betaFactorGroupBoundsTheAnyReplicaAvailability() {
        // replica:* shared incidents (5000 h, 5 h): any replica is down iff the group is down or
        // both services are: U = u_cc + (1 - u_cc) u1 u2 with u_i = 10/1010, u_cc = 5/5005.
        // Frequency (Birnbaum): nu_cc (1 - u1 u2) + 2 nu (1 - u_cc) u, nu = 1/1010, nu_cc = 1/5005.
        Scenario s = pair().commonCause(new CommonCauseSpec("acr-global", List.of("replica:*"),
                FailureSpec.exponential(5000, 5))).run(400, 10 * 8760, 3).build();
        double u = 10.0 / 1010;
        double ucc = 5.0 / 5005;
        double expected = ucc + (1 - ucc) * u * u;
        ExactResult r = ExactEngine.analyze(s);
        close(expected, r.globalUnavailability(), 1e-12);
        close((1 - u * u) / 5005 + 2 * (1 - ucc) * u / 1010, r.global().failuresPerHour(), 1e-12);
        // each replica: down iff its service or the group: 1 - (1 - u)(1 - u_cc)
        close(1 - (1 - u) * (1 - ucc), r.replicas().get("eastus").unavailability(), 1e-12);
        Covers.assertCovers(1 - expected, s, "global.availability");
        // the group is ranked as its own row, with its share of any-replica downtime:
        // criticality I_B q / U = (1 - u^2) u_cc / U
        RankEntry top = r.rankingOf(ExactResult.GLOBAL).get(0);
        assertEquals("common_cause:acr-global", top.process());
        assertEquals("common_cause", top.kind());
        close((1 - u * u) * ucc / expected, top.criticality(), 1e-12);
    }

    @Test
    void aGroupOverAZoneOfOneRegionAndADatacenterOfAnother() {
        // eastus zone-redundant over az1, az2; westus2 pinned to az1/dc1; zone processes (50 h, 5 h);
        // a group over [eastus/az1, westus2/az1/dc1] (200 h, 10 h). Any replica is down iff eastus
        // (both zones) and westus2 (its zone or its datacenter) are: with the group down, only az2
        // must fail; with it up, all three zone processes. U = u_cc u_z + (1 - u_cc) u_z^3,
        // u_z = 5/55, u_cc = 10/210.
        Scenario s = Scenarios.builder().region("eastus", 2, 1).region("westus2", 1, 1)
                .failures(ProcessKind.ZONE, FailureSpec.exponential(50, 5))
                .replica(new ReplicaSpec("eastus", true, null, true))
                .replica(new ReplicaSpec("westus2", false, new Placement.Pinned(0, 0), true))
                .commonCause(new CommonCauseSpec("storm", List.of("eastus/az1", "westus2/az1/dc1"),
                        FailureSpec.exponential(200, 10))).run(400, 5 * 8760, 9).build();
        double uz = 5.0 / 55;
        double ucc = 10.0 / 210;
        double expected = ucc * uz + (1 - ucc) * uz * uz * uz;
        close(expected, ExactEngine.analyze(s).globalUnavailability(), 1e-12);
        Covers.assertCovers(1 - expected, s, "global.availability");
    }

    @Test
    void anEndpointOutageTakesEveryClientDownForExactlyItsLength() {
        // two replicas, clients in both regions; the endpoint is forced down for 1 h at 100 h:
        // every request through it fails, so each client loses exactly that hour, and nothing else.
        Scenario s = pair().failures(ProcessKind.REPLICA, FailureSpec.NEVER_FAILS)
                .client(new ClientSpec("eastus", 10, 1, List.of(), 37.37, -79.82))
                .client(new ClientSpec("westus2", 10, 1, List.of(), 47.23, -119.85))
                .routing(new RoutingSpec(new Fixed(2 * MIN), 0, 3 * MIN, 0))
                .outage(new OutageSpec("endpoint", 100, 1, "dns", 0, 0)).run(2, 8760, 1).build();
        var e = Runs.run(s, 2).summary().estimates().get("baseline");
        assertEquals(1 - 1.0 / 8760, e.get("clients.eastus.pull.availability").mean(), 1e-12);
        assertEquals(1 - 1.0 / 8760, e.get("clients.westus2.push.availability").mean(), 1e-12);
        assertEquals(1, e.get("global.availability").mean(), 0); // the replicas themselves were up
    }

    @Test
    void theEndpointsOwnFailuresAddToASingleRouteClientExactly() {
        // one replica (service 1000 h, 10 h) and an endpoint process (2000 h, 1 h): a client is up
        // iff both are: U = 1 - (1 - 10/1010)(1 - 1/2001).
        Scenario s = Scenarios.builder().region("eastus", 1, 1, 37.37, -79.82)
                .failures(ProcessKind.REPLICA, FailureSpec.exponential(1000, 10))
                .replica(new ReplicaSpec("eastus", false, new Placement.Pinned(0, 0), true))
                .client(new ClientSpec("eastus", 10, 0, List.of(), 37.37, -79.82))
                .routing(new RoutingSpec(RoutingSpec.DEFAULT.detection(), 0, 0, 0, FailureSpec.exponential(2000, 1)))
                .run(400, 5 * 8760, 2).build();
        double expected = 1 - (1 - 10.0 / 1010) * (1 - 1.0 / 2001);
        var exact = zonesim.exact.ExactMetrics.of(s);
        close(1 - expected, exact.get("clients.eastus.pull.availability"), 1e-12);
        Covers.assertCovers(1 - expected, s, "clients.eastus.pull.availability");
    }

    @Test
    void addingAGroupLeavesEveryOtherHistoryUnchanged() {
        // the group's stream is keyed by its name: adding it changes nothing else; westus2's
        // service records are bit-identical with and without a group over eastus's replica only
        Scenario without = pair().run(30, 8760, 4).build();
        Scenario with = pair().commonCause(new CommonCauseSpec("eastus-only", List.of("replica:eastus"),
                FailureSpec.exponential(300, 5))).run(30, 8760, 4).build();
        Runs.Collected r = Runs.collect(new Study("t.yaml", List.of(new Study.Configuration("baseline", without),
                new Study.Configuration("grouped", with))), 2);
        assertArrayEquals(r.values("baseline", "replicas.westus2.availability"),
                r.values("grouped", "replicas.westus2.availability"), 0);
        double[] a = r.values("baseline", "replicas.eastus.availability");
        double[] b = r.values("grouped", "replicas.eastus.availability");
        boolean lower = false;
        for (int i = 0; i < a.length; i++) {
            assertTrue(b[i] <= a[i]);
            lower |= b[i] < a[i];
        }
        assertTrue(lower, "the group must take eastus down in some replication");
    }
}
