package zonesim.whatif;

import java.util.List;
import java.util.Map;
import zonesim.experiment.Metric;
import zonesim.model.WhatIf;

/**
 * A finished sweep: what was swept, the configurations and metrics (with their meaning),
 * every point (grid order: axis 0 outer), the best configuration at each point by metric,
 * the crossovers, and the run's size and time.
 */
public record SweepResult(String scenario, long seed, WhatIf.Sweep sweep, List<String> configurations,
                          Map<String, Metric> metrics, Evaluator.Evaluation evaluation, Map<String, List<Best>> best,
                          List<Crossover> crossovers, double confidence, int threads, double wallSeconds) {
    public SweepResult {
        configurations = List.copyOf(configurations);
        crossovers = List.copyOf(crossovers);
    }

    /** The points, in grid order. */
    public List<Point> points() {
        return evaluation.points();
    }

    /** The number of values of axis {@code k}. */
    public int size(int k) {
        return sweep.axes().get(k).values().size();
    }

    /** True when {@code metric} was computed exactly at every point. */
    public boolean exact(String metric) {
        return evaluation.exactMetrics().contains(metric);
    }
}
