package zonesim.semantics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import zonesim.metrics.Interval;
import zonesim.model.Scenario;
import zonesim.testing.Runs;

/**
 * The statistical assertion used by semantic tests: the hand-derived exact value must lie
 * inside the simulator's 99.9% Student-t interval. With a correct simulator a given
 * assertion fails with probability 0.001; the seed is fixed, so the outcome is
 * deterministic, and a wrong rule moves the estimate many half-widths away.
 */
final class Covers {
    static final double CONFIDENCE = 0.999;

    private Covers() { }

    static void assertCovers(double exact, Scenario s, String metric) {
        Interval i = Runs.run(s.withConfidence(CONFIDENCE), 2).summary().estimates().get("baseline").get(metric);
        assertTrue(i.low() <= exact && exact <= i.high(), () -> metric + ": exact " + exact + " outside " + i);
    }
}
