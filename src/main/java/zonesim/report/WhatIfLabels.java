package zonesim.report;

import java.util.Locale;
import zonesim.whatif.Evaluator;

/** Short texts of the what-if charts and report: the run line and how values were computed. */
final class WhatIfLabels {
    private WhatIfLabels() { }

    /** "scenario NAME · seed S · N points (or worlds) · M replications each (or: exact)". */
    static String runLine(String scenario, long seed, Evaluator.Evaluation e, String noun) {
        return String.format(Locale.ROOT, "scenario %s · seed %d · %d %s%s%s", scenario, seed, e.points().size(),
                noun, e.points().size() == 1 ? "" : "s", e.simulated() ? " · " + e.replications()
                        + " replications each on common random numbers" : " · exact steady state (SPEC 7)");
    }

    /** How one metric's values were obtained. */
    static String method(boolean exact, double confidence) {
        return exact ? "exact steady-state values" : "simulated: band = " + Labels.percent(confidence)
                + " confidence interval";
    }
}
