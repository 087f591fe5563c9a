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
        for (String c : s.configurations()) {
            List<SummaryDoc.Phase> phases = s.phases(c);
            if (!phases.isEmpty()) {
                sb.append("<h3>").append(HtmlTables.esc(c)).append("</h3>\n").append(table(s.estimates(c), phases));
            }
        }
        return sb.toString();
    }

    /** The table of one configuration's estimates {@code est} over {@code phases}. */
    static String table(Map<String, Estimate> est, List<SummaryDoc.Phase> phases) {
        List<String> rows = new ArrayList<>();
        for (String m : est.keySet()) {
            String[] p = m.split("\\.", 3);
            if (p.length == 3 && p[0].equals("phases") && isRow(p[2]) && !rows.contains(p[2])) {
                rows.add(p[2]);
            }
        }
        rows.sort(java.util.Comparator.comparingInt(PhaseTables::rank));
        StringBuilder sb = new StringBuilder("<table class=\"est phase\">\n<tr><th>availability</th>");
        phases.forEach(p -> sb.append("<th class=\"config\">").append(HtmlTables.esc(p.label())).append("</th>"));
        sb.append("</tr>\n");
        for (String m : rows) {
            sb.append("<tr><td>").append(HtmlTables.esc(m)).append("</td>");
            for (SummaryDoc.Phase p : phases) {
                Estimate e = est.get("phases." + p.index() + "." + m);
                sb.append("<td>");
                if (e == null) {
                    sb.append("<span class=\"ci\">not serving</span>");
                } else {
                    HtmlTables.cell(sb, e);
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</table>\n").toString();
    }
}
