package zonesim.experiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps per-replication records in a binary file while the replications run, and hands
 * them to another {@link StudyRunner.RecordWriter} afterwards ({@link #replay}), in the
 * order received. Formatting replications.csv (dozens of decimal conversions per row) is
 * then done once the simulation is over: done alongside it, that code's first use (class
 * loading, interpretation, JIT compilation on the only other core of a two-core machine)
 * slowed a default run's simulation by about 15%; appending a record's raw doubles costs
 * the simulating thread a fraction of a microsecond. Only the first {@code maxRows}
 * replications of each configuration are kept, so the file's size is flat in the
 * number of replications. {@link #close} deletes the file.
 */
public final class RecordSpool implements StudyRunner.RecordWriter, AutoCloseable {
    private final Path file;
    private final int maxRows;
    private final List<String> names = new ArrayList<>();
    private final List<MetricCatalog> catalogs = new ArrayList<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private DataOutputStream out;

    /** A spool in {@code file} (created, or emptied) keeping replications {@code 0 .. maxRows-1} of each configuration. */
    public RecordSpool(Path file, int maxRows) throws IOException {
        this.file = file;
        this.maxRows = maxRows;
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    @Override
    public synchronized void write(String configuration, MetricCatalog catalog, int index, Observation observation) {
        if (index >= maxRows) {
            return;
        }
        if (out == null) {
            throw new IllegalStateException("records written after the spool was replayed");
        }
        Integer k = ordinals.get(configuration);
        if (k == null) {
            k = names.size();
            ordinals.put(configuration, k);
            names.add(configuration);
            catalogs.add(catalog);
        }
        double[] record = observation.record();
        try {
            out.writeInt(k);
            out.writeInt(index);
            out.writeLong(observation.events());
            out.writeInt(record.length);
            for (double v : record) {
                out.writeDouble(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hands every record kept to {@code target}, in the order written (outage-duration
     * histograms are not kept: the observations it sees have none). Ends the writing.
     */
    public synchronized void replay(StudyRunner.RecordWriter target) throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                int k;
                try {
                    k = in.readInt();
                } catch (EOFException end) {
                    return;
                }
                int index = in.readInt();
                long events = in.readLong();
                double[] record = new double[in.readInt()];
                for (int i = 0; i < record.length; i++) {
                    record[i] = in.readDouble();
                }
                target.write(names.get(k), catalogs.get(k), index, new Observation(record, events, null));
            }
        }
    }

    /** Closes and deletes the file. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
