package zonesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chart (a): availability of any replica, of each replica and of each client region's pulls per configuration,
 * on a "number of nines" axis (-log10(1 - A)) with the confidence interval as a whisker
 * and the exact steady-state value as a cross where summary.json has one (axis range:
 * NinesAxis).
 */
public final class AvailabilityChart {
    /** File name stem. */
    public static final String NAME = "availability";

    private AvailabilityChart() { }

    /** The chart, or empty when no configuration has an availability estimate. */
    public static Optional<Figure> of(ResultsFolder f) {
        SummaryDoc s = f.summary();
        List<String> configs = s.configurations();
        List<String> metrics = new ArrayList<>(List.of("global.availability"));
        for (String c : configs) {
            s.estimates(c).keySet().stream().filter(m -> m.matches("replicas\\.[^.]+\\.availability"))
                    .filter(m -> !metrics.contains(m)).forEach(metrics::add);
        }
        for (String c : configs) {
            s.estimates(c).keySet().stream().filter(m -> m.matches("clients\\.[^.]+\\.pull\\.availability"))
                    .filter(m -> !metrics.contains(m)).forEach(metrics::add);
        }
        List<Estimate[]> rows = new ArrayList<>();
        List<Estimate> all = new ArrayList<>();
        for (String c : configs) {
            Estimate[] row = new Estimate[metrics.size()];
            for (int g = 0; g < metrics.size(); g++) {
                row[g] = s.estimate(c, metrics.get(g));
                if (row[g] != null) {
                    all.add(row[g]);
                }
            }
            rows.add(row);
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        NinesAxis axis = NinesAxis.of(all);
        List<DotWhisker.Point> points = new ArrayList<>();
        for (int c = 0; c < configs.size(); c++) {
            for (int g = 0; g < metrics.size(); g++) {
                Estimate e = rows.get(c)[g];
                if (e != null) {
                    points.add(axis.point(g, c, e));
                }
            }
        }
        List<String> groups = metrics.stream().map(Labels::subject).toList();
        List<String> subtitles = new ArrayList<>(List.of(Labels.runLine(s),
                "dot: estimate · whisker: " + Labels.percent(s.number("confidence")) + " confidence interval"
                        + " · higher is better: one step up is ten times less downtime"));
        if (axis.capped()) {
            subtitles.add(NinesAxis.cappedNote());
        }
        var chart = ChartStyle.chart("Availability per configuration", subtitles,
                DotWhisker.plot("", groups, configs, points, axis.axis()), true);
        return Optional.of(new Figure(NAME, "Availability of the registry (any replica), of each replica and of "
                + "each client region's pulls through the global endpoint, one colour "
                + "per configuration: higher dots are better, each step of one on the axis means ten times less "
                + "downtime, and the whiskers are confidence intervals (the comparison table's paired differences "
                + "are the sharper test).", chart, 1000, 600));
    }
}
