package zonesim.experiment;

import zonesim.metrics.DurationHistogram;

/**
 * What one replication of one configuration produced: its record (the raw quantities of
 * {@link MetricCatalog}, one block per time window), the number of simulated state changes
 * in [0, horizon), and the complete outage durations of the any-replica service and of each
 * replica (in catalog order).
 */
public record Observation(double[] record, long events, DurationHistogram[] outageDurations) { }
