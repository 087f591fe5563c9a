package zonesim.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import zonesim.exact.ExactEngine;
import zonesim.exact.ExactResult;
import zonesim.exact.Figures;
import zonesim.exact.ReplicaFigures;
import zonesim.model.Scenario;

/**
 * Exact steady-state values of the simulated metrics, by metric name, for scenarios the
 * exact engine covers (SPEC 7). A zone-redundant replica's figures include its zone
 * failover windows to first order (extra unavailability from the engine, one extra
 * outage per window), and so does the any-replica figure built from them; this is what
 * the simulator measures. {@code analyze} reports the structural figures and the window
 * term separately.
 */
final class ExactColumns {
    private ExactColumns() { }

    /** The map, empty when the exact engine does not apply. */
    static Map<String, Double> of(Scenario s) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (ExactEngine.notApplicable(s).isPresent()) {
            return m;
        }
        ExactResult r = ExactEngine.analyze(s);
        double window = s.registry().zoneFailoverHours();
        java.util.List<double[]> withWindows = new java.util.ArrayList<>(); // {U, f} per replica, windows included
        for (ReplicaFigures rf : r.replicas().values()) {
            String p = "replicas." + rf.region() + ".";
            double extraU = rf.zoneFailoverUnavailability();
            double extraF = window > 0 ? extraU / window : 0;
            double u = rf.pull().unavailability() + extraU;
            double f = rf.pull().failuresPerHour() + extraF;
            m.put(p + "availability", 1 - u);
            m.put(p + "push_availability", 1 - (rf.push().unavailability() + rf.pushZoneFailoverUnavailability()));
            m.put(p + "downtime_minutes_per_year", u * 525_600);
            m.put(p + "outages_per_year", f * 8_760);
            m.put(p + "mean_outage_minutes", f > 0 ? u / f * 60 : Double.NaN);
            withWindows.add(new double[] {u, f});
        }
        // any replica: replicas are in distinct regions, hence independent, so with windows
        // included U = prod U_i and f = sum_i f_i prod_{j != i} U_j (parallel system)
        double ug = 1;
        double fg = 0;
        for (int i = 0; i < withWindows.size(); i++) {
            ug *= withWindows.get(i)[0];
            double others = 1;
            for (int j = 0; j < withWindows.size(); j++) {
                others *= j == i ? 1 : withWindows.get(j)[0];
            }
            fg += withWindows.get(i)[1] * others;
        }
        Figures g = window > 0 ? Figures.of(ug, fg) : r.global();
        m.put("global.availability", g.availability());
        m.put("global.downtime_minutes_per_year", g.unavailability() * 525_600);
        m.put("global.outages_per_year", g.outagesPerYear());
        m.put("global.mean_outage_minutes", g.meanOutageMinutes());
        String home = "replicas." + s.registry().home() + ".availability";
        if (m.containsKey(home)) {
            m.put("control_plane.availability", m.get(home));
        }
        return m;
    }
}
