package zonesim.exact;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        StringBuilder b = new StringBuilder("{\n  \"replicas\": {");
        String sep = "\n";
        for (ReplicaFigures f : r.replicas().values()) {
            b.append(sep).append("    ").append(quote(f.region())).append(": {");
            service(b, f.pull(), f.zoneFailoverUnavailability(), f.interruptionsPerHour());
            field(b, "push_availability", 1 - f.pushUnavailability());
            field(b, "push_unavailability", f.pushUnavailability());
            b.append(" \"ranking\": ").append(ranking(r.rankingOf(f.region()), "      ")).append(" }");
            sep = ",\n";
        }
        b.append("\n  },\n  \"global\": {");
        service(b, r.global(), r.globalWindowUnavailability(), r.globalInterruptionsPerHour());
        b.append(" \"ranking\": ").append(ranking(r.rankingOf(ExactResult.GLOBAL), "    ")).append(" },\n");
        b.append("  \"endpoint\": {");
        field(b, "availability", r.endpoint().availability());
        field(b, "unavailability", r.endpoint().unavailability());
        field(b, "outages_per_year", r.endpoint().outagesPerYear());
        b.setLength(b.length() - 1);
        b.append(" },\n  \"clients\": {");
        sep = "\n";
        for (ClientFigures c : r.clients().values()) {
            b.append(sep).append("    ").append(quote(c.region())).append(": { \"pull\": {");
            field(b, "availability", 1 - c.pullUnavailability());
            field(b, "unavailability", c.pullUnavailability());
            b.setLength(b.length() - 1);
            b.append(" }, \"push\": {");
            field(b, "availability", 1 - c.pushUnavailability());
            b.setLength(b.length() - 1);
            b.append(" } }");
            sep = ",\n";
        }
        b.append(r.clients().isEmpty() ? "},\n" : "\n  },\n");
        b.append("  \"ranking\": ").append(ranking(r.rankingOf(ExactResult.GLOBAL), "  ")).append(",\n  \"kinds\": {");
        sep = "\n";
        for (Map.Entry<String, Map<String, Double>> e : r.kindShares().entrySet()) {
            b.append(sep).append("    ").append(quote(e.getKey())).append(": {");
            String inner = " ";
            for (Map.Entry<String, Double> k : e.getValue().entrySet()) {
                b.append(inner).append(quote(k.getKey())).append(": ").append(number(k.getValue()));
                inner = ", ";
            }
            b.append(" }");
            sep = ",\n";
        }
        return b.append("\n  }\n}\n").toString();
    }

    private static void service(StringBuilder b, Figures structural, double windowU, double interruptionsPerHour) {
        double u = structural.unavailability() + windowU;
        field(b, "availability", 1 - u);
        field(b, "unavailability", u);
        field(b, "outages_per_year", structural.outagesPerYear());
        field(b, "downtime_minutes_per_year", u * zonesim.distribution.Hours.MINUTES_PER_YEAR);
        field(b, "mean_outage_minutes", structural.meanOutageMinutes());
        field(b, "interruptions_per_year", interruptionsPerHour * zonesim.distribution.Hours.PER_YEAR);
        field(b, "interruption_minutes_per_year", windowU * zonesim.distribution.Hours.MINUTES_PER_YEAR);
        field(b, "structural_unavailability", structural.unavailability());
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

    private static String ranking(List<RankEntry> entries, String indent) {
        if (entries.isEmpty()) {
            return "[]";
        }
        StringBuilder b = new StringBuilder("[");
        String sep = "\n";
        for (RankEntry e : entries) {
            b.append(sep).append(indent).append("  { \"process\": ").append(quote(e.process()))
                    .append(", \"kind\": ").append(quote(e.kind()))
                    .append(", \"criticality\": ").append(number(e.criticality())).append(" }");
            sep = ",\n";
        }
        return b.append('\n').append(indent).append(']').toString();
    }

    private static void field(StringBuilder b, String name, double value) {
        b.append(' ').append(quote(name)).append(": ").append(number(value)).append(',');
    }

    /** A JSON number: Java's round-trip decimal form (valid JSON, e.g. 2.653E-11), or null. */
    static String number(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "null";
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
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
