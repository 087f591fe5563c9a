package zonesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.axis.NumberAxis;
import zonesim.metrics.Interval;

/**
 * Chart (d): probability of breaching the availability SLA per client region and
 * configuration, with Wilson score intervals (Wilson 1927): those of summary.json, or
 * recomputed from the estimate and its count when the file has none.
 */
public final class SlaChart {
    /** File name stem. */
    public static final String NAME = "sla_breach";

    private SlaChart() { }

    /** The chart, or empty when summary.json has no SLA figures. */
    public static Optional<Figure> of(ResultsFolder f) {
        SummaryDoc s = f.summary();
        List<String> configs = s.configurations();
        List<String> regions = new ArrayList<>();
        for (String c : configs) {
            for (String r : s.keys(c, "sla")) {
                if (s.estimate(c, "sla." + r + ".breach_probability") != null && !regions.contains(r)) {
                    regions.add(r);
                }
            }
        }
        if (regions.isEmpty()) {
            return Optional.empty();
        }
        List<DotWhisker.Point> points = new ArrayList<>();
        for (int c = 0; c < configs.size(); c++) {
            for (int g = 0; g < regions.size(); g++) {
                Estimate e = s.estimate(configs.get(c), "sla." + regions.get(g) + ".breach_probability");
                if (e == null || !Double.isFinite(e.mean())) {
                    continue;
                }
                double lo = e.low();
                double hi = e.high();
                if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
                    Interval w = Interval.wilson(Math.round(e.mean() * e.n()), e.n(), s.number("confidence"));
                    lo = w.low();
                    hi = w.high();
                }
                points.add(new DotWhisker.Point(g, c, e.mean(), lo, hi, Double.NaN));
            }
        }
        NumberAxis y = new NumberAxis("chance that a window breaches the SLA");
        y.setStandardTickUnits(ChartStyle.percentTicks());
        y.setAutoRangeIncludesZero(true);
        List<String> subtitles = new ArrayList<>(List.of(Labels.runLine(s)));
        var sla = SummaryDoc.map(s.inputs().get("sla"));
        if (!sla.isEmpty()) {
            subtitles.add("SLA: pull availability of at least " + Labels.percent(Estimate.num(sla.get("target")))
                    + " in each " + Labels.window(Estimate.num(sla.get("window_hours")))
                    + " window; a breach is a window below it");
        }
        subtitles.add("dot: estimate · whisker: " + Labels.percent(s.number("confidence"))
                + " interval over the replications · lower is better");
        List<String> groups = regions.stream().map(r -> s.regionName(r) + " clients").toList();
        var chart = ChartStyle.chart("SLA breach chance per client region", subtitles,
                DotWhisker.plot("", groups, configs, points, y), true);
        return Optional.of(new Figure(NAME, "The chance that clients in each region see availability below the "
                + "SLA over an SLA window, one colour per configuration: lower is better, and the whisker shows how "
                + "sure the estimate is.", chart, 1000, 600));
    }
}
