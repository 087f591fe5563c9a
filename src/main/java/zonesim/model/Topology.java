package zonesim.model;

import java.util.Map;

/** Regions in declaration order, keyed by name. */
public record Topology(Map<String, RegionSpec> regions) {
    public Topology {
        regions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regions));
    }

    /** The region or an exception naming it. */
    public RegionSpec region(String name) {
        RegionSpec r = regions.get(name);
        if (r == null) {
            throw new IllegalArgumentException("unknown region " + name);
        }
        return r;
    }
}
