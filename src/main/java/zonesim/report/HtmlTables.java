package zonesim.report;

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

    /** One row per metric, and per configuration its estimate, interval and (where known) exact value. */
    public static String estimates(SummaryDoc s) {
        List<String> configs = s.configurations();
        List<Map<String, Estimate>> est = configs.stream().map(s::estimates).toList();
        Set<String> metrics = new LinkedHashSet<>();
        est.forEach(m -> metrics.addAll(m.keySet()));
        boolean[] exact = new boolean[configs.size()];
        StringBuilder head = new StringBuilder("<tr><th rowspan=\"2\">metric</th>");
        StringBuilder sub = new StringBuilder("<tr>");
        for (int c = 0; c < configs.size(); c++) {
            exact[c] = est.get(c).values().stream().anyMatch(e -> Double.isFinite(e.exact()));
            head.append("<th colspan=\"").append(exact[c] ? 3 : 2).append("\" class=\"config\">")
                    .append(esc(configs.get(c))).append("</th>");
            sub.append("<th>estimate</th><th>").append(esc(Labels.percent(s.number("confidence"))))
                    .append(" interval</th>").append(exact[c] ? "<th>exact</th>" : "");
        }
        StringBuilder sb = new StringBuilder("<table class=\"num\">\n").append(head).append("</tr>\n")
                .append(sub).append("</tr>\n");
        for (String m : metrics) {
            sb.append("<tr><td>").append(esc(m)).append("</td>");
            for (int c = 0; c < configs.size(); c++) {
                Estimate e = est.get(c).get(m);
                sb.append(e == null ? "<td></td><td></td>" : "<td>" + ConsoleTable.fmt(e.mean()) + "</td><td>"
                        + interval(e) + "</td>");
                if (exact[c]) {
                    boolean outside = e != null && Double.isFinite(e.exact()) && Double.isFinite(e.low())
                            && (e.exact() < e.low() || e.exact() > e.high());
                    sb.append(e == null || !Double.isFinite(e.exact()) ? "<td></td>" : outside
                            ? "<td class=\"outside\" title=\"outside the interval\">" + ConsoleTable.fmt(e.exact())
                            + " (!)</td>" : "<td>" + ConsoleTable.fmt(e.exact()) + "</td>");
                }
            }
            sb.append("</tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    private static String interval(Estimate e) {
        return "[" + ConsoleTable.fmt(e.low()) + ", " + ConsoleTable.fmt(e.high()) + "]";
    }

    /** The paired differences from the baseline, marking intervals that exclude zero. */
    public static String comparisons(SummaryDoc s) {
        List<SummaryDoc.Comparison> cmp = s.comparisons();
        if (cmp.isEmpty()) {
            return "<p>Only the baseline was simulated, so there is nothing to compare.</p>\n";
        }
        StringBuilder sb = new StringBuilder("<table class=\"cmp\">\n<tr><th>configuration</th><th>metric</th>"
                + "<th>difference</th><th>" + esc(Labels.percent(s.number("confidence")) + " interval")
                + "</th><th>± half-width</th><th>n</th><th>verdict</th></tr>\n");
        for (SummaryDoc.Comparison c : cmp) {
            Estimate d = c.difference();
            boolean sig = d.excludesZero();
            sb.append(sig ? "<tr class=\"sig\">" : "<tr>").append("<td>").append(esc(c.configuration()))
                    .append("</td><td>").append(esc(c.metric())).append("</td>");
            cells(sb, d);
            sb.append("<td>").append(sig ? "* " + verdict(c.metric(), d.mean()) : "").append("</td></tr>\n");
        }
        return sb.append("</table>\n").toString();
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
