package zonesim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A dot-and-whisker plot: for each group (global, a replica, a client region) one dot
 * per configuration at its estimate with a whisker over its confidence interval, the
 * configurations side by side within the group. Optional exact values are black crosses.
 */
public final class DotWhisker {
    /** One estimate to draw; {@code low}/{@code high} may be NaN (no whisker), {@code exact} NaN (no cross). */
    public record Point(int group, int series, double mean, double low, double high, double exact) { }

    private DotWhisker() { }

    /** The plot of {@code points} over {@code groups} (x axis) and {@code series} (legend) on {@code range}. */
    public static XYPlot plot(String groupLabel, List<String> groups, List<String> series, List<Point> points,
                              ValueAxis range) {
        Map<Integer, YIntervalSeries> bySeries = new LinkedHashMap<>();
        for (int s = 0; s < series.size(); s++) {
            bySeries.put(s, new YIntervalSeries(series.get(s), false, true));
        }
        YIntervalSeries exact = new YIntervalSeries("exact value", false, true);
        double spread = Math.min(0.7, 0.2 * series.size());
        for (Point p : points) {
            double x = p.group() + (series.size() == 1 ? 0 : spread * (p.series() / (series.size() - 1.0) - 0.5));
            if (Double.isFinite(p.mean())) {
                double lo = Double.isFinite(p.low()) ? p.low() : p.mean();
                double hi = Double.isFinite(p.high()) ? p.high() : p.mean();
                bySeries.get(p.series()).add(x, p.mean(), lo, hi);
            }
            if (Double.isFinite(p.exact())) {
                exact.add(x, p.exact(), p.exact(), p.exact());
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        bySeries.values().forEach(data::addSeries);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setCapLength(10);
        r.setErrorStroke(new BasicStroke(2f));
        r.setAutoPopulateSeriesShape(false);
        r.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
        for (int s = 0; s < series.size(); s++) {
            r.setSeriesPaint(s, ChartStyle.colour(s));
        }
        if (exact.getItemCount() > 0) {
            data.addSeries(exact);
            int k = series.size();
            r.setSeriesPaint(k, Color.BLACK);
            r.setSeriesShape(k, cross(6));
        }
        SymbolAxis x = new SymbolAxis(groupLabel, groups.toArray(new String[0]));
        x.setRange(-0.5, groups.size() - 0.5);
        x.setGridBandsVisible(true);
        x.setGridBandPaint(Color.WHITE);
        x.setGridBandAlternatePaint(new Color(0xF4F4F4));
        XYPlot plot = new XYPlot(data, x, range, r);
        plot.setDomainGridlinesVisible(false);
        return plot;
    }

    private static java.awt.Shape cross(double h) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-h, -h);
        p.lineTo(h, h);
        p.moveTo(-h, h);
        p.lineTo(h, -h);
        return new BasicStroke(2f).createStrokedShape(p);
    }
}
