package zonesim.experiment;

import zonesim.model.Scenario;

/**
 * Raw results of one configuration: per replication (in replication order) its
 * {@link Observation}.
 */
public record ConfigurationResult(String name, Scenario scenario, MetricLayout layout, Observation[] observations) {

    /** Per-replication values of column {@code c}, in replication order. */
    public double[] column(int c) {
        double[] x = new double[observations.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = observations[i].columns()[c];
        }
        return x;
    }

    /** Per-replication values of plain metric {@code m}. */
    public double[] values(Metric m) {
        double[] x = new double[observations.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = m.value(observations[i].columns());
        }
        return x;
    }

    /** Total simulated state changes over all replications. */
    public long events() {
        long e = 0;
        for (Observation o : observations) {
            e += o.events();
        }
        return e;
    }
}
