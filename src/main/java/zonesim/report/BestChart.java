package zonesim.report;

import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import zonesim.metrics.Interval;
import zonesim.whatif.UncertaintyResult;

/**
 * The probability that each configuration is best, per metric (one group of bars per
 * metric, one colour per configuration): the share of plausible worlds in which it is.
 */
public final class BestChart {
    /** File name stem. */
    public static final String NAME = "probability_best";

    private BestChart() { }

    /** The chart of {@code r}. */
    public static Figure of(UncertaintyResult r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, UncertaintyResult.Summary> e : r.summaries().entrySet()) {
            String group = r.metrics().get(e.getKey()).label();
            for (String c : r.configurations()) {
                Interval p = e.getValue().best().get(c);
                data.addValue(p == null ? null : p.mean(), c, group);
            }
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < r.configurations().size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.colour(i));
        }
        NumberAxis y = new NumberAxis("share of plausible worlds where it is best");
        y.setRange(0, 1.02);
        y.setNumberFormatOverride(ChartStyle.format("0%"));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(""), y, renderer);
        var chart = ChartStyle.chart("Probability of being best", List.of(WhatIfLabels.runLine(r.scenario(),
                r.seed(), r.evaluation(), "world"), "over the worlds drawn by Latin hypercube from "
                + "the uncertain parameters; ties shared"), plot, true);
        return new Figure(NAME, "In what share of the plausible worlds each configuration is the best on each "
                + "metric: a decision that survives what we do not know has one tall bar.", chart, 1000, 520);
    }
}
