package zonesim.exact;

import java.util.LinkedHashMap;
import java.util.Map;
import zonesim.distribution.Hours;
import zonesim.model.Scenario;

/**
 * The exact steady-state value of each simulated metric that has one, by the metric's name
 * (SPEC 6 and 7): the same definitions as the simulation, so a name never shows two
 * different "exact" values. Availability and downtime include zone-failover windows;
 * outages and mean outage duration are structural; interruptions are the windows. Empty
 * when the exact engine does not apply, or under a fresh start (a transient, not the
 * steady state).
 */
public final class ExactMetrics {
    private ExactMetrics() { }

    /** The map, empty when no exact value applies. */
    public static Map<String, Double> of(Scenario s) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (ExactEngine.notApplicable(s).isPresent() || !s.steady()) {
            return m;
        }
        return of(ExactEngine.figures(s), s);
    }

    /** The map for an analysed scenario. */
    public static Map<String, Double> of(ExactResult r, Scenario s) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (ReplicaFigures rf : r.replicas().values()) {
            service(m, "replicas." + rf.region() + ".", rf.pull(), rf.zoneFailoverUnavailability(),
                    rf.interruptionsPerHour());
            m.put("replicas." + rf.region() + ".push_availability", 1 - rf.pushUnavailability());
        }
        service(m, "global.", r.global(), r.globalWindowUnavailability(), r.globalInterruptionsPerHour());
        ReplicaFigures home = r.replicas().get(s.registry().home());
        if (home != null) {
            m.put("control_plane.availability", 1 - home.unavailability());
            m.put("control_plane.downtime_minutes_per_year", home.unavailability() * Hours.MINUTES_PER_YEAR);
        }
        for (ClientFigures c : r.clients().values()) {
            String p = "clients." + c.region() + ".";
            m.put(p + "pull.availability", 1 - c.pullUnavailability());
            m.put(p + "pull.downtime_minutes_per_year", c.pullUnavailability() * Hours.MINUTES_PER_YEAR);
            m.put(p + "pull.failed_requests_per_year", c.pullUnavailability() * c.pullsPerHour() * Hours.PER_YEAR);
            m.put(p + "push.availability", 1 - c.pushUnavailability());
            m.put(p + "push.failed_requests_per_year", c.pushUnavailability() * c.pushesPerHour() * Hours.PER_YEAR);
        }
        return m;
    }

    private static void service(Map<String, Double> m, String p, Figures structural, double windowU,
                                double interruptionsPerHour) {
        double u = structural.unavailability() + windowU;
        m.put(p + "availability", 1 - u);
        m.put(p + "downtime_minutes_per_year", u * Hours.MINUTES_PER_YEAR);
        m.put(p + "outages_per_year", structural.outagesPerYear());
        m.put(p + "mean_outage_minutes", structural.meanOutageMinutes());
        m.put(p + "interruptions_per_year", interruptionsPerHour * Hours.PER_YEAR);
        m.put(p + "interruption_minutes_per_year", windowU * Hours.MINUTES_PER_YEAR);
    }
}
