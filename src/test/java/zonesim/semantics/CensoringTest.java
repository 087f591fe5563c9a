package zonesim.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import zonesim.distribution.Exponential;
import zonesim.distribution.Fixed;
import zonesim.metrics.Interval;
import zonesim.model.FailureSpec;
import zonesim.model.OutageSpec;
import zonesim.model.Placement;
import zonesim.model.ProcessKind;
import zonesim.model.ReplicaSpec;
import zonesim.model.Scenario;
import zonesim.model.Start;
import zonesim.testing.Runs;
import zonesim.testing.Scenarios;

/**
 * SPEC 4.7: an outage open at the horizon (right-censored) or already open at t = 0 under
 * a steady start (left-truncated) counts in downtime but has no known duration: it is left
 * out of mean_outage_minutes and counted in censored_outages.
 */
class CensoringTest {
    private static final double YEAR = 8760;

    private static Scenarios pinned() {
        return Scenarios.builder().region("r", 1, 1)
                .replica(new ReplicaSpec("r", false, new Placement.Pinned(0, 0), true));
    }

    private static Map<String, Interval> run(Scenario s) {
        return Runs.run(s, 2).summary().estimates().get("baseline");
    }

    @Test
    void anOutageOpenAtTheHorizonCountsInDowntimeButNotInTheMeanDuration() {
        // outages [1000, 1010) h (complete, 600 min) and [8000, 10000) h, cut at the 8760 h horizon
        Scenario s = pinned().outage(new OutageSpec("r", 1000, 10, "a", 0, 0))
                .outage(new OutageSpec("r", 8000, 2000, "b", 0, 0)).run(2, YEAR, 1).build();
        Map<String, Interval> e = run(s);
        assertEquals(1 - 770 / YEAR, e.get("replicas.r.availability").mean(), 1e-12); // 10 + 760 h down
        assertEquals(2, e.get("replicas.r.outages_per_year").mean(), 1e-12);           // two began
        assertEquals(600, e.get("replicas.r.mean_outage_minutes").mean(), 1e-9);       // only the complete one
        assertEquals(1, e.get("replicas.r.censored_outages").mean(), 0);
    }

    @Test
    void onlyCensoredOutagesLeaveTheMeanUndefined() {
        Scenario s = pinned().outage(new OutageSpec("r", 8000, 2000, "b", 0, 0)).run(2, YEAR, 1).build();
        assertTrue(Double.isNaN(run(s).get("replicas.r.mean_outage_minutes").mean()));
    }

    @Test
    void outagesOpenAtTheStartOfASteadyRunAreLeftTruncated() {
        // power cycles fixed 50 h up / 50 h down; steady start; 20 h runs. Half the replications
        // begin down (left-truncated: censored, not begun); of the half that begin up, 20/50 fail
        // within 20 h and stay down past the horizon (begun and censored). Per replication:
        // censored 0.5 + 0.5 x 0.4 = 0.7; outages begun 0.2 (x 8760/20 per year); none complete.
        Scenario s = pinned().failures(ProcessKind.POWER, new FailureSpec(new Fixed(50), new Fixed(50), 0, null))
                .run(20_000, 20, 3).build();
        Covers.assertCovers(0.7, s, "replicas.r.censored_outages");
        Covers.assertCovers(0.2 * YEAR / 20, s, "replicas.r.outages_per_year");
        Covers.assertCovers(0.5, s, "replicas.r.availability");
        assertTrue(Double.isNaN(run(s.withStart(Start.STEADY)).get("replicas.r.mean_outage_minutes").mean()));
    }

    @Test
    void longOutagesAgainstTheHorizonKeepTheirTrueMean() {
        // exponential repair of mean 100 h (6000 min), ttf mean 900 h, 1000 h runs. Outages cut
        // by the horizon are left out, and long ones are more often cut: a plain mean of the
        // complete ones would be E[D; complete] / P(complete) = (100 x 1000 - 2 x 100^2) / 900 =
        // 88.9 h (11% low). Weighting each complete outage by 1 / P(complete) estimates
        // E[D | D < 1000 h] = 100 - 1000 e^-10 / (1 - e^-10) = 99.995 h = 5999.7 min.
        Scenario s = pinned().failures(ProcessKind.POWER, FailureSpec.exponential(900, 100))
                .run(20_000, 1000, 7).build();
        double expected = 60 * (100 - 1000 * Math.exp(-10) / (1 - Math.exp(-10)));
        Covers.assertCovers(expected, s, "replicas.r.mean_outage_minutes");
    }

    @Test
    void aFreshStartHasNoLeftTruncation() {
        Scenario s = pinned().failures(ProcessKind.POWER, new FailureSpec(new Exponential(50), new Fixed(50), 0, null))
                .start(Start.FRESH).run(50, 1, 3).build();
        // in 1 h, a new process rarely fails, and no outage was open at 0
        assertTrue(run(s).get("replicas.r.censored_outages").mean() < 0.1);
    }
}
