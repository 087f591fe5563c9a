package zonesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code run} and {@code compare} print, from the same summary.json the report reads:
 * the answer first, then costs, every estimate per configuration with readable labels,
 * per-phase availability, paired differences, outage drills and speed. {@code compare}
 * prints only the paired differences.
 */
public final class ConsoleTable {
    private ConsoleTable() { }

    /** The heading line: scenario, configurations, replications, horizon, seed, confidence. */
    public static String heading(SummaryDoc s) {
        return s.scenario() + ": " + ReportHtml.runLine(s) + "\n";
    }

    /** The answer: per client region and for the registry, each configuration; then one sentence per configuration. */
    public static String answer(SummaryDoc s) {
        Answer a = new Answer(s);
        StringBuilder sb = new StringBuilder("\nThe answer (per year; intervals in brackets; * differs from the "
                + "baseline beyond chance)\n");
        Table t = a.table(true);
        String text = t.text();
        sb.append(mark(t, text));
        List<String> sentences = a.sentences();
        if (!sentences.isEmpty()) {
            sb.append('\n');
            sentences.forEach(x -> sb.append("  ").append(x).append('\n'));
        }
        return sb.toString();
    }

    /** Appends " *" to the text lines of highlighted rows. */
    private static String mark(Table t, String text) {
        String[] lines = text.split("\n");
        StringBuilder sb = new StringBuilder(lines[0]).append('\n');
        int k = 1;
        for (Table.Row r : t.rows()) {
            sb.append(lines[k++]).append(r.highlight() ? "  *" : "").append('\n');
        }
        return sb.toString();
    }

    /** The yearly bill and the cost per nine, when the scenario has costs. */
    public static String costs(SummaryDoc s) {
        Costs c = new Costs(s);
        if (!c.any()) {
            return "";
        }
        return "\nCosts a year (" + s.currency() + ")\n" + c.bill().text() + "\nWhat each nine costs (client "
                + "availability weighted by pull rate)\n" + c.perNine().text();
    }

    /** Every whole-horizon estimate, one block per configuration, with labels, intervals and exact values. */
    public static String estimates(SummaryDoc s) {
        MetricText text = new MetricText(s);
        StringBuilder sb = new StringBuilder();
        Map<String, List<String>> sections = HtmlTables.metricsBySection(s);
        for (String c : s.configurations()) {
            Table.Builder t = Table.with("metric", "estimate", "interval", "exact");
            for (List<String> metrics : sections.values()) {
                for (String m : metrics) {
                    Estimate e = s.estimate(c, m);
                    if (e == null) {
                        continue;
                    }
                    Table.Cell cell = text.cell(c, m, e, false);
                    String exact = Double.isFinite(e.exact()) ? text.format(m, e).apply(e.exact()) : "";
                    boolean outside = !exact.isEmpty() && e.halfWidth() > 0 && (e.exact() < e.low() || e.exact() > e.high());
                    t.row(List.of(Table.Cell.of(text.label(m)), Table.Cell.of(cell.text()), Table.Cell.of(cell.detail()),
                            Table.Cell.of(exact + (outside ? " (!)" : ""))));
                }
            }
            sb.append("\nconfiguration ").append(c).append('\n').append(t.build().text());
        }
        return sb.toString();
    }

    /** Number of exact values outside their estimate's (non-degenerate) interval. */
    public static int exactOutside(SummaryDoc s) {
        int n = 0;
        for (String c : s.configurations()) {
            for (Estimate e : s.estimates(c).values()) {
                if (Double.isFinite(e.exact()) && e.halfWidth() > 0 && (e.exact() < e.low() || e.exact() > e.high())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Availability per phase of each configuration's timeline (empty when nothing changes). */
    public static String phases(SummaryDoc s) {
        MetricText text = new MetricText(s);
        StringBuilder sb = new StringBuilder();
        for (String c : s.configurations()) {
            List<SummaryDoc.Phase> phases = s.phases(c);
            if (!phases.isEmpty()) {
                sb.append("\nper phase, configuration ").append(c).append(" (availability)\n")
                        .append(PhaseTables.table(c, s.estimates(c), phases, text).text());
            }
        }
        return sb.toString();
    }

    /** Paired differences from the baseline, in words with intervals; "" when only the baseline ran. */
    public static String comparisons(SummaryDoc s) {
        Table t = HtmlTables.comparisons(s);
        if (t.isEmpty()) {
            return "";
        }
        return "\nPaired differences from the baseline (common random numbers, " + Labels.percent(s.number("confidence"))
                + " intervals; * beyond chance)\n" + mark(t, t.text());
    }

    /** The outage drills; "" when nothing is injected. */
    public static String drills(SummaryDoc s) {
        Drills d = new Drills(s);
        if (!d.any()) {
            return "";
        }
        return "\nOutage drills (what each injected outage adds beyond the random failures, per run of "
                + Labels.horizon(s.number("horizon_hours")) + ", paired)\n" + d.table().text();
    }

    /** The performance line. */
    public static String performance(SummaryDoc s) {
        Map<?, ?> p = s.performance();
        double events = Estimate.num(p.get("events"));
        double wall = Estimate.num(p.get("wall_seconds"));
        if (!Double.isFinite(events)) {
            return "";
        }
        return "\n" + Formats.count((long) events) + " events in " + Formats.number(wall) + " s on " + p.get("threads")
                + " thread(s): " + Formats.number(events / Math.max(wall, 1e-9) / 1e6) + " M events/s\n";
    }

    /** Everything {@code run} prints, in order. */
    public static String run(SummaryDoc s) {
        List<String> parts = new ArrayList<>(List.of(heading(s), answer(s), costs(s), estimates(s), phases(s),
                comparisons(s), drills(s), performance(s)));
        return String.join("", parts);
    }
}
