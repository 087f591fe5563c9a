package zonesim.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import zonesim.model.ClientSpec;
import zonesim.model.RegionSpec;
import zonesim.model.Scenario;

/**
 * The global endpoint's preference order of replicas for one client region (SPEC 4.5):
 * the {@code prefer} list first, then the remaining replicas nearest first by
 * great-circle distance between region coordinates; without coordinates, the client's
 * own region first, then declaration order.
 */
public final class Preference {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Preference() { }

    /** The regions of {@code replicas} in preference order for {@code client}. */
    public static List<String> order(Scenario s, ClientSpec client, List<String> replicas) {
        List<String> out = new ArrayList<>();
        for (String p : client.prefer()) {
            if (replicas.contains(p) && !out.contains(p)) {
                out.add(p);
            }
        }
        List<String> rest = new ArrayList<>();
        for (String r : replicas) {
            if (!out.contains(r)) {
                rest.add(r);
            }
        }
        rest.sort(Comparator.comparingDouble((String r) -> distanceKm(s, client, r))
                .thenComparing(r -> r.equals(client.region()) ? 0 : 1)
                .thenComparing(replicas::indexOf));
        out.addAll(rest);
        return out;
    }

    private static double distanceKm(Scenario s, ClientSpec c, String replicaRegion) {
        if (replicaRegion.equals(c.region())) {
            return 0;
        }
        RegionSpec r = s.topology().regions().get(replicaRegion);
        double d = r == null ? Double.NaN : greatCircleKm(c.latitude(), c.longitude(), r.latitude(), r.longitude());
        return Double.isNaN(d) ? Double.MAX_VALUE : d;
    }

    /** Haversine great-circle distance in km between two points given in degrees. */
    public static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
