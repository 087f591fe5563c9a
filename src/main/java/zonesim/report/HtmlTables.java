package zonesim.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tables of report.html: the run, the estimates of each configuration, the paired comparisons. */
public final class HtmlTables {
    private HtmlTables() { }

    /** Escapes text for HTML element content and attribute values. */
    public static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The run: seed, replications, horizon, confidence, platform, configurations, performance. */
    public static String run(SummaryDoc s) {
        StringBuilder sb = new StringBuilder("<table class=\"run\">\n");
        row(sb, "seed", s.text("seed"));
        row(sb, "replications", s.text("replications"));
        double h = s.number("horizon_hours");
        row(sb, "horizon per replication", Labels.horizon(h) + " (" + ConsoleTable.fmt(h) + " hours)");
        row(sb, "confidence level", Labels.percent(s.number("confidence")));
        if (!s.text("platform").isEmpty()) {
            row(sb, "platform rules", s.text("platform"));
        }
        row(sb, "configurations", String.join(", ", s.configurations()));
        Map<?, ?> p = s.performance();
        if (p.get("events") != null) {
            row(sb, "simulated events", p.get("events") + " in " + ConsoleTable.fmt(Estimate.num(p.get("wall_seconds")))
                    + " s on " + p.get("threads") + " thread(s)");
        }
        return sb.append("</table>\n").toString();
    }

    private static void row(StringBuilder sb, String key, String value) {
        sb.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    /**
     * One row per whole-horizon metric (per-phase ones are in PhaseTables) and one column per
     * configuration; each cell holds the estimate, its interval below it and, where known, the
     * exact value (flagged when outside the interval).
     */
    public static String estimates(SummaryDoc s) {
        List<String> configs = s.configurations();
        List<Map<String, Estimate>> est = configs.stream().map(s::estimates).toList();
        Set<String> metrics = new LinkedHashSet<>();
        est.forEach(m -> m.keySet().stream().filter(k -> !isPhase(k)).forEach(metrics::add));
        StringBuilder sb = new StringBuilder("<table class=\"est\">\n<tr><th>metric</th>");
        configs.forEach(c -> sb.append("<th class=\"config\">").append(esc(c)).append("</th>"));
        sb.append("</tr>\n");
        for (String m : metrics) {
            sb.append("<tr><td>").append(esc(m)).append("</td>");
            for (Map<String, Estimate> byMetric : est) {
                Estimate e = byMetric.get(m);
                sb.append("<td>");
                if (e != null) {
                    cell(sb, e);
                    if (Double.isFinite(e.exact())) {
                        boolean outside = Double.isFinite(e.low()) && (e.exact() < e.low() || e.exact() > e.high());
                        sb.append("<br><span class=\"").append(outside ? "exact outside" : "exact").append("\">exact ")
                                .append(ConsoleTable.fmt(e.exact())).append(outside ? " (!)" : "").append("</span>");
                    }
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    /** True for a per-phase metric name ({@code phases.<k>.<metric>}). */
    static boolean isPhase(String metric) {
        return metric.startsWith("phases.");
    }

    /** The estimate with its interval below it. */
    static void cell(StringBuilder sb, Estimate e) {
        sb.append(ConsoleTable.fmt(e.mean())).append("<br><span class=\"ci\">").append(interval(e)).append("</span>");
    }

    private static String interval(Estimate e) {
        return "[" + ConsoleTable.fmt(e.low()) + ", " + ConsoleTable.fmt(e.high()) + "]";
    }

    /**
     * The paired differences of whole-horizon metrics from the baseline, marking intervals that
     * exclude zero. Differences that are exactly zero in every replication (zero mean and zero
     * half-width: the configuration left the metric untouched) are counted in one line per
     * configuration instead of listed.
     */
    public static String comparisons(SummaryDoc s) {
        List<SummaryDoc.Comparison> cmp = s.comparisons();
        if (cmp.isEmpty()) {
            return "<p>Only the baseline was simulated, so there is nothing to compare.</p>\n";
        }
        StringBuilder sb = new StringBuilder("<table class=\"cmp\">\n<tr><th>configuration</th><th>metric</th>"
                + "<th>difference</th><th>" + esc(Labels.percent(s.number("confidence")) + " interval")
                + "</th><th>± half-width</th><th>n</th><th>verdict</th></tr>\n");
        Map<String, Integer> identical = new LinkedHashMap<>();
        for (SummaryDoc.Comparison c : cmp) {
            Estimate d = c.difference();
            if (untouched(d) && !isPhase(c.metric())) {
                identical.merge(c.configuration(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < cmp.size(); i++) { // each configuration's count follows its last row
            SummaryDoc.Comparison c = cmp.get(i);
            Estimate d = c.difference();
            if (!isPhase(c.metric()) && !untouched(d)) {
                boolean sig = d.excludesZero();
                sb.append(sig ? "<tr class=\"sig\">" : "<tr>").append("<td>").append(esc(c.configuration()))
                        .append("</td><td>").append(esc(c.metric())).append("</td>");
                cells(sb, d);
                sb.append("<td>").append(sig ? "* " + verdict(c.metric(), d.mean()) : "").append("</td></tr>\n");
            }
            boolean last = i + 1 == cmp.size() || !cmp.get(i + 1).configuration().equals(c.configuration());
            Integer n = last ? identical.remove(c.configuration()) : null;
            if (n != null) {
                sb.append("<tr class=\"same\"><td>").append(esc(c.configuration())).append("</td><td colspan=\"6\">")
                        .append(identicalLine(n)).append("</td></tr>\n");
            }
        }
        return sb.append("</table>\n").toString();
    }

    /** True for a difference of exactly zero in every replication. */
    static boolean untouched(Estimate difference) {
        return difference.mean() == 0 && difference.halfWidth() == 0;
    }

    /** "N metrics identical in every replication (untouched by this configuration)". */
    static String identicalLine(int n) {
        return n + (n == 1 ? " metric" : " metrics") + " identical in every replication (untouched by this "
                + "configuration)";
    }

    private static void cells(StringBuilder sb, Estimate e) {
        sb.append("<td>").append(ConsoleTable.fmt(e.mean())).append("</td><td>").append(interval(e))
                .append("</td><td>").append(ConsoleTable.fmt(e.halfWidth())).append("</td><td>").append(e.n())
                .append("</td>");
    }

    /** "better" or "worse" than the baseline for a difference that is not chance. */
    static String verdict(String metric, double difference) {
        boolean higherIsBetter = metric.endsWith("availability");
        return (difference > 0) == higherIsBetter ? "better" : "worse";
    }
}
