package zonesim.whatif;

import java.util.List;
import java.util.Map;
import zonesim.experiment.Metric;
import zonesim.metrics.Interval;
import zonesim.model.WhatIf;

/**
 * A finished uncertainty study (SPEC 9): the worlds drawn ({@code draws[world][parameter]},
 * in the parameters' units), every configuration evaluated in each, and per metric the
 * distribution over worlds, how often each configuration is best, and which parameters
 * drive the spread.
 */
public record UncertaintyResult(String scenario, long seed, WhatIf.Uncertainty uncertainty, List<String> configurations,
                                Map<String, Metric> metrics, double[][] draws, Evaluator.Evaluation evaluation,
                                Map<String, Summary> summaries, double confidence, int threads, double wallSeconds) {
    public UncertaintyResult {
        configurations = List.copyOf(configurations);
    }

    /**
     * One metric over the worlds: per configuration its spread; the probability that it is
     * best (ties shared; Wilson interval over the worlds), and for simulated values the share
     * of worlds where it is best with a paired difference from the runner-up that excludes
     * zero; {@code wins.get(a).get(b)}, the share of worlds where a beats b (ties count half);
     * and {@code drivers.get(configuration).get(path)}, the Spearman rank correlation between
     * each parameter and the metric over the worlds.
     */
    public record Summary(Map<String, Spread> spread, Map<String, Interval> best, Map<String, Double> clearlyBest,
                          Map<String, Map<String, Double>> wins, Map<String, Map<String, Double>> drivers) { }

    /**
     * The distribution of a metric over the worlds: mean, median, the 5% and 95% quantiles
     * (R type 7, Hyndman and Fan 1996), min and max; {@code meanHalfWidth} the average
     * simulation half-width (0 when exact), to compare with the spread.
     */
    public record Spread(double mean, double median, double p05, double p95, double min, double max,
                         double meanHalfWidth) { }

    /** The number of worlds. */
    public int worlds() {
        return draws.length;
    }

    /** True when {@code metric} was computed exactly in every world. */
    public boolean exact(String metric) {
        return evaluation.exactMetrics().contains(metric);
    }
}
