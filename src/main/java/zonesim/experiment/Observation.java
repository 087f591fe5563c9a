package zonesim.experiment;

import zonesim.metrics.DurationHistogram;

/**
 * What one replication of one configuration produced: the raw columns its metrics are
 * computed from, the number of simulated state changes, and outage-duration histograms
 * of the global service and of each replica (in layout order).
 */
public record Observation(double[] columns, long events, DurationHistogram[] outageDurations) { }
