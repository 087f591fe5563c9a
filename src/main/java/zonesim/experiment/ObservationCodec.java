package zonesim.experiment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import zonesim.metrics.DurationHistogram;

/**
 * The wire form of a block of replications (each an {@link Observation} per run), for
 * results computed in another process: every double by its raw bits, so that a decoded
 * block feeds the estimators exactly what the local runner would; outage histograms
 * sparse (bin, count) pairs, since a replication has few outages. Layout: replications;
 * then per replication the run count and per run the record (length, values), the event
 * count, and the histograms (count, then per histogram its non-empty bins).
 */
public final class ObservationCodec {
    private ObservationCodec() { }

    /** Encodes {@code block} (replications in order, each the observations of every run). */
    public static byte[] encode(List<Observation[]> block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(block.size());
            for (Observation[] runs : block) {
                out.writeInt(runs.length);
                for (Observation o : runs) {
                    out.writeInt(o.record().length);
                    for (double v : o.record()) {
                        out.writeLong(Double.doubleToRawLongBits(v));
                    }
                    out.writeLong(o.events());
                    out.writeInt(o.outageDurations().length);
                    for (DurationHistogram h : o.outageDurations()) {
                        writeHistogram(out, h);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Decodes what {@link #encode} wrote. */
    public static List<Observation[]> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = in.readInt();
            List<Observation[]> block = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Observation[] runs = new Observation[in.readInt()];
                for (int k = 0; k < runs.length; k++) {
                    double[] record = new double[in.readInt()];
                    for (int j = 0; j < record.length; j++) {
                        record[j] = Double.longBitsToDouble(in.readLong());
                    }
                    long events = in.readLong();
                    DurationHistogram[] h = new DurationHistogram[in.readInt()];
                    for (int j = 0; j < h.length; j++) {
                        h[j] = readHistogram(in);
                    }
                    runs[k] = new Observation(record, events, h);
                }
                block.add(runs);
            }
            return block;
        } catch (IOException e) {
            throw new UncheckedIOException("a damaged block of replications", e);
        }
    }

    private static void writeHistogram(DataOutputStream out, DurationHistogram h) throws IOException {
        int used = 0;
        for (int b = 0; b < DurationHistogram.BINS; b++) {
            used += h.count(b) != 0 ? 1 : 0;
        }
        out.writeShort(used);
        for (int b = 0; b < DurationHistogram.BINS; b++) {
            if (h.count(b) != 0) {
                out.writeShort(b);
                out.writeLong(h.count(b));
            }
        }
    }

    private static DurationHistogram readHistogram(DataInputStream in) throws IOException {
        DurationHistogram h = new DurationHistogram();
        int used = in.readUnsignedShort();
        for (int j = 0; j < used; j++) {
            h.addToBin(in.readUnsignedShort(), in.readLong());
        }
        return h;
    }
}
