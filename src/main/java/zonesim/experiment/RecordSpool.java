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
 * Keeps the rows of per-replication records in a binary file while the replications run, and
 * hands them on afterwards ({@link #replay}), in the order received. A row is what a
 * {@link Projection} makes of a record (for replications.csv, its metric values), as raw
 * doubles: 8 bytes a value, less than the same value as text. Formatting replications.csv
 * (dozens of decimal conversions per row) is then done once the simulation is over: done
 * alongside it, that code's first use (class loading, interpretation, JIT compilation on the
 * only other core of a two-core machine) slowed a default run's simulation by about 15%;
 * appending a row costs the simulating thread a fraction of a microsecond. Only the first
 * {@code maxRows} replications of each configuration are kept, so the file's size is flat
 * in the number of replications. {@link #close} deletes the file.
 */
public final class RecordSpool implements StudyRunner.RecordWriter, AutoCloseable {
    /** What of a record is kept: its row of values. */
    @FunctionalInterface
    public interface Projection {
        /** The row of {@code observation}, a replication of {@code configuration}. */
        double[] values(String configuration, MetricCatalog catalog, Observation observation);
    }

    /** Receives the kept rows. */
    @FunctionalInterface
    public interface Rows {
        /** Replication {@code index} of {@code configuration}: its events and its row. */
        void accept(String configuration, int index, long events, double[] values) throws IOException;
    }

    private final Path file;
    private final int maxRows;
    private final Projection projection;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private DataOutputStream out;

    /**
     * A spool in {@code file} (created, or emptied) keeping the rows ({@code projection}) of
     * replications {@code 0 .. maxRows-1} of each configuration.
     */
    public RecordSpool(Path file, int maxRows, Projection projection) throws IOException {
        this.file = file;
        this.maxRows = maxRows;
        this.projection = projection;
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
        }
        double[] record = projection.values(configuration, catalog, observation);
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

    /** Hands every row kept to {@code target}, in the order written. Ends the writing. */
    public synchronized void replay(Rows target) throws IOException {
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
                target.accept(names.get(k), index, events, record);
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
