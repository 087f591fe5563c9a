package zonesim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import zonesim.experiment.Metric;
import zonesim.whatif.Point;
import zonesim.whatif.UncertaintyResult;

/**
 * The distribution of a metric over the plausible worlds, one column per configuration:
 * every world is a faint dot (spread sideways so that dense regions look dense, like a
 * violin), the black bar is the median and the whisker spans the 5% to 95% quantiles of
 * the worlds. Availability is shown as downtime in minutes per year, on a log axis when
 * the columns span more than a factor of 30.
 */
public final class WorldsChart {
    private static final double GOLDEN = 0.6180339887498949;

    private WorldsChart() { }

    /** The file name stem for {@code metric}. */
    public static String name(String metric) {
        return "worlds-" + metric.replace('.', '-');
    }

    /** The chart of {@code metric}. */
    public static Figure of(UncertaintyResult r, String metric) {
        Metric m = r.metrics().get(metric);
        MetricDisplay show = MetricDisplay.of(m);
        List<String> configs = r.configurations();
        XYSeriesCollection dots = new XYSeriesCollection();
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int c = 0; c < configs.size(); c++) {
            XYSeries s = new XYSeries(configs.get(c), false, true);
            List<Point> worlds = r.evaluation().points();
            for (int i = 0; i < worlds.size(); i++) {
                double v = show.value().applyAsDouble(worlds.get(i).cell(configs.get(c), metric).value());
                if (Double.isFinite(v)) {
                    double jitter = ((i * GOLDEN) % 1 - 0.5) * 0.5; // deterministic, evenly spread
                    s.add(c + jitter, v);
                    min = v > 0 ? Math.min(min, v) : min;
                    max = Math.max(max, v);
                }
            }
            dots.addSeries(s);
            UncertaintyResult.Spread sp = r.summaries().get(metric).spread().get(configs.get(c));
            YIntervalSeries b = new YIntervalSeries(configs.get(c) + " median", false, true);
            if (sp != null) {
                double lo = show.value().applyAsDouble(sp.p05());
                double hi = show.value().applyAsDouble(sp.p95());
                b.add(c, show.value().applyAsDouble(sp.median()), Math.min(lo, hi), Math.max(lo, hi));
            }
            bands.addSeries(b);
        }
        XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDrawXError(false);
        whiskers.setErrorPaint(Color.BLACK);
        whiskers.setErrorStroke(new BasicStroke(2f));
        whiskers.setCapLength(14);
        for (int c = 0; c < configs.size(); c++) {
            points.setSeriesPaint(c, ChartStyle.translucent(ChartStyle.colour(c), 0.25));
            points.setSeriesShape(c, new Ellipse2D.Double(-2, -2, 4, 4));
            whiskers.setSeriesPaint(c, Color.BLACK);
            whiskers.setSeriesShape(c, new Rectangle2D.Double(-22, -2, 44, 4));
            whiskers.setSeriesLinesVisible(c, false);
        }
        ValueAxis y = min > 0 && max / min > 30 ? LogAxes.of(show.axisLabel(), min, max) : linear(show.axisLabel());
        SymbolAxis x = new SymbolAxis("configuration", configs.toArray(new String[0]));
        x.setRange(-0.6, configs.size() - 0.4);
        x.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(dots, x, y, points);
        plot.setDataset(1, bands);
        plot.setRenderer(1, whiskers);
        var chart = ChartStyle.chart(m.label() + " over " + r.worlds() + " plausible worlds",
                List.of(WhatIfLabels.runLine(r.scenario(), r.seed(), r.evaluation(), "world"),
                        "dots: one world each · black bar: median · whisker: 5% to 95% of worlds · "
                                + MetricDisplay.direction(m)), plot, false);
        return new Figure(name(metric), "How " + m.label() + " is spread over the worlds drawn from the uncertain "
                + "parameters, one column per configuration (a dot per world; the bar is the median, the whisker "
                + "holds 90% of the worlds): where columns overlap, what we do not know decides which configuration "
                + "is better.", chart, 1000, 560);
    }

    private static ValueAxis linear(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }
}
