package zonesim.report;

import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import zonesim.experiment.Metric;
import zonesim.model.WhatIf;
import zonesim.whatif.UncertaintyResult;

/**
 * What drives the spread of a metric over the worlds: for each uncertain parameter, its
 * Spearman rank correlation with the metric, one bar per configuration. Near +1 or -1, the
 * parameter alone orders the worlds; near 0, it hardly matters.
 */
public final class DriversChart {
    private DriversChart() { }

    /** The file name stem for {@code metric}. */
    public static String name(String metric) {
        return "drivers-" + metric.replace('.', '-');
    }

    /** The chart of {@code metric}. */
    public static Figure of(UncertaintyResult r, String metric) {
        Metric m = r.metrics().get(metric);
        UncertaintyResult.Summary s = r.summaries().get(metric);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, Map<String, Double>> c : s.drivers().entrySet()) {
            for (WhatIf.Uncertain u : r.uncertainty().parameters()) {
                Double rho = c.getValue().get(u.parameter().path());
                data.addValue(rho == null || rho.isNaN() ? null : rho, c.getKey(), u.parameter().label());
            }
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.colour(r.configurations().indexOf((String) data.getRowKey(i))));
        }
        NumberAxis y = new NumberAxis("Spearman rank correlation with " + m.label());
        y.setRange(-1.05, 1.05);
        CategoryAxis x = new CategoryAxis("");
        x.setMaximumCategoryLabelWidthRatio(0.4f);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        int height = Math.max(360, 140 + 30 * r.uncertainty().parameters().size() * Math.max(1,
                r.configurations().size()) / 2);
        var chart = ChartStyle.chart("What drives " + m.label(), List.of(WhatIfLabels.runLine(r.scenario(),
                r.seed(), r.evaluation(), "world"), "rank correlation over the worlds: "
                + "±1 = this parameter alone orders them, 0 = no monotone effect"), plot, true);
        return new Figure(name(metric), "Which uncertain parameters drive " + m.label() + ": the rank correlation "
                + "between each parameter's draws and the metric over the worlds, per configuration.", chart, 1000,
                height);
    }
}
