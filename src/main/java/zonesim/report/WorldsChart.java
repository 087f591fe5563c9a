package zonesim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import zonesim.experiment.Metric;
import zonesim.whatif.UncertaintyResult;

/**
 * The distribution of a metric over the plausible worlds, one violin per configuration: its
 * width is a Gaussian kernel density estimate of the worlds' values (on the axis's scale,
 * bandwidth by Silverman's rule, "Density Estimation", 1986, eq. 3.31), cut at the smallest
 * and largest world; the black bar is the median and the whisker spans the 5% to 95%
 * quantiles. Availability is shown as downtime in minutes per year, on a log axis when the
 * values span more than a factor of 30.
 */
public final class WorldsChart {
    private static final int STEPS = 100;

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
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        List<double[]> values = new java.util.ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (String c : configs) {
            double[] v = r.evaluation().points().stream().mapToDouble(p -> show.value().applyAsDouble(
                    p.cell(c, metric).value())).filter(Double::isFinite).toArray();
            values.add(v);
            for (double x : v) {
                min = x > 0 ? Math.min(min, x) : min;
                max = Math.max(max, x);
            }
            UncertaintyResult.Spread sp = r.summaries().get(metric).spread().get(c);
            YIntervalSeries b = new YIntervalSeries(c + " median", false, true);
            if (sp != null) {
                double lo = show.value().applyAsDouble(sp.p05());
                double hi = show.value().applyAsDouble(sp.p95());
                b.add(configs.indexOf(c), show.value().applyAsDouble(sp.median()), Math.min(lo, hi), Math.max(lo, hi));
            }
            bands.addSeries(b);
        }
        boolean log = min > 0 && max / min > 30;
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDrawXError(false);
        whiskers.setErrorPaint(Color.BLACK);
        whiskers.setErrorStroke(new BasicStroke(2f));
        whiskers.setCapLength(14);
        for (int c = 0; c < configs.size(); c++) {
            whiskers.setSeriesPaint(c, Color.BLACK);
            whiskers.setSeriesShape(c, new Rectangle2D.Double(-22, -2, 44, 4));
            whiskers.setSeriesLinesVisible(c, false);
        }
        ValueAxis y = log ? LogAxes.of(show.axisLabel(), min, max) : linear(show.axisLabel());
        SymbolAxis x = new SymbolAxis("configuration", configs.toArray(new String[0]));
        x.setRange(-0.6, configs.size() - 0.4);
        x.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(bands, x, y, whiskers);
        for (int c = 0; c < configs.size(); c++) {
            double[] outline = violin(values.get(c), c, log);
            if (outline.length > 0) {
                plot.addAnnotation(new XYPolygonAnnotation(outline, new BasicStroke(1f), ChartStyle.colour(c),
                        ChartStyle.translucent(ChartStyle.colour(c), 0.35)), false);
            }
        }
        var chart = ChartStyle.chart(m.label() + " over " + r.worlds() + " plausible worlds",
                List.of(WhatIfLabels.runLine(r.scenario(), r.seed(), r.evaluation(), "world"),
                        "width: density of worlds · black bar: median · whisker: 5% to 95% of worlds · "
                                + MetricDisplay.direction(m)), plot, false);
        return new Figure(name(metric), "How " + m.label() + " is spread over the worlds drawn from the uncertain "
                + "parameters, one violin per configuration (wide where many worlds lie; the bar is the median, the "
                + "whisker holds 90% of the worlds): where violins overlap, what we do not know decides which "
                + "configuration is better.", chart, 1000, 560);
    }

    /**
     * The outline (x0, y0, x1, y1, ...) of the violin of {@code v} centred at {@code centre}:
     * half-width 0.4 at the densest point; the density is estimated on log10 values when
     * {@code log}. Empty when the values do not vary.
     */
    static double[] violin(double[] v, int centre, boolean log) {
        double[] t = java.util.Arrays.stream(v).map(x -> log ? Math.log10(x) : x).filter(Double::isFinite).sorted()
                .toArray();
        int n = t.length;
        if (n < 2 || t[0] == t[n - 1]) {
            return new double[0];
        }
        double mean = java.util.Arrays.stream(t).average().orElse(0);
        double sd = Math.sqrt(java.util.Arrays.stream(t).map(x -> (x - mean) * (x - mean)).sum() / (n - 1));
        double iqr = t[(int) (0.75 * (n - 1))] - t[(int) (0.25 * (n - 1))];
        double spread = iqr > 0 ? Math.min(sd, iqr / 1.34) : sd;
        double h = 0.9 * spread * Math.pow(n, -0.2);
        double[] density = new double[STEPS + 1];
        double top = 0;
        for (int k = 0; k <= STEPS; k++) {
            double y = t[0] + (t[n - 1] - t[0]) * k / STEPS;
            double sum = 0;
            for (double x : t) {
                double z = (y - x) / h;
                sum += Math.exp(-0.5 * z * z);
            }
            density[k] = sum;
            top = Math.max(top, sum);
        }
        double[] out = new double[4 * (STEPS + 1)];
        for (int k = 0; k <= STEPS; k++) {
            double y = t[0] + (t[n - 1] - t[0]) * k / STEPS;
            double shown = log ? Math.pow(10, y) : y;
            double w = 0.4 * density[k] / top;
            out[2 * k] = centre + w;
            out[2 * k + 1] = shown;
            int back = 2 * (2 * STEPS + 1 - k);
            out[back] = centre - w;
            out[back + 1] = shown;
        }
        return out;
    }

    private static ValueAxis linear(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }
}
