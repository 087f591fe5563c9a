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
        List<String> shared = sharedElements(s);
        List<Estimate[]> rows = new ArrayList<>();
        List<Estimate> all = new ArrayList<>();
        for (String c : configs) {
            Estimate[] row = new Estimate[metrics.size() + shared.size()];
            for (int g = 0; g < metrics.size(); g++) {
                row[g] = s.estimate(c, metrics.get(g));
            }
            for (int k = 0; k < shared.size(); k++) {
                double a = Estimate.num(SummaryDoc.map(SummaryDoc.map(s.inputs(c).get("elements")).get(shared.get(k)))
                        .get("availability"));
                row[metrics.size() + k] = Double.isFinite(a)
                        ? new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, a) : null;
            }
            for (Estimate e : row) {
                if (e != null) {
                    all.add(e);
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
            for (int g = 0; g < rows.get(c).length; g++) {
                Estimate e = rows.get(c)[g];
                if (e != null) {
                    points.add(axis.point(g, c, e));
                }
            }
        }
        List<String> groups = new ArrayList<>(metrics.stream().map(Labels::subject).toList());
        shared.forEach(e -> groups.add(e.equals("endpoint") ? "global endpoint"
                : "common cause " + e.substring("common_cause:".length())));
        List<String> subtitles = new ArrayList<>(List.of(Labels.runLine(s),
                "dot: estimate · whisker: " + Labels.percent(s.number("confidence")) + " confidence interval"
                        + " · higher is better: one step up is ten times less downtime"));
        if (!shared.isEmpty()) {
            subtitles.add("cross only: an element's own long-run availability from the scenario's inputs (mean up / "
                    + "(mean up + mean down)); what no replica can mask");
        }
        if (axis.capped()) {
            subtitles.add(NinesAxis.cappedNote(s.simulatedYears()));
        }
        var chart = ChartStyle.chart("Availability per configuration", subtitles,
                DotWhisker.plot("", groups, configs, points, axis.axis()), true);
        return Optional.of(new Figure(NAME, "Availability of the registry (any replica), of each replica and of "
                + "each client region's pulls through the global endpoint, one colour "
                + "per configuration: higher dots are better, each step of one on the axis means ten times less "
                + "downtime, and the whiskers are confidence intervals (the paired differences are the sharper "
                + "test). Black crosses are exact steady-state values; elements shared by every replica (the global "
                + "endpoint, common causes) show their own availability, a ceiling on what clients can see.",
                chart, 1000, 600));
    }

    /** The endpoint and common causes that can fail in some configuration (summary.json inputs). */
    static List<String> sharedElements(SummaryDoc s) {
        List<String> out = new ArrayList<>();
        for (String c : s.configurations()) {
            SummaryDoc.map(s.inputs(c).get("elements")).keySet().forEach(k -> {
                if (!out.contains(String.valueOf(k))) {
                    out.add(String.valueOf(k));
                }
            });
        }
        return out;
    }
}
