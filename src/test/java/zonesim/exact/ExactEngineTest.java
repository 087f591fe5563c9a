package zonesim.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zonesim.exact.TestScenarios.a;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.model.FailureSpec;
import zonesim.model.OutageSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.Scenario;

/** Replica and any-replica figures on small scenarios worked by hand (SPEC 4.1-4.3). */
class ExactEngineTest {

    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.abs(expected), () -> "expected " + expected + " got " + actual);
    }

    @Test
    void datacenterIsASeriesOfItsProcesses() {
        // one region, one zone, one datacenter, pinned replica; only power (8760, 4), cooling (17520, 8),
        // network (4380, 1) fail: U = 1 - a_p a_c a_n; f = sum_i nu_i prod_{j != i} a_j, nu_i = 1 / cycle_i
        Scenario s = new TestScenarios().region("r", 1, 1)
                .fail(ProcessKind.POWER, FailureSpec.exponential(8760, 4))
                .fail(ProcessKind.COOLING, FailureSpec.exponential(17520, 8))
                .fail(ProcessKind.NETWORK, FailureSpec.exponential(4380, 1))
                .placed("r", new Placement.Pinned(0, 0)).build();
        double ap = a(8760, 4);
        double ac = a(17520, 8);
        double an = a(4380, 1);
        Figures f = ExactEngine.analyze(s).replicas().get("r").pull();
        close(1 - ap * ac * an, f.unavailability(), 1e-13);
        close(ac * an / 8764 + ap * an / 17528 + ap * ac / 4381, f.failuresPerHour(), 1e-13);
        close(f.unavailability() / f.failuresPerHour(), f.meanOutageHours(), 1e-15);
    }

    @Test
    void zoneWithTwoDatacentersNeedsBothDownOrItsZoneProcess() {
        // zone-redundant replica, one zone with two datacenters; power (1000, 10), zone (5000, 5):
        // U = 1 - a_z (1 - u_p^2); f = nu_z (1 - u_p^2) + a_z * 2 nu_p u_p
        Scenario s = new TestScenarios().region("r", 1, 2)
                .fail(ProcessKind.POWER, FailureSpec.exponential(1000, 10))
                .fail(ProcessKind.ZONE, FailureSpec.exponential(5000, 5)).zoneRedundant("r").build();
        double up = 10.0 / 1010;
        double az = a(5000, 5);
        Figures f = ExactEngine.analyze(s).replicas().get("r").pull();
        close(1 - az * (1 - up * up), f.unavailability(), 1e-13);
        close((1 - up * up) / 5005 + az * 2 * up / 1010, f.failuresPerHour(), 1e-13);
    }

    @Test
    void pushNeedsTheWriteQuorumOfZones() {
        // 3 zones, only zone processes fail (1000, 10), region (10000, 10); write quorum 2:
        // push U = 1 - a_r (a^3 + 3 a^2 u); pull U = 1 - a_r (1 - u^3)
        Scenario s = new TestScenarios().region("r", 3, 1)
                .fail(ProcessKind.ZONE, FailureSpec.exponential(1000, 10))
                .fail(ProcessKind.REGION, FailureSpec.exponential(10000, 10))
                .zoneRedundant("r").writeQuorum(2).build();
        double u = 10.0 / 1010;
        double az = 1 - u;
        double ar = a(10000, 10);
        ReplicaFigures r = ExactEngine.analyze(s).replicas().get("r");
        close(1 - ar * (az * az * az + 3 * az * az * u), r.push().unavailability(), 1e-13);
        close(1 - ar * (1 - u * u * u), r.pull().unavailability(), 1e-13);
        // push frequency: region fails while quorum up, or a zone fails while exactly one other is up
        double quorum = az * az * az + 3 * az * az * u;
        close(quorum / 10010 + ar * 3 / 1010 * 2 * u * az, r.push().failuresPerHour(), 1e-13);
    }

    @Test
    void zoneRedundancyBeatsPinningAndPinnedDependsOnItsZoneProcessOnly() {
        // 3 zones x 2 dcs, power (8760, 4), zone (43800, 6): pinned U = 1 - a_z a_p (other dcs irrelevant)
        TestScenarios t = new TestScenarios().region("r", 3, 2)
                .fail(ProcessKind.POWER, FailureSpec.exponential(8760, 4))
                .fail(ProcessKind.ZONE, FailureSpec.exponential(43800, 6));
        double pinned = ExactEngine.analyze(t.placed("r", new Placement.Pinned(1, 1)).build())
                .replicas().get("r").pull().unavailability();
        double zr = ExactEngine.analyze(t.zoneRedundant("r").build()).replicas().get("r").pull().unavailability();
        close(1 - a(43800, 6) * a(8760, 4), pinned, 1e-13);
        assertTrue(zr < pinned * 1e-3, () -> zr + " vs " + pinned);
    }

    @Test
    void randomPlacementAveragesThePinnedFigures() {
        // 2 zones x 2 dcs; az2/dc1 has worse power (1000, 10) than the rest (8760, 4): the random
        // replica's U and f are the means over the four pinned placements
        TestScenarios t = new TestScenarios().region("r", 2, 2)
                .fail(ProcessKind.POWER, FailureSpec.exponential(8760, 4))
                .fail(ProcessKind.ZONE, FailureSpec.exponential(43800, 6))
                .override("r/az2/dc1/power", FailureSpec.exponential(1000, 10));
        double u = 0;
        double f = 0;
        for (int z = 0; z < 2; z++) {
            for (int d = 0; d < 2; d++) {
                Figures p = ExactEngine.analyze(t.placed("r", new Placement.Pinned(z, d)).build()).replicas().get("r").pull();
                u += p.unavailability() / 4;
                f += p.failuresPerHour() / 4;
            }
        }
        Figures random = ExactEngine.analyze(t.placed("r", Placement.RANDOM).build()).replicas().get("r").pull();
        close(u, random.unavailability(), 1e-14);
        close(f, random.failuresPerHour(), 1e-14);
        // by hand: U = 1 - a_z (3 a(8760, 4) + a(1000, 10)) / 4
        close(1 - a(43800, 6) * (3 * a(8760, 4) + a(1000, 10)) / 4, random.unavailability(), 1e-13);
    }

    @Test
    void ref66AnyReplicaUnavailabilityIsAbout2point65e11() {
        // ref66 (/work/shared/bench/ref66.yaml): a_dc = a(8760,4) a(17520,8) a(4380,1);
        // zone u_z = 1 - a(43800,6) (1 - (1 - a_dc)^2); zone-redundant U = 1 - a(87600,12) (1 - u_z^3);
        // pinned (westeurope az1/dc1) U = 1 - a(87600,12) a(43800,6) a_dc; regions independent:
        // global U = U_zr^2 U_pinned = 2.6532e-11
        double adc = a(8760, 4) * a(17520, 8) * a(4380, 1);
        double uz = 1 - a(43800, 6) * (1 - (1 - adc) * (1 - adc));
        double zr = 1 - a(87600, 12) * (1 - uz * uz * uz);
        double pinned = 1 - a(87600, 12) * a(43800, 6) * adc;
        ExactResult r = ExactEngine.analyze(TestScenarios.ref66());
        close(zr, r.replicas().get("eastus").pull().unavailability(), 1e-12);
        close(pinned, r.replicas().get("westeurope").pull().unavailability(), 1e-12);
        close(zr * zr * pinned, r.global().unavailability(), 1e-12);
        close(2.6532e-11, r.global().unavailability(), 1e-4);
        // global frequency: parallel of three replicas, f = sum_r f_r prod_{other} U
        double fzr = r.replicas().get("eastus").pull().failuresPerHour();
        double fp = r.replicas().get("westeurope").pull().failuresPerHour();
        close(2 * fzr * zr * pinned + fp * zr * zr, r.global().failuresPerHour(), 1e-12);
    }

    @Test
    void zoneFailoverIsWindowTimesRateOfSurvivableZoneLosses() {
        // 3 zones x 1 dc, zone (1000, 10), region (10000, 10), service (2000, 2); window 5 s:
        // rate = 3 nu_z a_r a_s (1 - u_z^2), nu_z = 1/1010; unavailability = window x rate
        double window = 5.0 / 3600;
        Scenario s = new TestScenarios().region("r", 3, 1)
                .fail(ProcessKind.ZONE, FailureSpec.exponential(1000, 10))
                .fail(ProcessKind.REGION, FailureSpec.exponential(10000, 10))
                .fail(ProcessKind.REPLICA, FailureSpec.exponential(2000, 2))
                .zoneRedundant("r").zoneFailover(window).build();
        double uz = 10.0 / 1010;
        double expected = window * 3 / 1010 * a(10000, 10) * a(2000, 2) * (1 - uz * uz);
        close(expected, ExactEngine.analyze(s).replicas().get("r").zoneFailoverUnavailability(), 1e-13);
    }

    @Test
    void criticalityOfASeriesSystemSplitsItsDowntime() {
        // series: I_C(i) = q_i prod_{j != i} a_j / U; region (10000, 10) vs service (1000, 10): the service
        // holds ~10x the downtime; kind shares sum to 1
        Scenario s = new TestScenarios().region("r", 1, 1)
                .fail(ProcessKind.REGION, FailureSpec.exponential(10000, 10))
                .fail(ProcessKind.REPLICA, FailureSpec.exponential(1000, 10))
                .placed("r", new Placement.Pinned(0, 0)).build();
        ExactResult r = ExactEngine.analyze(s);
        double qr = 10.0 / 10010;
        double qs = 10.0 / 1010;
        double u = 1 - (1 - qr) * (1 - qs);
        List<RankEntry> ranking = r.rankingOf("r");
        assertEquals("replica:r", ranking.get(0).process());
        close(qs * (1 - qr) / u, ranking.get(0).criticality(), 1e-13);
        close(qr * (1 - qs) / u, ranking.get(1).criticality(), 1e-13);
        close(1, r.kindShares().get("r").values().stream().mapToDouble(Double::doubleValue).sum(), 1e-15);
    }

    @Test
    void injectedOutagesAndChangesMakeExactFiguresInapplicable() {
        Scenario s = TestScenarios.ref66();
        assertTrue(ExactEngine.notApplicable(s).isEmpty());
        Scenario withOutage = s.withOutages(List.of(new OutageSpec("eastus/az2", 720, 6, "power", 0, 0)));
        assertTrue(ExactEngine.notApplicable(withOutage).orElseThrow().contains("outages"));
    }
}
