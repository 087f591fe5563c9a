package zonesim.exact;

import zonesim.distribution.Exponential;
import zonesim.distribution.Gamma;
import zonesim.distribution.LogNormal;
import zonesim.distribution.Uniform;
import zonesim.distribution.Weibull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import zonesim.experiment.Summary;
import zonesim.metrics.Interval;
import zonesim.model.Backup;
import zonesim.distribution.Distribution;
import zonesim.model.FailureSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/**
 * The simulator and the exact engine agree on random topologies: seeded random regions,
 * zones, datacenters, failure distributions (exponential, Weibull, log-normal, gamma,
 * uniform), ride-through, backup power, pinned and zone-redundant replicas and write
 * quorums. Failure rates are high so that a few hundred simulated years resolve them.
 * Each replica's pull and push unavailability and the any-replica unavailability must
 * lie inside the simulator's 99.9% interval; over the 12 topologies x ~7 checks, a
 * correct pair fails some check with probability about 8%, but the seeds are fixed, so
 * the outcome is deterministic, and a wrong rule misses by many half-widths.
 */
class SimulatorAgreementTest {

    private static Distribution positive(SplittableRandom r, double mean) {
        return switch (r.nextInt(5)) {
            case 0 -> new Exponential(mean);
            case 1 -> Weibull.ofMean(0.7 + 2 * r.nextDouble(), mean);
            case 2 -> LogNormal.ofMeanCv(mean, 0.3 + 1.5 * r.nextDouble());
            case 3 -> Gamma.ofMean(0.5 + 3 * r.nextDouble(), mean);
            default -> new Uniform(0, 2 * mean);
        };
    }

    private static FailureSpec spec(SplittableRandom r, double mttf, double mttr, boolean rideThrough, boolean backup) {
        return new FailureSpec(positive(r, mttf), positive(r, mttr), rideThrough ? mttr * r.nextDouble() : 0,
                backup ? new Backup(0.2 * r.nextDouble(), positive(r, mttr * (0.5 + r.nextDouble()))) : null);
    }

    private static Scenario randomScenario(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Scenarios b = Scenarios.builder()
                .failures(ProcessKind.POWER, spec(r, 200 + 400 * r.nextDouble(), 5 + 20 * r.nextDouble(), false, true))
                .failures(ProcessKind.COOLING, spec(r, 300 + 400 * r.nextDouble(), 5 + 20 * r.nextDouble(), true, false))
                .failures(ProcessKind.NETWORK, spec(r, 100 + 300 * r.nextDouble(), 1 + 10 * r.nextDouble(), false, false))
                .failures(ProcessKind.ZONE, spec(r, 500 + 1000 * r.nextDouble(), 10 + 30 * r.nextDouble(), false, false))
                .failures(ProcessKind.REGION, spec(r, 1000 + 2000 * r.nextDouble(), 10 + 40 * r.nextDouble(), false, false))
                .failures(ProcessKind.REPLICA, spec(r, 300 + 700 * r.nextDouble(), 2 + 10 * r.nextDouble(), false, false));
        int regions = 1 + r.nextInt(3);
        int maxZones = 1;
        for (int i = 0; i < regions; i++) {
            int zones = 1 + r.nextInt(3);
            int dcs = 1 + r.nextInt(2);
            maxZones = Math.max(maxZones, zones);
            String name = "r" + i;
            b.region(name, zones, dcs);
            boolean zr = r.nextBoolean();
            Placement p = r.nextInt(3) == 0 ? Placement.RANDOM : new Placement.Pinned(r.nextInt(zones), r.nextInt(dcs));
            b.replica(new ReplicaSpec(name, zr, p, true));
        }
        b.override("r0/az1/dc1/power", spec(r, 100, 20, false, false));
        return b.writeQuorum(1 + r.nextInt(maxZones == 1 ? 1 : 2)).run(300, 20 * 8760, seed).build();
    }

    @Test
    void simulatedUnavailabilityCoversTheExactValueOnRandomTopologies() {
        List<String> misses = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            Scenario s = randomScenario(seed);
            // write_quorum must fit every zone-redundant replica's region, as the parser demands
            if (s.registry().replicas().values().stream().anyMatch(rs -> rs.zoneRedundant()
                    && s.topology().region(rs.region()).zones() < s.registry().writeQuorum())) {
                continue;
            }
            var est = Runs.run(s.withConfidence(0.999), 2).summary().estimates().get("baseline");
            ExactResult exact = ExactEngine.analyze(s);
            for (ReplicaFigures rf : exact.replicas().values()) {
                check(misses, seed, est.get("replicas." + rf.region() + ".availability"), 1 - rf.unavailability());
                check(misses, seed, est.get("replicas." + rf.region() + ".push_availability"),
                        1 - rf.pushUnavailability());
            }
            check(misses, seed, est.get("global.availability"), 1 - exact.globalUnavailability());
        }
        assertTrue(misses.isEmpty(), () -> String.join("\n", misses));
    }

    private static void check(List<String> misses, long seed, Interval i, double exact) {
        if (!(i.low() <= exact && exact <= i.high())) {
            misses.add("seed " + seed + ": exact " + exact + " outside " + i);
        }
    }
}
