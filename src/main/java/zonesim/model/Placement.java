package zonesim.model;

/** Where a non-zone-redundant replica runs (SPEC 4.3). */
public sealed interface Placement {
    /** A fixed datacenter; indices are 0-based ({@code az1/dc1} is 0, 0). */
    record Pinned(int zoneIndex, int datacenterIndex) implements Placement {
        /** The path suffix, e.g. {@code az1/dc2}. */
        @Override
        public String toString() {
            return RegionSpec.zoneName(zoneIndex) + "/" + RegionSpec.datacenterName(datacenterIndex);
        }
    }

    /** Drawn uniformly per replication from the region's datacenters. */
    record Random() implements Placement {
        @Override
        public String toString() {
            return "random";
        }
    }

    /** The shared {@link Random} value. */
    Placement RANDOM = new Random();
}
