package zonesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.axis.NumberAxis;

/**
 * Chart (a): availability of any replica, of each replica and of each client region's pulls per configuration,
 * on a "number of nines" axis (-log10(1 - A)) with the confidence interval as a whisker
 * and the exact steady-state value as a cross where summary.json has one. An availability
 * of 1 has infinitely many nines, so then the axis stops 1.5 nines above the highest
 * finite value: dots there saw no downtime, and whiskers reaching it include 100%.
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
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (String c : configs) {
            Estimate[] row = new Estimate[metrics.size()];
            for (int g = 0; g < metrics.size(); g++) {
                row[g] = s.estimate(c, metrics.get(g));
                if (row[g] != null) {
                    for (double a : new double[] {row[g].mean(), row[g].low(), row[g].high(), row[g].exact()}) {
                        double n = NinesFormat.nines(a, Double.NaN);
                        lowest = Double.isFinite(n) ? Math.min(lowest, n) : lowest;
                        highest = Double.isFinite(n) ? Math.max(highest, n) : highest;
                    }
                }
            }
            rows.add(row);
        }
        if (rows.stream().allMatch(r -> java.util.Arrays.stream(r).allMatch(e -> e == null))) {
            return Optional.empty();
        }
        boolean capped = rows.stream().flatMap(java.util.Arrays::stream)
                .anyMatch(e -> e != null && (e.mean() >= 1 || e.high() >= 1));
        double top = !Double.isFinite(highest) ? 6 : Math.ceil(highest + (capped ? 1.5 : 0.2));
        double bottom = Double.isFinite(lowest) ? Math.max(0, Math.floor(lowest - 0.25)) : top - 4;
        List<DotWhisker.Point> points = new ArrayList<>();
        for (int c = 0; c < configs.size(); c++) {
            for (int g = 0; g < metrics.size(); g++) {
                Estimate e = rows.get(c)[g];
                if (e != null) {
                    points.add(new DotWhisker.Point(g, c, NinesFormat.nines(e.mean(), top),
                            NinesFormat.nines(e.low(), top), NinesFormat.nines(e.high(), top),
                            NinesFormat.nines(e.exact(), top)));
                }
            }
        }
        NumberAxis y = new NumberAxis("availability as number of nines, -log10(1 - A)");
        y.setNumberFormatOverride(new NinesFormat());
        y.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        y.setRange(bottom, top + 0.05);
        List<String> groups = metrics.stream().map(Labels::subject).toList();
        List<String> subtitles = new ArrayList<>(List.of(Labels.runLine(s),
                "dot: estimate · whisker: " + Labels.percent(s.number("confidence")) + " confidence interval"
                        + " · higher is better: one step up is ten times less downtime"));
        if (capped) {
            subtitles.add("top edge = 100%: dots there saw no downtime at all; whiskers reaching it include 100%");
        }
        var chart = ChartStyle.chart("Availability per configuration", subtitles,
                DotWhisker.plot("", groups, configs, points, y), true);
        return Optional.of(new Figure(NAME, "Availability of the registry (any replica), of each replica and of "
                + "each client region's pulls through the global endpoint, one colour "
                + "per configuration: higher dots are better, each step of one on the axis means ten times less "
                + "downtime, and the whiskers are confidence intervals (the comparison table's paired differences "
                + "are the sharper test).", chart, 1000, 600));
    }
}
