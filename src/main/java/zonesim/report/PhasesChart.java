package zonesim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;

/**
 * Chart (g): availability in each phase of the configuration timeline, one panel for the
 * any-replica service and one per client region's pulls, phases along x ("day 0–30"),
 * one colour per configuration, on a shared "number of nines" axis with confidence
 * whiskers. Configurations with different change times get their own columns.
 */
public final class PhasesChart {
    /** File name stem. */
    public static final String NAME = "phases";

    private PhasesChart() { }

    /** The chart, or empty when no configuration has phases. */
    public static Optional<Figure> of(ResultsFolder f) {
        SummaryDoc s = f.summary();
        List<String> configs = s.configurations();
        List<SummaryDoc.Phase> columns = new ArrayList<>();
        for (String c : configs) {
            s.phases(c).stream().filter(p -> columns.stream().noneMatch(q -> q.label().equals(p.label())))
                    .forEach(columns::add);
        }
        columns.sort(Comparator.comparingDouble(SummaryDoc.Phase::startHours)
                .thenComparingDouble(SummaryDoc.Phase::endHours).thenComparingInt(SummaryDoc.Phase::index));
        List<String> labels = columns.stream().map(SummaryDoc.Phase::label).toList();
        List<String> metrics = new ArrayList<>(List.of("global.availability"));
        for (String c : configs) {
            s.estimates(c).keySet().stream().filter(m -> m.matches("clients\\.[^.]+\\.pull\\.availability"))
                    .filter(m -> !metrics.contains(m)).forEach(metrics::add);
        }
        List<Estimate> all = new ArrayList<>();
        List<List<Estimate[]>> panels = new ArrayList<>();
        for (String m : metrics) {
            List<Estimate[]> panel = new ArrayList<>();
            for (String c : configs) {
                Estimate[] row = new Estimate[labels.size()];
                for (SummaryDoc.Phase p : s.phases(c)) {
                    Estimate e = s.estimate(c, "phases." + p.index() + "." + m);
                    row[labels.indexOf(p.label())] = e;
                    if (e != null) {
                        all.add(e);
                    }
                }
                panel.add(row);
            }
            panels.add(panel);
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        NinesAxis axis = NinesAxis.of(all);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(axis.axis());
        plot.setGap(16);
        int width = Math.min(1300, Math.max(1000, 160 + metrics.size() * Math.max(300, 78 * labels.size())));
        double panelWidth = (width - 160.0) / metrics.size();
        boolean vertical = labels.size() * 78 > panelWidth;
        for (int k = 0; k < metrics.size(); k++) {
            List<DotWhisker.Point> points = new ArrayList<>();
            for (int c = 0; c < configs.size(); c++) {
                Estimate[] row = panels.get(k).get(c);
                for (int g = 0; g < row.length; g++) {
                    if (row[g] != null) {
                        points.add(axis.point(g, c, row[g]));
                    }
                }
            }
            XYPlot panel = DotWhisker.plot(panelLabel(metrics.get(k)), labels, configs, points, axis.axis());
            panel.getDomainAxis().setVerticalTickLabels(vertical);
            plot.add(panel, 1);
        }
        XYPlot first = plot.getSubplots().get(0);
        plot.setFixedLegendItems(first.getLegendItems());
        List<String> subtitles = new ArrayList<>(List.of(Labels.runLine(s),
                "x: phase between configuration changes, in days since the start · dot: estimate · whisker: "
                        + Labels.percent(s.number("confidence")) + " confidence interval · higher is better"));
        if (axis.capped()) {
            subtitles.add(NinesAxis.cappedNote(s.simulatedYears()));
        }
        subtitles.addAll(changeLines(s));
        var chart = ChartStyle.chart("Availability per phase of the timeline", subtitles, plot, true);
        return Optional.of(new Figure(NAME, "Availability in each phase between configuration changes (days "
                + "since the start of every replication), for the registry as a whole (any replica) and for each "
                + "client region's pulls through the global endpoint, one colour per configuration: read a panel "
                + "left to right to see what each change bought or cost; higher is better, one step on the axis is "
                + "ten times less downtime, and the whiskers are confidence intervals, wider for short phases.",
                chart, width, 600 + 18 * Math.max(0, subtitles.size() - 3) + (vertical ? 60 : 0)));
    }

    /**
     * What changed at each boundary, from summary.json's inputs: one line when every
     * configuration with changes has the same ones, else one line per configuration; and the
     * configurations without changes (no phases, not drawn).
     */
    static List<String> changeLines(SummaryDoc s) {
        java.util.Map<String, List<String>> byText = new java.util.LinkedHashMap<>();
        List<String> without = new ArrayList<>();
        for (String c : s.configurations()) {
            List<String> changes = new ArrayList<>();
            for (Object o : SummaryDoc.list(s.inputs(c).get("changes"))) {
                var ch = SummaryDoc.map(o);
                changes.add(ScenarioParameters.day(Estimate.num(ch.get("at_hours"))) + ": " + ch.get("text"));
            }
            if (s.phases(c).isEmpty()) {
                without.add(c);
            } else if (!changes.isEmpty()) {
                byText.computeIfAbsent(String.join(" · ", changes), k -> new ArrayList<>()).add(c);
            }
        }
        List<String> out = new ArrayList<>();
        byText.forEach((text, configs) -> out.add((byText.size() == 1 ? "changes: " : String.join(", ", configs)
                + ": ") + text));
        if (!without.isEmpty()) {
            out.add("not drawn (no changes, so no phases): " + String.join(", ", without));
        }
        return out;
    }

    private static String panelLabel(String metric) {
        return metric.startsWith("clients.") ? Labels.subject(metric) + "' pulls" : "any replica (global)";
    }
}
