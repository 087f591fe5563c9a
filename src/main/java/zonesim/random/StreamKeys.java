package zonesim.random;

import java.util.random.RandomGenerator;
import zonesim.model.OutageSpec;

/**
 * The one place where random streams are named (SPEC 4.9): every stream is keyed by what
 * it drives, never by creation order, so adding an element or a common cause leaves every
 * other history unchanged and configurations share the histories of common elements.
 */
public final class StreamKeys {
    private StreamKeys() { }

    /** A failure process: element path and process kind ({@code eastus/az1/dc1}, {@code power}). */
    public static RandomGenerator process(long seed, String elementPath, String kind, int replication) {
        return Streams.stream(seed, elementPath, kind, replication);
    }

    /** The datacenter drawn for a replica with random placement. */
    public static RandomGenerator placement(long seed, String region, int replication) {
        return Streams.stream(seed, "replica:" + region, "placement", replication);
    }

    /** The routing layer's detection delays for one replica. */
    public static RandomGenerator routing(long seed, String region, int replication) {
        return Streams.stream(seed, "replica:" + region, "routing", replication);
    }

    /** Whether the health probe misses each incident of one replica's service. */
    public static RandomGenerator detection(long seed, String region, int replication) {
        return Streams.stream(seed, "replica:" + region, "detection", replication);
    }

    /** The jitter of an injected outage, keyed by its target and its position in the list. */
    public static RandomGenerator outage(long seed, OutageSpec o, int replication) {
        return Streams.stream(seed, o.target(), "outage#" + o.index(), replication);
    }

    /** The Latin hypercube of an uncertainty study (SPEC 9): one stream for the whole design, drawn up front. */
    public static RandomGenerator latinHypercube(long seed) {
        return Streams.stream(seed, "uncertainty", "latin-hypercube", 0);
    }
}
