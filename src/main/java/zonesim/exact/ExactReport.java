package zonesim.exact;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import zonesim.model.Scenario;

/** Renders an {@link ExactResult} as the SPEC 7 JSON document or as an aligned table for people. */
public final class ExactReport {
    private static final int TOP = 5;

    private ExactReport() { }

    /** The SPEC 7 {@code analyze --json} document; numbers in shortest round-trip form, null for NaN. */
    public static String json(ExactResult r) {
        StringBuilder b = new StringBuilder("{\n  \"replicas\": {");
        String sep = "\n";
        for (ReplicaFigures f : r.replicas().values()) {
            b.append(sep).append("    ").append(quote(f.region())).append(": {");
            field(b, "availability", f.pull().availability());
            field(b, "unavailability", f.pull().unavailability());
            field(b, "push_availability", f.push().availability());
            field(b, "push_unavailability", f.push().unavailability());
            field(b, "outages_per_year", f.pull().outagesPerYear());
            field(b, "downtime_minutes_per_year", f.pull().downtimeMinutesPerYear());
            field(b, "mean_outage_minutes", f.pull().meanOutageMinutes());
            field(b, "zone_failover_unavailability", f.zoneFailoverUnavailability());
            field(b, "push_zone_failover_unavailability", f.pushZoneFailoverUnavailability());
            b.append(" \"ranking\": ").append(ranking(r.rankingOf(f.region()), "      ")).append(" }");
            sep = ",\n";
        }
        Figures g = r.global();
        b.append("\n  },\n  \"global\": {");
        field(b, "availability", g.availability());
        field(b, "unavailability", g.unavailability());
        field(b, "outages_per_year", g.outagesPerYear());
        field(b, "downtime_minutes_per_year", g.downtimeMinutesPerYear());
        field(b, "mean_outage_minutes", g.meanOutageMinutes());
        List<RankEntry> global = r.rankingOf(ExactResult.GLOBAL);
        b.append(" \"ranking\": ").append(ranking(global, "    ")).append(" },\n");
        b.append("  \"ranking\": ").append(ranking(global, "  ")).append(",\n  \"kinds\": {");
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

    /** A readable report: per-replica and any-replica figures, then the top processes and kind shares. */
    public static String text(ExactResult r, Scenario s) {
        StringBuilder b = new StringBuilder();
        b.append("Exact steady-state figures for ").append(s.name())
                .append(" (independent alternating renewal processes; year = 8760 h)\n\n");
        String head = "%-16s %-20s %6s %13s %10s %12s %-20s %12s%n";
        String row = "%-16s %-20s %6s %13s %10s %12s %-20s %12s%n";
        b.append(String.format(Locale.ROOT, head, "system", "availability", "nines", "down min/year",
                "outages/y", "mean out min", "push availability", "zone failover"));
        for (ReplicaFigures f : r.replicas().values()) {
            Figures p = f.pull();
            b.append(String.format(Locale.ROOT, row, f.region(), percent(p), fixed(p.nines(), 2),
                    sci(p.downtimeMinutesPerYear()), sci(p.outagesPerYear()), fixed(p.meanOutageMinutes(), 1),
                    percent(f.push()), f.zoneFailoverUnavailability() > 0 ? sci(f.zoneFailoverUnavailability()) : "-"));
        }
        Figures g = r.global();
        b.append(String.format(Locale.ROOT, row, "any replica", percent(g), fixed(g.nines(), 2),
                sci(g.downtimeMinutesPerYear()), sci(g.outagesPerYear()), fixed(g.meanOutageMinutes(), 1), "", ""));
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
