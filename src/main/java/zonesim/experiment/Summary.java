package zonesim.experiment;

import java.util.List;
import java.util.Map;
import zonesim.metrics.Interval;

/**
 * Estimates with confidence intervals for every metric of every configuration, paired
 * differences from the baseline (common random numbers make replication i of two
 * configurations a matched pair, so the difference's interval comes from the
 * per-replication differences), and the outage drills of every configuration.
 */
public record Summary(Map<String, Map<String, Interval>> estimates, List<Comparison> comparisons,
                      List<OutageImpact.Impact> impacts) {

    /** The paired difference {@code configuration - baseline} of one metric. */
    public record Comparison(String configuration, String metric, Interval difference) { }

    public Summary {
        comparisons = List.copyOf(comparisons);
        impacts = List.copyOf(impacts);
    }
}
