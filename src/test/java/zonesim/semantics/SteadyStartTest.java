package zonesim.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zonesim.distribution.Distribution;
import zonesim.distribution.Exponential;
import zonesim.distribution.Fixed;
import zonesim.distribution.LogNormal;
import zonesim.distribution.Weibull;
import zonesim.model.Backup;
import zonesim.model.FailureSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.model.Start;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/**
 * SPEC 4.1a: under a steady start each replication is a typical stretch of time, so the
 * availability of a run of any length is unbiased for the steady-state value
 * U = E[down per cycle] / (E[ttf] + E[ttr]); a fresh start (everything new at t = 0)
 * differs where times to failure are not exponential. Expected values are the renewal-
 * reward ratios written out here; {@link Covers} explains the 99.9% assertion.
 */
class SteadyStartTest {
    private static final double HOURS = 1;

    /** One pinned replica whose datacenter fails only by its power process {@code spec}. */
    private static Scenarios pinned(FailureSpec spec, int replications, double horizon) {
        return Scenarios.builder().region("r", 1, 1).failures(ProcessKind.POWER, spec)
                .replica(new ReplicaSpec("r", false, new Placement.Pinned(0, 0), true))
                .run(replications, horizon, 11);
    }

    private static double unavailability(Scenario s) {
        return 1 - Runs.estimate(s, "replicas.r.availability").mean();
    }

    @Test
    void wearOutTimesToFailureGiveTheSteadyStateInAShortRun() {
        // Weibull shape 3, mean 2000 h; repair fixed 50 h: U = 50 / 2050 = 0.02439. A 100 h run
        // is far shorter than a cycle: a steady start still covers U; a fresh start almost never
        // fails in 100 h (P = 1 - exp(-(100 / 2240)^3) = 8.9e-5, scale 2000 / Gamma(4/3) = 2240 h).
        FailureSpec spec = new FailureSpec(Weibull.ofMean(3, 2000), new Fixed(50), 0, null);
        Covers.assertCovers(1 - 50.0 / 2050, pinned(spec, 20_000, 100 * HOURS).build(), "replicas.r.availability");
        double fresh = unavailability(pinned(spec, 20_000, 100).start(Start.FRESH).build());
        assertTrue(fresh < 1e-3, () -> "fresh start unavailability " + fresh);
    }

    @Test
    void lognormalProcessesGiveTheSteadyState() {
        // ttf lognormal(median 300 h, sigma 1): mean 300 e^0.5 = 494.62 h; ttr lognormal(median 10 h,
        // sigma 1.2): mean 10 e^0.72 = 20.544 h. U = 20.544 / (494.62 + 20.544) = 0.03988, in a 48 h run.
        Distribution ttf = LogNormal.ofMedian(300, 1);
        Distribution ttr = LogNormal.ofMedian(10, 1.2);
        double u = 10 * Math.exp(0.72) / (300 * Math.exp(0.5) + 10 * Math.exp(0.72));
        Covers.assertCovers(1 - u, pinned(new FailureSpec(ttf, ttr, 0, null), 20_000, 48).build(),
                "replicas.r.availability");
    }

    @Test
    void fixedCyclesArePlacedUniformly() {
        // ttf fixed 90 h, ttr fixed 10 h: U = 0.1 for any horizon, even 7 h. Fresh: the first
        // failure comes at 90 h, after the 7 h run: no downtime at all.
        FailureSpec spec = new FailureSpec(new Fixed(90), new Fixed(10), 0, null);
        Covers.assertCovers(0.9, pinned(spec, 20_000, 7).build(), "replicas.r.availability");
        assertEquals(0, unavailability(pinned(spec, 100, 7).start(Start.FRESH).build()), 0);
    }

    @Test
    void rideThroughAndBackupStartConsistentWithTheState() {
        // Cooling with ride-through 2 h, repair exponential mean 4 h: a failure takes the
        // datacenter down only after 2 h; down time per failure E[(R - 2)+] = 4 e^{-1/2} = 2.4261 h.
        // ttf exponential mean 100 h: U = 2.4261 / 104 = 0.023328, in a 24 h run.
        Scenario cooling = Scenarios.builder().region("r", 1, 1)
                .failures(ProcessKind.COOLING, new FailureSpec(new Exponential(100), new Exponential(4), 2, null))
                .replica(new ReplicaSpec("r", false, new Placement.Pinned(0, 0), true)).run(20_000, 24, 5).build();
        Covers.assertCovers(1 - 4 * Math.exp(-0.5) / 104, cooling, "replicas.r.availability");
        // Power with backup: fails to start 20%, else runs a fixed 1 h; utility repair fixed 3 h:
        // down per failure 0.2 x 3 + 0.8 x (3 - 1) = 2.2 h; ttf exponential mean 50 h: U = 2.2 / 53.
        Scenario power = pinned(new FailureSpec(new Exponential(50), new Fixed(3), 0, new Backup(0.2, new Fixed(1))),
                20_000, 24).build();
        Covers.assertCovers(1 - 2.2 / 53, power, "replicas.r.availability");
    }
}
