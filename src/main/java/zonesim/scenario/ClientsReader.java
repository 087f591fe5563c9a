package zonesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import zonesim.model.ClientSpec;
import zonesim.model.RegionSpec;
import zonesim.model.Topology;

/**
 * {@code clients.<region>: { pulls, pushes, prefer }}: rates default to 0, {@code prefer} to
 * nearest first. A client region is any declared or catalogue region with coordinates.
 */
final class ClientsReader {
    private static final List<String> KEYS = List.of("pulls", "pushes", "prefer");

    private ClientsReader() { }

    /** The clients by region, in declaration order. */
    static Map<String, ClientSpec> read(Fields root, Topology topology, RegionCatalogue catalogue,
                                        Set<String> replicaRegions) {
        Diagnostics d = root.diagnostics();
        Map<String, ClientSpec> out = new LinkedHashMap<>();
        Fields clients = Fields.of(d, root.get("clients"), root.path("clients"), null);
        for (String region : clients.keys()) {
            Node key = clients.keyNode(region);
            String path = clients.path(region);
            Fields f = Fields.of(d, clients.get(region), path, KEYS);
            double[] latLon = coordinates(region, topology, catalogue);
            if (latLon == null) {
                List<String> known = new ArrayList<>(topology.regions().keySet());
                catalogue.entries().forEach(e -> known.add(e.id()));
                d.error(key, path, "unknown region '" + region + "'" + DidYouMean.hint(region, known)
                        + "; declare it in topology.regions with latitude and longitude");
                continue;
            }
            if (Double.isNaN(latLon[0])) {
                d.error(key, path, "client region '" + region + "' needs coordinates: give latitude and "
                        + "longitude in topology.regions." + region);
            }
            List<String> prefer = prefer(f, topology, catalogue, replicaRegions);
            out.put(region, new ClientSpec(region, f.rate("pulls", 0), f.rate("pushes", 0), prefer,
                    latLon[0], latLon[1]));
        }
        return out;
    }

    /** Latitude and longitude of a declared or catalogue region; null if neither. */
    static double[] coordinates(String region, Topology topology, RegionCatalogue catalogue) {
        RegionSpec r = topology.regions().get(region);
        if (r != null) {
            return new double[] {r.latitude(), r.longitude()};
        }
        return catalogue.find(region).map(e -> new double[] {e.latitude(), e.longitude()}).orElse(null);
    }

    private static List<String> prefer(Fields f, Topology topology, RegionCatalogue catalogue,
                                       Set<String> replicaRegions) {
        List<String> out = new ArrayList<>();
        if (!f.has("prefer")) {
            return out;
        }
        Diagnostics d = f.diagnostics();
        Node n = f.get("prefer");
        if (!(n instanceof SequenceNode s)) {
            d.error(n, f.path("prefer"), "expected a list of regions, got " + Values.describe(n));
            return out;
        }
        for (int i = 0; i < s.getValue().size(); i++) {
            Node item = s.getValue().get(i);
            String path = Paths.item(f.path("prefer"), i);
            Optional<String> region = Values.string(d, item, path);
            if (region.isEmpty()) {
                continue;
            }
            if (!replicaRegions.contains(region.get())) {
                d.error(item, path, "region '" + region.get() + "' has no replica"
                        + DidYouMean.hint(region.get(), replicaRegions));
            } else if (out.contains(region.get())) {
                d.error(item, path, "region '" + region.get() + "' is listed twice");
            } else {
                out.add(region.get());
            }
        }
        return out;
    }
}
