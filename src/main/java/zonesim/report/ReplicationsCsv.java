package zonesim.report;

import zonesim.io.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import zonesim.experiment.StudyRunner;

/**
 * replications.csv, streamed as the run goes: one row per configuration and replication
 * with every metric's value in that replication (ratio metrics as that replication's own
 * ratio, empty when undefined) and its event count, for the first {@link #MAX_ROWS}
 * replications of each configuration (the distributions the charts draw; the estimates
 * use every replication). Charts and {@code zonesim report} read it.
 */
public final class ReplicationsCsv implements StudyRunner.RecordWriter, AutoCloseable {
    /** Replications written per configuration. */
    public static final int MAX_ROWS = 10_000;

    private final CSVPrinter out;
    private final List<String> names;
    private final Map<String, Map<String, Metric>> byConfiguration = new java.util.HashMap<>();

    /** A writer to {@code w} for configurations whose catalogs are {@code catalogs}. */
    public ReplicationsCsv(Writer w, List<MetricCatalog> catalogs) throws IOException {
        Set<String> all = new LinkedHashSet<>();
        catalogs.forEach(c -> c.metrics().forEach(m -> all.add(m.name())));
        names = List.copyOf(all);
        out = new CSVPrinter(w, CsvTable.FORMAT);
        out.print("configuration");
        out.print("replication");
        out.print("events");
        for (String n : names) {
            out.print(n);
        }
        out.println();
    }

    @Override
    public void write(String configuration, MetricCatalog catalog, int index, Observation o) {
        if (index >= MAX_ROWS) {
            return;
        }
        Map<String, Metric> byName = byConfiguration.computeIfAbsent(configuration, k -> {
            Map<String, Metric> m = new TreeMap<>();
            catalog.metrics().forEach(x -> m.put(x.name(), x));
            return m;
        });
        try {
            out.print(configuration);
            out.print(index);
            out.print(o.events());
            for (String n : names) {
                Metric m = byName.get(n);
                double v = m == null ? Double.NaN : m.value(o.record());
                out.print(Double.isFinite(v) ? Json.number(v) : "");
            }
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close(true);
    }
}
