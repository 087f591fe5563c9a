package zonesim.semantics;

import zonesim.distribution.Exponential;
import zonesim.distribution.Gamma;
import zonesim.distribution.LogNormal;
import zonesim.distribution.Uniform;
import zonesim.distribution.Weibull;
import static zonesim.semantics.Covers.assertCovers;

import org.junit.jupiter.api.Test;
import zonesim.model.Backup;
import zonesim.distribution.Distribution;
import zonesim.model.FailureSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.testing.Scenarios;

/** SPEC 4.1 failure-process rules against closed forms ({@link Covers} explains the tolerance). */
class FailureProcessSemanticsTest {
    /** A pinned replica in a 1-zone, 1-datacenter region; only the given processes fail. */
    private static Scenarios pinned() {
        return Scenarios.builder().region("r", 1, 1)
                .replica(new ReplicaSpec("r", false, new Placement.Pinned(0, 0), true))
                .run(400, 20 * 8760, 7);
    }

    @Test
    void singleProcessAvailabilityIsMttfOverCycle() {
        // a = MTTF / (MTTF + MTTR) = 100 / (100 + 10)
        Scenario s = pinned().failures(ProcessKind.POWER, FailureSpec.exponential(100, 10)).build();
        assertCovers(100.0 / 110, s, "replicas.r.availability");
        // outages per year = 8760 / (MTTF + MTTR) = 8760 / 110
        assertCovers(8760.0 / 110, s, "replicas.r.outages_per_year");
        // mean outage = MTTR = 10 h = 600 min
        assertCovers(600, s, "replicas.r.mean_outage_minutes");
    }

    @Test
    void datacenterIsSeriesOfPowerCoolingNetwork() {
        // independent processes in series: a = prod MTTF_i / (MTTF_i + MTTR_i)
        Scenario s = pinned()
                .failures(ProcessKind.POWER, FailureSpec.exponential(200, 10))
                .failures(ProcessKind.COOLING, FailureSpec.exponential(300, 20))
                .failures(ProcessKind.NETWORK, FailureSpec.exponential(100, 5))
                .build();
        assertCovers(200.0 / 210 * 300.0 / 320 * 100.0 / 105, s, "replicas.r.availability");
    }

    @Test
    void pinnedReplicaNeedsRegionZoneDatacenterAndService() {
        // a = a_region * a_zone * a_power * a_service
        Scenario s = pinned()
                .failures(ProcessKind.REGION, FailureSpec.exponential(500, 20))
                .failures(ProcessKind.ZONE, FailureSpec.exponential(400, 10))
                .failures(ProcessKind.POWER, FailureSpec.exponential(300, 10))
                .failures(ProcessKind.REPLICA, FailureSpec.exponential(200, 5))
                .build();
        assertCovers(500.0 / 520 * 400.0 / 410 * 300.0 / 310 * 200.0 / 205, s, "replicas.r.availability");
    }

    @Test
    void coolingRideThroughHidesShortRepairs() {
        // exponential repair mean m, ride-through tau: down time per failure = m e^{-tau/m};
        // cycle = MTTF + m, so U = m e^{-tau/m} / (MTTF + m) with MTTF 100 h, m 4 h, tau 2 h
        FailureSpec cooling = new FailureSpec(new Exponential(100), new Exponential(4), 2, null);
        Scenario s = pinned().failures(ProcessKind.COOLING, cooling).build();
        double u = 4 * Math.exp(-0.5) / 104;
        assertCovers(1 - u, s, "replicas.r.availability");
        // only failures with repair > tau are outages: rate e^{-tau/m} / cycle per hour
        assertCovers(8760 * Math.exp(-0.5) / 104, s, "replicas.r.outages_per_year");
    }

    @Test
    void backupPowerCoversUtilityFailuresUntilItRunsOut() {
        // utility repair exponential mean r = 6 h, backup runtime exponential mean g = 12 h,
        // fail to start p = 0.1: down per failure = p r + (1 - p) r^2 / (r + g)
        //   = 0.6 + 0.9 * 36 / 18 = 2.4 h; cycle = 50 + 6 = 56 h
        FailureSpec power = new FailureSpec(new Exponential(50), new Exponential(6), 0,
                new Backup(0.1, new Exponential(12)));
        Scenario s = pinned().failures(ProcessKind.POWER, power).build();
        assertCovers(1 - 2.4 / 56, s, "replicas.r.availability");
        // P(down per failure) = p + (1 - p) r / (r + g) = 0.1 + 0.9 / 3 = 0.4
        assertCovers(8760 * 0.4 / 56, s, "replicas.r.outages_per_year");
    }

    @Test
    void longRunAvailabilityDependsOnlyOnTheMeans() {
        // Weibull ttf with mean 120 h and lognormal ttr with mean 8 h (cv 2): a = 120 / 128,
        // the same as for exponentials with these means (renewal-reward theorem).
        FailureSpec network = new FailureSpec(Weibull.ofMean(2.5, 120),
                LogNormal.ofMeanCv(8, 2), 0, null);
        FailureSpec power = new FailureSpec(new Uniform(100, 300), Gamma.ofMean(3, 10), 0, null);
        Scenario s = pinned().failures(ProcessKind.NETWORK, network).failures(ProcessKind.POWER, power).build();
        assertCovers(120.0 / 128 * 200.0 / 210, s, "replicas.r.availability");
    }
}
