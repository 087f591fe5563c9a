package zonesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Chart (c): cumulative distribution of outage durations (log time axis) per
 * configuration and series, from the log-binned counts of outage_durations.csv. Points
 * sit at bin upper edges (the fraction of outages no longer than that edge), joined by lines.
 */
public final class OutageCdfChart {
    /** File name stem. */
    public static final String NAME = "outage_duration_cdf";
    private static final double BIN_RATIO = Math.pow(10, 0.1);

    private OutageCdfChart() { }

    /** The chart, or empty when no outage was recorded. */
    public static Optional<Figure> of(ResultsFolder f) {
        CsvTable t = f.outageDurations();
        int ci = t.column("configuration");
        int si = t.column("series");
        int ei = t.column("upper_edge_hours");
        int ni = t.column("count");
        if (ci < 0 || si < 0 || ei < 0 || ni < 0) {
            return Optional.empty();
        }
        Map<String, List<double[]>> bins = new LinkedHashMap<>();
        for (String[] row : t.rows()) {
            bins.computeIfAbsent(row[ci] + "\u0000" + row[si], k -> new ArrayList<>())
                    .add(new double[] {CsvTable.number(row, ei), CsvTable.number(row, ni)});
        }
        List<String> configs = f.summary().configurations();
        List<String> kinds = new ArrayList<>();
        bins.keySet().forEach(k -> {
            String s = k.substring(k.indexOf('\u0000') + 1);
            if (!kinds.contains(s)) {
                kinds.add(s);
            }
        });
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int c = 0; c < configs.size(); c++) {
            for (int k = 0; k < kinds.size(); k++) {
                List<double[]> b = bins.get(configs.get(c) + "\u0000" + kinds.get(k));
                XYSeries s = b == null ? null : cdf(configs.get(c) + " · " + kinds.get(k), b);
                if (s != null) {
                    r.setSeriesPaint(data.getSeriesCount(), ChartStyle.colour(c));
                    r.setSeriesStroke(data.getSeriesCount(), ChartStyle.line(k, k == 0 ? 2.5f : 1.8f));
                    data.addSeries(s);
                }
            }
        }
        if (data.getSeriesCount() == 0) {
            return Optional.empty();
        }
        LogAxis x = new LogAxis("outage duration (log scale)");
        x.setNumberFormatOverride(new MinutesFormat());
        x.setSmallestValue(1e-3);
        x.setTickUnit(new NumberTickUnit(1), false, true);
        x.setMinorTickCount(9);
        x.setMinorTickMarksVisible(true);
        x.setRange(Math.pow(10, Math.floor(Math.log10(data.getDomainLowerBound(false)))),
                Math.pow(10, Math.ceil(Math.log10(data.getDomainUpperBound(false)))));
        NumberAxis y = new NumberAxis("fraction of outages no longer than this");
        y.setRange(0, 1.02);
        y.setNumberFormatOverride(ChartStyle.format("0%"));
        XYPlot plot = new XYPlot(data, x, y, r);
        var chart = ChartStyle.chart("Outage durations (cumulative distribution)", List.of(
                Labels.runLine(f.summary()), "all outages of all replications, binned 10 per decade · "
                        + "colour: configuration · line style: global endpoint or replica · identical curves hide "
                        + "one another"), plot, true);
        return Optional.of(new Figure(NAME, "Read up from a duration to the share of outages that lasted at "
                + "most that long: a curve further to the left means shorter outages, and a solid line is the global "
                + "endpoint.", chart, 1000, 600));
    }

    private static XYSeries cdf(String key, List<double[]> bins) {
        bins.sort((a, b) -> Double.compare(Double.isNaN(a[0]) ? Double.MAX_VALUE : a[0],
                Double.isNaN(b[0]) ? Double.MAX_VALUE : b[0]));
        double total = bins.stream().mapToDouble(b -> Double.isFinite(b[1]) ? b[1] : 0).sum();
        if (total <= 0) {
            return null;
        }
        XYSeries s = new XYSeries(key, false, true);
        double cum = 0;
        for (double[] b : bins) {
            if (!Double.isFinite(b[0]) || !Double.isFinite(b[1])) {
                continue; // the overflow bin (longer than ten years) has no finite edge
            }
            if (s.getItemCount() == 0) {
                s.add(b[0] * 60 / BIN_RATIO, 0);
            }
            cum += b[1];
            s.add(b[0] * 60, cum / total);
        }
        return s.getItemCount() == 0 ? null : s;
    }
}
