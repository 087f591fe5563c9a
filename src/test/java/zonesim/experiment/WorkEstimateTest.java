package zonesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zonesim.distribution.Fixed;
import zonesim.model.FailureSpec;
import zonesim.model.OutageSpec;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.model.Study;
import zonesim.testing.Scenarios;

/** The work estimate counts what performance.events counts: two events per failure cycle and per outage occurrence. */
class WorkEstimateTest {
    /** One region, one zone, one datacenter; only power fails (mean 99 h up, 1 h down); 1000 h. */
    private static Scenarios powerOnly(int reps) {
        return Scenarios.builder().region("r", 1, 1).replica(new ReplicaSpec("r", false, null, true))
                .failures(ProcessKind.POWER, FailureSpec.exponential(99, 1)).run(reps, 1000, 5);
    }

    private static Study study(Scenario... configurations) {
        List<Study.Configuration> c = new java.util.ArrayList<>();
        for (int i = 0; i < configurations.length; i++) {
            c.add(new Study.Configuration(i == 0 ? "baseline" : "c" + i, configurations[i]));
        }
        return new Study("t.yaml", c);
    }

    @Test
    void eventsAreTwoPerMeanCyclePlusTwoPerOutageOccurrenceTimesRunsAndReplications() {
        // power: 2 x 1000 h / (99 h + 1 h) = 20 events; the outage at 100 h, every 100 h, starts at
        // 100, 200, ..., 900 h (the one due at 1000 h would start at the horizon): 9 occurrences, 18 events
        Scenario s = powerOnly(10).outage(new OutageSpec("r", 100, 1, "x", 100, 0)).build();
        assertEquals(38, WorkEstimate.eventsPerReplication(s), 1e-9);
        WorkEstimate w = WorkEstimate.of(study(s), false);
        assertEquals(380, w.events(), 1e-9);
        assertEquals(1, w.runs());
        // the outage drill re-runs the configuration without the outage: 20 more events per replication
        WorkEstimate impact = WorkEstimate.of(study(s), true);
        assertEquals(580, impact.events(), 1e-9);
        assertEquals(2, impact.runs());
        // a second configuration doubles the study
        assertEquals(760, WorkEstimate.of(study(s, s), false).events(), 1e-9);
    }

    @Test
    void aProcessThatNeverFailsCostsNothingAndAZeroCycleIsUnbounded() {
        Scenario never = Scenarios.builder().region("r", 1, 1).replica(new ReplicaSpec("r", false, null, true))
                .run(10, 1000, 1).build();
        assertEquals(0, WorkEstimate.eventsPerReplication(never), 0);
        Scenario zero = powerOnly(10).failures(ProcessKind.ZONE,
                new FailureSpec(new Fixed(0), new Fixed(0), 0, null)).build();
        assertTrue(WorkEstimate.of(study(zero), false).unbounded());
    }

    @Test
    void theEstimateMatchesTheEventsTheSimulatorCounts() {
        // 400 replications of the power-only model plus the outage, and its drill without the outage:
        // 400 x (38 + 20) = 23,200 expected events. The outage's 18 events per replication are exact
        // (1 h outages 100 h apart never overlap); power failures in 1000 h are close to Poisson(10)
        // (repairs take 1% of the time) and the same in both runs (common random numbers), so their
        // 2 x 2 x N events have variance 16 x 10 = 160 per replication, sd sqrt(400 x 160) = 253 over
        // the run; the steady start makes the mean exact. 4 sd = 1012.
        Scenario s = powerOnly(400).outage(new OutageSpec("r", 100, 1, "x", 100, 0)).build();
        long simulated = StudyRunner.run(study(s), 2, i -> { }).events();
        assertEquals(23_200, simulated, 1012);
        assertEquals(23_200, WorkEstimate.of(study(s), true).events(), 1e-9);
    }

    @Test
    void timeIsEventsAtTheMeasuredSpeedOfEachConfigurationShared() {
        Scenario s = powerOnly(10).outage(new OutageSpec("r", 100, 1, "x", 100, 0)).build();
        WorkEstimate w = WorkEstimate.of(study(s), true); // runs: baseline 38 events, impact re-run 20
        // nominal: 580 events / (15e6 events/s x 2 threads) = 1.9333e-5 s
        assertEquals(580 / 30e6, w.seconds(2, null), 1e-15);
        // measured 1 microsecond per event: one thread 10 x (38 + 20) x 1e-6 = 5.8e-4 s, two threads 2.9e-4 s;
        // the impact re-run costs what the baseline costs per event
        SpeedSample speed = new SpeedSample(new double[] {1e-6}, new double[] {0.01}, 0.4);
        assertEquals(2.9e-4, w.seconds(2, speed), 1e-15);
        // more threads than replications do not help: 10 replications, 16 threads = 10 threads
        assertEquals(5.8e-5, w.seconds(16, speed), 1e-15);
        SpeedSample sampled = SpeedSample.of(study(s), 0.05);
        assertTrue(sampled.secondsPerEvent()[0] > 0 && sampled.secondsPerEvent()[0] < 1, "a plausible speed");
    }

    @Test
    void durationsReadLikeAPerson() {
        assertEquals("under a second", WorkEstimate.duration(0.4));
        assertEquals("90 s", WorkEstimate.duration(90));
        assertEquals("15 min", WorkEstimate.duration(900));
        assertEquals("3.0 h", WorkEstimate.duration(10_800));
        assertEquals("12 days", WorkEstimate.duration(12 * 86_400));
        assertEquals("10.0 years", WorkEstimate.duration(3.1536e8));
    }
}
