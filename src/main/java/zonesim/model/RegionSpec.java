package zonesim.model;

/**
 * A declared region: {@code zones} availability zones (1 = a region without zones) with
 * {@code datacentersPerZone} datacenters each, and its coordinates in degrees (NaN when
 * neither the scenario nor the built-in catalogue gives them).
 */
public record RegionSpec(String name, int zones, int datacentersPerZone, double latitude, double longitude) {
    public RegionSpec {
        if (zones < 1 || datacentersPerZone < 1) {
            throw new IllegalArgumentException("zones and datacenters_per_zone must be >= 1");
        }
    }

    /** Zone name {@code az1..azN} for a 0-based index. */
    public static String zoneName(int zoneIndex) {
        return "az" + (zoneIndex + 1);
    }

    /** Datacenter name {@code dc1..dcM} for a 0-based index. */
    public static String datacenterName(int dcIndex) {
        return "dc" + (dcIndex + 1);
    }

    /** Total datacenters in the region. */
    public int datacenters() {
        return zones * datacentersPerZone;
    }
}
