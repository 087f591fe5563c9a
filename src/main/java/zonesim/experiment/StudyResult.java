package zonesim.experiment;

import java.util.List;
import zonesim.metrics.DurationHistogram;
import zonesim.model.Study;

/**
 * Everything a run produced: per configuration its catalog and the outage-duration
 * histograms summed over replications, the summary, and performance.
 */
public record StudyResult(Study study, List<ConfigurationRun> configurations, Summary summary, long events,
                          int threads, double wallSeconds) {
    public StudyResult {
        configurations = List.copyOf(configurations);
    }

    /** One configuration's catalog and its outage durations (index 0: any replica; then each replica). */
    public record ConfigurationRun(String name, PreparedConfiguration prepared, DurationHistogram[] outageDurations) {
        /** The metric catalog. */
        public MetricCatalog catalog() {
            return prepared.catalog();
        }
    }
}
