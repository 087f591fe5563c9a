package zonesim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import zonesim.experiment.Metric;
import zonesim.metrics.Measure;
import zonesim.model.Parameter;
import zonesim.whatif.Cell;
import zonesim.whatif.Crossover;
import zonesim.whatif.Point;
import zonesim.whatif.SweepResult;

/**
 * A metric against the swept parameter (one-parameter sweeps): one line per configuration
 * with its confidence band when simulated, the exact values as dashed lines where they
 * exist beside simulated ones, and each crossover as a vertical line with its interval
 * shaded. Availability is drawn on the "number of nines" axis of the run report
 * ({@link NinesAxis}).
 */
public final class SweepChart {
    private SweepChart() { }

    /** The file name stem for {@code metric}. */
    public static String name(String metric) {
        return "sweep-" + metric.replace('.', '-');
    }

    /** The chart of {@code metric}. */
    public static Figure of(SweepResult r, String metric) {
        Metric m = r.metrics().get(metric);
        Parameter p = r.sweep().axes().get(0).parameter();
        boolean nines = m.measure() == Measure.AVAILABILITY;
        List<Estimate> all = new ArrayList<>();
        for (Point pt : r.points()) {
            for (String c : r.configurations()) {
                Cell cell = pt.cell(c, metric);
                if (cell.present()) {
                    all.add(new Estimate(cell.value(), cell.low(), cell.high(), 0, 0, cell.exact()));
                }
            }
        }
        NinesAxis n = nines ? NinesAxis.of(all) : null;
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        XYSeriesCollection exact = new XYSeriesCollection();
        for (String c : r.configurations()) {
            YIntervalSeries s = new YIntervalSeries(c, false, true);
            XYSeries e = new XYSeries(c + " (exact)", false, true);
            for (Point pt : r.points()) {
                Cell cell = pt.cell(c, metric);
                double x = p.display(pt.value(0));
                if (cell.present()) {
                    s.add(x, y(n, cell.value()), y(n, cell.low()), y(n, cell.high()));
                }
                if (cell.simulated() && Double.isFinite(cell.exact())) {
                    e.add(x, y(n, cell.exact()));
                }
            }
            bands.addSeries(s);
            exact.addSeries(e);
        }
        DeviationRenderer lines = new DeviationRenderer(true, true);
        lines.setAlpha(0.18f);
        XYLineAndShapeRenderer dashed = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < r.configurations().size(); i++) {
            lines.setSeriesPaint(i, ChartStyle.colour(i));
            lines.setSeriesFillPaint(i, ChartStyle.colour(i));
            lines.setSeriesStroke(i, new BasicStroke(2f));
            dashed.setSeriesPaint(i, ChartStyle.colour(i));
            dashed.setSeriesStroke(i, ChartStyle.line(1, 1.5f));
            dashed.setSeriesVisibleInLegend(i, exact.getSeries(i).getItemCount() > 0 && i == 0);
        }
        ValueAxis x = xAxis(r);
        ValueAxis y = nines ? n.axis() : yAxis(m, all);
        XYPlot plot = new XYPlot(bands, x, y, lines);
        plot.setDataset(1, exact);
        plot.setRenderer(1, dashed);
        for (Crossover c : r.crossovers()) {
            if (c.metric().equals(metric)) {
                mark(plot, c, p);
            }
        }
        List<String> subtitles = new ArrayList<>(List.of(WhatIfLabels.runLine(r.scenario(), r.seed(),
                r.evaluation(), "point"), WhatIfLabels.method(r.exact(metric), r.confidence())
                + (nines ? " · higher is better: one step up is ten times less downtime" : " · "
                + MetricDisplay.direction(m))));
        if (nines && n.capped()) {
            subtitles.add(NinesAxis.cappedNote());
        }
        var chart = ChartStyle.chart(m.label() + " against " + p.label(), subtitles, plot, true);
        return new Figure(name(metric), "How " + m.label() + " changes with " + p.label() + ", one line per "
                + "configuration" + (r.exact(metric) ? " (exact steady-state values)" : " with its confidence band "
                + "(simulated on common random numbers; dashed: exact values where they exist)")
                + "; grey bands mark where two configurations change places, with the interval that holds the "
                + "change.", chart, 1000, 600);
    }

    /** The swept parameter's axis in its display unit, logarithmic when the sweep was. */
    static ValueAxis xAxis(SweepResult r) {
        var a = r.sweep().axes().get(0);
        if (a.log()) {
            double lo = a.values().stream().mapToDouble(v -> a.parameter().display(v)).min().orElse(1);
            double hi = a.values().stream().mapToDouble(v -> a.parameter().display(v)).max().orElse(10);
            return LogAxes.of(a.parameter().axisLabel(), lo, hi);
        }
        NumberAxis x = new NumberAxis(a.parameter().axisLabel());
        x.setAutoRangeIncludesZero(false);
        return x;
    }

    /** A plain axis for other metrics, logarithmic when the values span more than a factor of 30. */
    private static ValueAxis yAxis(Metric m, List<Estimate> all) {
        String label = m.label() + (m.label().contains(m.measure().unit()) ? "" : " (" + m.measure().unit() + ")");
        double min = all.stream().flatMapToDouble(e -> java.util.stream.DoubleStream.of(e.mean(), e.low()))
                .filter(v -> v > 0).min().orElse(0);
        double max = all.stream().flatMapToDouble(e -> java.util.stream.DoubleStream.of(e.mean(), e.high()))
                .filter(Double::isFinite).max().orElse(0);
        if (min > 0 && max / min > 30) {
            return LogAxes.of(label, min, max);
        }
        NumberAxis y = new NumberAxis(label);
        y.setAutoRangeIncludesZero(false);
        return y;
    }

    private static void mark(XYPlot plot, Crossover c, Parameter p) {
        double lo = p.display(c.low());
        double hi = p.display(c.high());
        if (hi > lo) {
            IntervalMarker band = new IntervalMarker(lo, hi, new Color(0, 0, 0, 28));
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        ValueMarker line = new ValueMarker(p.display(c.estimate()), Color.DARK_GRAY, new BasicStroke(1f));
        line.setLabel(c.aboveBetter() + " better above " + p.describe(c.estimate()));
        line.setLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 11));
        line.setLabelPaint(Color.DARK_GRAY);
        line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(line, Layer.FOREGROUND);
    }

    private static double y(NinesAxis n, double v) {
        return n == null ? v : n.nines(v);
    }
}
