package zonesim.whatif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import zonesim.random.StreamKeys;
import zonesim.report.UncertaintyFiles;
import zonesim.scenario.ScenarioDocument;
import zonesim.scenario.ScenarioException;

/** Latin hypercube worlds, the probability of being best and the drivers, against hand-derived values. */
class UncertaintyTest {
    /** The zone repair time Z uniform on [5h, 15h], which holds the crossover Z* = 9.9977 h. */
    private static final String UNIFORM_ZONE_REPAIR = """
            uncertainty: { worlds: 400, metrics: [global.availability] }
            """;

    private static ScenarioDocument doc() {
        try {
            return ScenarioDocument.loadString("t.yaml", WhatIfScenarios.CROSS.replace("zone: { mttf: 5y, mttr: 6h }",
                    "zone: { mttf: 5y, mttr: { uncertain: { uniform: [5h, 15h] } } }") + UNIFORM_ZONE_REPAIR, false,
                    null, null);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void everyStratumIsUsedOncePerParameter() {
        RandomGenerator rng = StreamKeys.latinHypercube(5);
        int n = 50;
        double[][] u = LatinHypercube.sample(n, 3, rng);
        for (int p = 0; p < 3; p++) {
            boolean[] seen = new boolean[n];
            for (double[] row : u) {
                int stratum = (int) Math.floor(row[p] * n);
                assertTrue(!seen[stratum], "stratum " + stratum + " used twice");
                seen[stratum] = true;
            }
        }
    }

    @Test
    void sameSeedSameWorlds() {
        assertArrayEquals(LatinHypercube.sample(20, 2, StreamKeys.latinHypercube(9))[7],
                LatinHypercube.sample(20, 2, StreamKeys.latinHypercube(9))[7]);
    }

    @Test
    void probabilityBestIsTheShareOfTheRangeBeyondTheCrossover() throws ScenarioException {
        // zr is best iff Z > Z* (CrossoverTest); Z uniform on [5, 15] h, so P(zr best) = (15 - Z*) / 10
        // = 0.50023. A Latin hypercube puts exactly one world in each of the n strata of width 10/n h,
        // so the count of worlds above Z* is n (15 - Z*) / 10 rounded one way or the other: within 1/n.
        ScenarioDocument d = doc();
        UncertaintyResult r = UncertaintyRunner.run(d, d.whatIf().uncertainty(), null, Evaluator.Options.quiet(2));
        int n = r.worlds();
        assertEquals(400, n);
        double expected = (15 - WhatIfScenarios.CROSSOVER_HOURS) / 10;
        var s = r.summaries().get("global.availability");
        assertEquals(expected, s.best().get("zr").mean(), 1.0 / n);
        assertEquals(1 - expected, s.best().get("baseline").mean(), 1.0 / n);
        // the pinned replica's availability falls strictly as Z grows: its rank correlation with Z is -1
        assertEquals(-1, s.drivers().get("baseline").get("topology.failures.zone.mttr"), 1e-12);
        // nominal (run) value: the median of uniform [5h, 15h], 10h
        assertEquals(10, d.whatIf().uncertainty().parameters().get(0).nominal(), 1e-12);
        // the spread of baseline availability A = (8760/8762)(43800/(43800+Z)), decreasing in Z: its 5% and
        // 95% quantiles over the worlds sit at the 95% and 5% points of Z, 14.5 h and 5.5 h. Each stratum is
        // 10/400 = 0.025 h wide and dA/dZ = 2.3e-5 per hour, so the empirical quantile (type 7, interpolating
        // between neighbouring worlds) is within two strata: 2 x 0.025 x 2.3e-5 = 1.2e-6.
        double a1 = 8760.0 / 8762;
        assertEquals(a1 * 43800 / (43800 + 14.5), s.spread().get("baseline").p05(), 1.2e-6);
        assertEquals(a1 * 43800 / (43800 + 5.5), s.spread().get("baseline").p95(), 1.2e-6);
    }

    @Test
    void resultsAreBitIdenticalForOneAndTwoThreads() throws ScenarioException {
        ScenarioDocument d = doc();
        String one = json(UncertaintyRunner.run(d, d.whatIf().uncertainty(), 60, Evaluator.Options.quiet(1)));
        String two = json(UncertaintyRunner.run(d, d.whatIf().uncertainty(), 60, Evaluator.Options.quiet(2)));
        assertEquals(one, two);
    }

    @Test
    void simulatedResultsAreBitIdenticalForOneAndTwoThreads() throws ScenarioException {
        ScenarioDocument d = doc();
        var u = d.whatIf().uncertainty();
        var sim = new zonesim.model.WhatIf.Uncertainty(8, u.parameters(), new zonesim.model.WhatIf.Settings(
                u.settings().metrics(), u.settings().configurations(), zonesim.model.WhatIf.Method.SIMULATE, 20,
                u.settings().origin()));
        String one = json(UncertaintyRunner.run(d, sim, null, Evaluator.Options.quiet(1)));
        String two = json(UncertaintyRunner.run(d, sim, null, Evaluator.Options.quiet(2)));
        assertTrue(one.contains("\"method\": \"simulation\""), one);
        assertEquals(one, two);
    }

    /** The JSON without the performance block (times differ between runs). */
    private static String json(UncertaintyResult r) {
        String s = UncertaintyFiles.json(r);
        return s.substring(0, s.indexOf("\"performance\""));
    }
}
