package zonesim.random;

import java.util.random.RandomGenerator;
import zonesim.model.OutageSpec;

/**
 * The one place where random streams are named (SPEC 4.9): every stream is keyed by what
 * it drives, never by creation order, so adding an element or a common cause leaves every
 * other history unchanged and configurations share the histories of common elements. Each
 * key here names a {@link StreamFamily}: one stream per replication.
 */
public final class StreamKeys {
    private StreamKeys() { }

    /** A failure process: element path and process kind ({@code eastus/az1/dc1}, {@code power}). */
    public static StreamFamily process(long seed, String elementPath, String kind) {
        return StreamFamily.of(seed, elementPath, kind);
    }

    /** The datacenter drawn for a replica with random placement. */
    public static StreamFamily placement(long seed, String region) {
        return StreamFamily.of(seed, "replica:" + region, "placement");
    }

    /** The routing layer's detection delays for one replica. */
    public static StreamFamily routing(long seed, String region) {
        return StreamFamily.of(seed, "replica:" + region, "routing");
    }

    /** Whether the health probe misses each incident of one replica's service. */
    public static StreamFamily detection(long seed, String region) {
        return StreamFamily.of(seed, "replica:" + region, "detection");
    }

    /** The jitter of an injected outage, keyed by its target and its position in the list. */
    public static StreamFamily outage(long seed, OutageSpec o) {
        return StreamFamily.of(seed, o.target(), "outage#" + o.index());
    }

    /** The Latin hypercube of an uncertainty study (SPEC 9): one stream for the whole design, drawn up front. */
    public static RandomGenerator latinHypercube(long seed) {
        return Streams.stream(seed, "uncertainty", "latin-hypercube", 0);
    }
}
