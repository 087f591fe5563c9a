package zonesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "Per phase" tables of report.html: for each configuration whose timeline has phases,
 * its availability metrics (replicas, any replica, control plane, client pulls and pushes)
 * as rows and its phases as columns, each cell the estimate with its interval.
 */
public final class PhaseTables {
    private PhaseTables() { }

    /** True if {@code metric} (without the phase prefix) is one of the availability rows. */
    static boolean isRow(String metric) {
        return metric.matches("replicas\\.[^.]+\\.availability|global\\.availability|control_plane\\.availability"
                + "|clients\\.[^.]+\\.(pull|push)\\.availability");
    }

    /** Row order: replicas (a replica added later still sits with the others), any replica, control plane, clients. */
    private static int rank(String metric) {
        return List.of("replicas", "global", "control_plane", "clients").indexOf(metric.split("\\.")[0]);
    }

    /** True if any configuration of {@code s} has phases. */
    public static boolean any(SummaryDoc s) {
        return s.configurations().stream().anyMatch(c -> !s.phases(c).isEmpty());
    }

    /** One table per configuration with phases, under a heading naming it; "" when none has phases. */
    public static String tables(SummaryDoc s) {
        StringBuilder sb = new StringBuilder();
        MetricText text = new MetricText(s);
        for (String c : s.configurations()) {
            List<SummaryDoc.Phase> phases = s.phases(c);
            if (!phases.isEmpty()) {
                sb.append("<h3>").append(HtmlTables.esc(c)).append("</h3>\n")
                        .append(table(c, s.estimates(c), phases, text).html("est phase"));
            }
        }
        return sb.toString();
    }

    /** The table of configuration {@code config}'s estimates {@code est} over {@code phases}. */
    static Table table(String config, Map<String, Estimate> est, List<SummaryDoc.Phase> phases, MetricText text) {
        List<String> rows = new ArrayList<>();
        for (String m : est.keySet()) {
            String[] p = m.split("\\.", 3);
            if (p.length == 3 && p[0].equals("phases") && isRow(p[2]) && !rows.contains(p[2])) {
                rows.add(p[2]);
            }
        }
        rows.sort(java.util.Comparator.comparingInt(PhaseTables::rank));
        List<String> header = new ArrayList<>(List.of("availability"));
        phases.forEach(p -> header.add(p.label()));
        Table.Builder t = Table.with(header);
        for (String m : rows) {
            List<Table.Cell> row = new ArrayList<>(List.of(Table.Cell.of(text.label(m))));
            for (SummaryDoc.Phase p : phases) {
                Estimate e = est.get("phases." + p.index() + "." + m);
                String name = "phases." + p.index() + "." + m;
                row.add(e == null ? Table.Cell.of("not serving") : text.cell(config, name, e, true));
            }
            t.row(row);
        }
        return t.build();
    }
}
