package zonesim.report;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import zonesim.experiment.Metric;
import zonesim.model.WhatIf;
import zonesim.whatif.Best;
import zonesim.whatif.SweepResult;

/**
 * For a two-parameter sweep, which configuration is best on a metric at each grid point:
 * one cell per point in the configuration's colour, pale where it is not significantly
 * better than the runner-up (simulated values whose paired interval includes zero). The
 * cells are evenly spaced whatever the values' spacing; the axes name the values.
 */
public final class BestMapChart {
    private BestMapChart() { }

    /** The file name stem for {@code metric}. */
    public static String name(String metric) {
        return "best-" + metric.replace('.', '-');
    }

    /** The map of {@code metric}. */
    public static Figure of(SweepResult r, String metric) {
        WhatIf.Axis a0 = r.sweep().axes().get(0);
        WhatIf.Axis a1 = r.sweep().axes().get(1);
        int n0 = a0.values().size();
        int n1 = a1.values().size();
        List<String> configs = r.configurations();
        double[][] xyz = new double[3][n0 * n1];
        List<Best> best = r.best().get(metric);
        for (int i = 0; i < n0; i++) {
            for (int j = 0; j < n1; j++) {
                int k = i * n1 + j;
                Best b = best.get(k);
                xyz[0][k] = i;
                xyz[1][k] = j;
                xyz[2][k] = b.configuration() == null ? -1 : configs.indexOf(b.configuration()) + (b.clear() ? 0 : 0.5);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("best", xyz);
        LookupPaintScale scale = new LookupPaintScale(-1, configs.size() + 1, Color.WHITE);
        LegendItemCollection legend = new LegendItemCollection();
        for (int c = 0; c < configs.size(); c++) {
            scale.add(c, ChartStyle.colour(c));
            scale.add(c + 0.5, ChartStyle.translucent(ChartStyle.colour(c), 0.35));
            legend.add(item(configs.get(c), ChartStyle.colour(c)));
        }
        if (best.stream().anyMatch(b -> b.configuration() != null && !b.clear())) {
            legend.add(item("pale: not significantly ahead of the runner-up", new Color(0xCCCCCC)));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, axis(a0), axis(a1), renderer);
        plot.setFixedLegendItems(legend);
        Metric m = r.metrics().get(metric);
        var chart = ChartStyle.chart("Best configuration: " + m.label(), List.of(WhatIfLabels.runLine(r.scenario(),
                r.seed(), r.evaluation(), "point"), WhatIfLabels.method(r.exact(metric), r.confidence()) + " · "
                + (m.measure().better() == zonesim.metrics.Measure.Better.HIGHER ? "higher" : "lower") + " is better"),
                plot, true);
        return new Figure(name(metric), "Which configuration is best on " + m.label() + " at each combination of "
                + a0.parameter().label() + " and " + a1.parameter().label() + " (one cell per grid point; pale cells: "
                + "the best is not significantly ahead of the runner-up).", chart, 1000, 650);
    }

    private static SymbolAxis axis(WhatIf.Axis a) {
        String[] labels = a.values().stream().map(v -> a.parameter().describe(v)).toArray(String[]::new);
        SymbolAxis s = new SymbolAxis(a.parameter().axisLabel(), labels);
        s.setGridBandsVisible(false);
        return s;
    }

    private static LegendItem item(String label, Paint paint) {
        LegendItem i = new LegendItem(label, null, null, null, new Rectangle(-6, -6, 12, 12), paint);
        return i;
    }
}
