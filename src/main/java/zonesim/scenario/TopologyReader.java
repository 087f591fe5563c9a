package zonesim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;
import zonesim.model.RegionSpec;

/**
 * {@code topology.regions}: zones default to 3 for a catalogue region with availability
 * zones and to 1 otherwise (also for a region not in the catalogue); datacenters_per_zone
 * defaults to 1; coordinates default from the catalogue (NaN when unknown).
 */
final class TopologyReader {
    /** Zones of a catalogue region that has availability zones, unless declared. */
    static final int DEFAULT_ZONES_WITH_AZ = 3;
    /** Allowed region names: they appear in element paths, so no '/', ':' or '.'. */
    static final Pattern REGION_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    /** At most this many zones per region and datacenters per zone (real regions have 3-4 and a few). */
    static final int MAX_PER_LEVEL = 100;
    private static final List<String> REGION_KEYS = List.of("zones", "datacenters_per_zone", "latitude", "longitude");

    private TopologyReader() { }

    /** The declared regions, in declaration order (invalid entries reported and left out). */
    static Map<String, RegionSpec> regions(Fields topology, RegionCatalogue catalogue) {
        Diagnostics d = topology.diagnostics();
        Map<String, RegionSpec> out = new LinkedHashMap<>();
        if (!topology.has("regions")) {
            d.error(topology.node(), topology.path("regions"), "required: declare at least one region");
            return out;
        }
        Fields regions = Fields.of(d, topology.get("regions"), topology.path("regions"), null);
        if (regions.keys().isEmpty() && regions.wellTyped()) {
            d.error(regions.node(), regions.path(), "declare at least one region");
        }
        List<String> known = catalogue.entries().stream().map(RegionCatalogue.Entry::id).collect(Collectors.toList());
        for (String id : regions.keys()) {
            Node keyNode = regions.keyNode(id);
            String path = regions.path(id);
            if (!REGION_NAME.matcher(id).matches()) {
                d.error(keyNode, path, "region names may contain only letters, digits, '-' and '_'");
                continue;
            }
            RegionCatalogue.Entry entry = catalogue.find(id).orElse(null);
            Fields f = Fields.of(d, regions.get(id), path, REGION_KEYS);
            if (entry == null) {
                d.notice(keyNode, path, "region '" + id + "' is not in the built-in catalogue"
                        + DidYouMean.hint(id, known) + unknownRegionDefaults(f.has("zones"), f.has("latitude")));
            }
            out.put(id, region(f, id, entry));
        }
        return out;
    }

    /** What an uncatalogued region falls back to, naming only what the file left out. */
    static String unknownRegionDefaults(boolean zonesGiven, boolean coordinatesGiven) {
        if (zonesGiven && coordinatesGiven) {
            return "";
        }
        if (zonesGiven) {
            return "; its coordinates are unknown";
        }
        return coordinatesGiven ? "; zones default to 1" : "; zones default to 1 and coordinates are unknown";
    }

    /** The catalogue defaults for a region added by a change: 3 zones if it has zones, 1 datacenter each. */
    static RegionSpec fromCatalogue(RegionCatalogue.Entry e) {
        return new RegionSpec(e.id(), e.hasZones() ? DEFAULT_ZONES_WITH_AZ : 1, 1, e.latitude(), e.longitude());
    }

    private static RegionSpec region(Fields f, String id, RegionCatalogue.Entry entry) {
        boolean zoned = entry != null && entry.hasZones();
        int zones = f.count("zones", zoned ? DEFAULT_ZONES_WITH_AZ : 1, 1, MAX_PER_LEVEL);
        if (entry != null && !zoned && zones > 1) {
            f.diagnostics().notice(f.get("zones"), f.path("zones"), "region '" + id
                    + "' has no availability zones in the built-in catalogue; modelling " + zones + " as declared");
        }
        int dcs = f.count("datacenters_per_zone", 1, 1, MAX_PER_LEVEL);
        double lat = f.number("latitude", entry == null ? Double.NaN : entry.latitude(), -90, 90);
        double lon = f.number("longitude", entry == null ? Double.NaN : entry.longitude(), -180, 180);
        if (f.has("latitude") != f.has("longitude")) {
            f.diagnostics().error(f.node(), f.path(), "give both latitude and longitude, or neither");
        }
        return new RegionSpec(id, zones, dcs, lat, lon);
    }
}
