package zonesim.exact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zonesim.distribution.Hours;
import zonesim.io.Json;
import zonesim.model.Scenario;

/** Renders an {@link ExactResult} as the SPEC 7 JSON document or as an aligned table for people. */
public final class ExactReport {
    private static final int TOP = 5;

    private ExactReport() { }

    /**
     * The SPEC 7 {@code analyze --json} document; numbers in shortest round-trip form, null
     * for NaN. Every value named like a simulated metric is defined as that metric is
     * ({@link ExactMetrics}): availability and unavailability include zone-failover windows,
     * outages and mean outage duration are structural, interruptions are the windows.
     */
    public static String json(ExactResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> replicas = new LinkedHashMap<>();
        for (ReplicaFigures f : r.replicas().values()) {
            Map<String, Object> m = service(f.pull(), f.zoneFailoverUnavailability(), f.interruptionsPerHour());
            m.put("push_availability", 1 - f.pushUnavailability());
            m.put("push_unavailability", f.pushUnavailability());
            m.put("ranking", ranking(r.rankingOf(f.region())));
            replicas.put(f.region(), m);
        }
        root.put("replicas", replicas);
        Map<String, Object> global = service(r.global(), r.globalWindowUnavailability(), r.globalInterruptionsPerHour());
        global.put("ranking", ranking(r.rankingOf(ExactResult.GLOBAL)));
        root.put("global", global);
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("availability", r.endpoint().availability());
        endpoint.put("unavailability", r.endpoint().unavailability());
        endpoint.put("outages_per_year", r.endpoint().outagesPerYear());
        root.put("endpoint", endpoint);
        Map<String, Object> clients = new LinkedHashMap<>();
        for (ClientFigures c : r.clients().values()) {
            Map<String, Object> both = new LinkedHashMap<>(); // Map.of's order changes from one JVM to the next
            both.put("pull", figures(c.pullUnavailability()));
            both.put("push", figures(c.pushUnavailability()));
            clients.put(c.region(), both);
        }
        root.put("clients", clients);
        root.put("ranking", ranking(r.rankingOf(ExactResult.GLOBAL)));
        root.put("kinds", r.kindShares());
        return Json.write(root);
    }

    private static Map<String, Object> figures(double unavailability) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("availability", 1 - unavailability);
        m.put("unavailability", unavailability);
        return m;
    }

    private static Map<String, Object> service(Figures structural, double windowU, double interruptionsPerHour) {
        double u = structural.unavailability() + windowU;
        Map<String, Object> m = figures(u);
        m.put("outages_per_year", structural.outagesPerYear());
        m.put("downtime_minutes_per_year", u * Hours.MINUTES_PER_YEAR);
        m.put("mean_outage_minutes", structural.meanOutageMinutes());
        m.put("interruptions_per_year", interruptionsPerHour * Hours.PER_YEAR);
        m.put("interruption_minutes_per_year", windowU * Hours.MINUTES_PER_YEAR);
        m.put("structural_unavailability", structural.unavailability());
        return m;
    }

    private static List<Object> ranking(List<RankEntry> entries) {
        List<Object> out = new ArrayList<>();
        for (RankEntry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("process", e.process());
            m.put("kind", e.kind());
            m.put("criticality", e.criticality());
            out.add(m);
        }
        return out;
    }

    /** A readable report: per-replica and any-replica figures, then the top processes and kind shares. */
    public static String text(ExactResult r, Scenario s) {
        StringBuilder b = new StringBuilder();
        b.append("Exact steady-state figures for ").append(s.name())
                .append(" (alternating renewal processes; year = 8760 h)\n")
                .append("availability and downtime include zone-failover interruptions; outages exclude them\n\n");
        String row = "%-16s %-20s %6s %13s %10s %12s %13s %-20s%n";
        b.append(String.format(Locale.ROOT, row, "system", "availability", "nines", "down min/year",
                "outages/y", "mean out min", "interrupts/y", "push availability"));
        for (ReplicaFigures f : r.replicas().values()) {
            Figures p = f.pull();
            Figures all = Figures.of(f.unavailability(), p.failuresPerHour());
            b.append(String.format(Locale.ROOT, row, f.region(), percent(all), fixed(all.nines(), 2),
                    sci(all.downtimeMinutesPerYear()), sci(p.outagesPerYear()), fixed(p.meanOutageMinutes(), 1),
                    f.interruptionsPerHour() > 0 ? sci(f.interruptionsPerHour() * 8760) : "-",
                    percent(Figures.of(f.pushUnavailability(), 0))));
        }
        Figures g = r.global();
        Figures gAll = Figures.of(r.globalUnavailability(), g.failuresPerHour());
        b.append(String.format(Locale.ROOT, row, "any replica", percent(gAll), fixed(gAll.nines(), 2),
                sci(gAll.downtimeMinutesPerYear()), sci(g.outagesPerYear()), fixed(g.meanOutageMinutes(), 1),
                r.globalInterruptionsPerHour() > 0 ? sci(r.globalInterruptionsPerHour() * 8760) : "-", ""));
        if (r.endpoint().unavailability() > 0) {
            b.append(String.format(Locale.ROOT, row, "global endpoint", percent(r.endpoint()),
                    fixed(r.endpoint().nines(), 2), sci(r.endpoint().downtimeMinutesPerYear()),
                    sci(r.endpoint().outagesPerYear()), fixed(r.endpoint().meanOutageMinutes(), 1), "", ""));
        }
        for (ClientFigures c : r.clients().values()) {
            Figures f = Figures.of(c.pullUnavailability(), 0);
            b.append(String.format(Locale.ROOT, row, c.region() + " clients", percent(f), fixed(f.nines(), 2),
                    sci(f.downtimeMinutesPerYear()), "", "", "", percent(Figures.of(c.pushUnavailability(), 0))));
        }
        b.append("\nWhere the downtime comes from (criticality importance, Rausand & Hoyland):\n");
        for (Map.Entry<String, Map<String, Double>> e : r.kindShares().entrySet()) {
            b.append("\n  ").append(e.getKey()).append(":");
            e.getValue().entrySet().stream().filter(k -> k.getValue() >= 0.0005)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(k -> b.append(String.format(Locale.ROOT, "  %s %.1f%%", k.getKey(), 100 * k.getValue())));
            b.append('\n');
            r.rankingOf(e.getKey()).stream().limit(TOP).forEach(x -> b.append(String.format(Locale.ROOT,
                    "    %-32s %-12s %8.2f%%%n", x.process(), x.kind(), 100 * x.criticality())));
        }
        return b.toString();
    }





    /** Availability in percent with enough digits to show the first two non-nine digits. */
    private static String percent(Figures f) {
        double nines = f.nines();
        int digits = Double.isFinite(nines) ? (int) Math.min(13, Math.max(3, Math.ceil(nines))) : 3;
        return String.format(Locale.ROOT, "%." + digits + "f%%", 100 * f.availability());
    }

    private static String sci(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.3g", x) : "-";
    }

    private static String fixed(double x, int digits) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%." + digits + "f", x) : "-";
    }
}
