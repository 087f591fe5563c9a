package zonesim.scenario;

import java.util.List;
import java.util.Locale;
import zonesim.model.OutageSpec;
import zonesim.model.RegionSpec;
import zonesim.model.SlaSpec;
import zonesim.model.Topology;

/**
 * Range checks on ratios that each value alone cannot show: how many SLA windows and outage
 * repeats fit in the horizon, how far jitter moves an outage, how many datacenters the
 * topology holds. Each bounds work or memory per replication that no legal value of a
 * single key would warn of (a 1e-300 s SLA window is a positive duration, and 1e304 windows).
 * The work of a whole run (events times replications) is estimated and gated by the command
 * line, not here.
 */
final class Ratios {
    /** Most SLA windows judged per replication (each is a step of every client's SLA counter). */
    static final double MAX_SLA_WINDOWS = 1e6;
    /** Most occurrences of one repeating outage per replication. */
    static final double MAX_OCCURRENCES = 1e6;
    /** Most datacenters in the whole topology (each holds four failure processes). */
    static final int MAX_DATACENTERS = 10_000;

    private Ratios() { }

    /** Reports every ratio out of range. */
    static void check(Diagnostics d, double horizonHours, SlaSpec sla, boolean hasClients, List<OutageSpec> outages,
                      Topology topology) {
        if (hasClients && horizonHours / sla.windowHours() > MAX_SLA_WINDOWS) {
            String path = "sla.window";
            d.error(d.locate(path), path, "the horizon holds " + count(horizonHours / sla.windowHours())
                    + " SLA windows per replication; at most " + count(MAX_SLA_WINDOWS)
                    + " are judged: use a longer window or a shorter horizon");
        }
        for (int i = 0; i < outages.size(); i++) {
            outage(d, horizonHours, outages.get(i), Paths.item("outages", i));
        }
        long datacenters = 0;
        for (RegionSpec r : topology.regions().values()) {
            datacenters += (long) r.zones() * r.datacentersPerZone();
        }
        if (datacenters > MAX_DATACENTERS) {
            String path = "topology.regions";
            d.error(d.locate(path), path, "the topology has " + datacenters + " datacenters; at most "
                    + MAX_DATACENTERS + " can be simulated");
        }
    }

    private static void outage(Diagnostics d, double horizonHours, OutageSpec o, String path) {
        double window = horizonHours - o.atHours();
        if (o.repeatEveryHours() > 0 && window > 0 && window / o.repeatEveryHours() > MAX_OCCURRENCES) {
            String p = path + ".repeat";
            d.error(d.locate(p), p, "repeats " + count(window / o.repeatEveryHours())
                    + " times within the horizon; at most " + count(MAX_OCCURRENCES) + " per replication");
        }
        if (o.jitterHours() > horizonHours) {
            String p = path + ".jitter";
            d.error(d.locate(p), p, "jitter may move an outage by at most the horizon ("
                    + new java.math.BigDecimal(horizonHours).round(new java.math.MathContext(6)).stripTrailingZeros()
                    .toPlainString() + " h)");
        }
    }

    private static String count(double x) {
        return x < 1e15 ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%.3g", x);
    }
}
