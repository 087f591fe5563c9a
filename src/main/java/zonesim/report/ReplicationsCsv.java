package zonesim.report;

import zonesim.io.Json;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import zonesim.experiment.Metric;
import zonesim.experiment.MetricCatalog;
import zonesim.experiment.Observation;
import zonesim.experiment.RecordSpool;

/**
 * replications.csv: one row per configuration and replication with every metric's value in
 * that replication (ratio metrics as that replication's own ratio, empty when undefined) and
 * its event count, for the first {@link #MAX_ROWS} replications of each configuration (the
 * distributions the charts draw; the estimates use every replication). Charts and
 * {@code zonesim report} read it. A run computes each row's values as it goes
 * ({@link Columns}, kept by a {@link RecordSpool}) and writes the rows after the simulation.
 */
public final class ReplicationsCsv implements AutoCloseable {
    /** Replications written per configuration. */
    public static final int MAX_ROWS = 10_000;

    private final CSVPrinter out;
    private final Columns columns;

    /**
     * The metric columns of a run's configurations: every metric of any of them, in the
     * order first seen, and a row's values in that order (NaN where a configuration has no
     * such metric or its value is undefined).
     */
    public static final class Columns implements RecordSpool.Projection {
        private final List<String> names;
        private final Map<MetricCatalog, Metric[]> byCatalog = new java.util.IdentityHashMap<>();

        /** The columns of configurations whose catalogs are {@code catalogs}. */
        public Columns(List<MetricCatalog> catalogs) {
            Set<String> all = new LinkedHashSet<>();
            catalogs.forEach(c -> c.metrics().forEach(m -> all.add(m.name())));
            names = List.copyOf(all);
        }

        /** The metric column names, in file order. */
        public List<String> names() {
            return names;
        }

        @Override
        public synchronized double[] values(String configuration, MetricCatalog catalog, Observation o) {
            // plain loops on this per-row path: a lambda's first use costs a millisecond of
            // class generation, inside the simulation's timing
            Metric[] metrics = byCatalog.get(catalog);
            if (metrics == null) {
                Map<String, Metric> byName = new TreeMap<>();
                for (Metric x : catalog.metrics()) {
                    byName.put(x.name(), x);
                }
                metrics = new Metric[names.size()];
                for (int i = 0; i < metrics.length; i++) {
                    metrics[i] = byName.get(names.get(i));
                }
                byCatalog.put(catalog, metrics);
            }
            double[] v = new double[metrics.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = metrics[i] == null ? Double.NaN : metrics[i].value(o.record());
            }
            return v;
        }
    }

    /** A writer to {@code w} of rows with {@code columns}; writes the header. */
    public ReplicationsCsv(Writer w, Columns columns) throws IOException {
        this.columns = columns;
        out = new CSVPrinter(w, CsvTable.FORMAT);
        out.print("configuration");
        out.print("replication");
        out.print("events");
        for (String n : columns.names()) {
            out.print(n);
        }
        out.println();
    }

    /** Writes one row: the replication's index, events, and metric values in column order. */
    public void row(String configuration, int index, long events, double[] values) throws IOException {
        if (values.length != columns.names().size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.names().size() + " columns");
        }
        out.print(configuration);
        out.print(index);
        out.print(events);
        for (double v : values) {
            out.print(Double.isFinite(v) ? Json.number(v) : "");
        }
        out.println();
    }

    @Override
    public void close() throws IOException {
        out.close(true);
    }
}
