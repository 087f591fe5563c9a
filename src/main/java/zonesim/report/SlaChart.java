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
        NumberAxis y = new NumberAxis("probability of breaching the SLA");
        y.setNumberFormatOverride(ChartStyle.format("0.#%"));
        y.setAutoRangeIncludesZero(true);
        var chart = ChartStyle.chart("SLA breach probability per client region", List.of(Labels.runLine(s),
                "dot: estimate · whisker: " + Labels.percent(s.number("confidence"))
                        + " Wilson score interval · lower is better"),
                DotWhisker.plot("client region", regions, configs, points, y), true);
        return Optional.of(new Figure(NAME, "The chance that clients in each region see availability below the "
                + "SLA over an SLA window, one colour per configuration: lower is better, and the whisker shows how "
                + "sure the estimate is.", chart, 1000, 600));
    }
}
