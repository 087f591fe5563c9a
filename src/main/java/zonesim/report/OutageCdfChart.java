package zonesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.axis.NumberAxis;
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
        List<XYSeries> drawn = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        List<int[]> styles = new ArrayList<>();
        for (int c = 0; c < configs.size(); c++) {
            for (int k = 0; k < kinds.size(); k++) {
                List<double[]> b = bins.get(configs.get(c) + "\u0000" + kinds.get(k));
                String name = configs.get(c) + " · " + (kinds.get(k).equals("global") ? "any replica" : kinds.get(k));
                XYSeries s = b == null ? null : cdf(name, b);
                if (s == null) {
                    continue;
                }
                int same = indexOfSame(drawn, s);
                if (same >= 0) {
                    names.get(same).add(name);
                } else {
                    drawn.add(s);
                    names.add(new ArrayList<>(List.of(name)));
                    styles.add(new int[] {c, k});
                }
            }
        }
        if (drawn.isEmpty()) {
            return Optional.empty();
        }
        boolean merged = false;
        for (int i = 0; i < drawn.size(); i++) {
            XYSeries s = drawn.get(i);
            merged |= names.get(i).size() > 1;
            s.setKey(legend(names.get(i)));
            r.setSeriesPaint(i, ChartStyle.colour(styles.get(i)[0]));
            r.setSeriesStroke(i, ChartStyle.line(styles.get(i)[1], styles.get(i)[1] == 0 ? 2.5f : 1.8f));
            data.addSeries(s);
        }
        double lo = Math.pow(10, Math.floor(Math.log10(data.getDomainLowerBound(false))));
        double hi = Math.pow(10, Math.ceil(Math.log10(data.getDomainUpperBound(false))));
        RoundLogAxis x = new RoundLogAxis("outage duration (log scale)", ROUND_MINUTES, MinutesFormat::duration);
        x.setSmallestValue(1e-3);
        x.setRange(lo, hi);
        NumberAxis y = new NumberAxis("share of outages no longer than this");
        y.setRange(0, 1.02);
        y.setNumberFormatOverride(ChartStyle.format("0%"));
        XYPlot plot = new XYPlot(data, x, y, r);
        var chart = ChartStyle.chart("Outage durations (cumulative distribution)", List.of(
                Labels.runLine(f.summary()), "all complete outages of all replications, binned 10 per decade · colour: "
                        + "configuration · line style: the registry as a whole (solid) or a replica"
                        + (merged ? " · curves that coincide are drawn once and named together (=)" : "")),
                plot, true);
        return Optional.of(new Figure(NAME, "Read up from a duration to the share of outages that lasted at "
                + "most that long: a curve further to the left means shorter outages, and a solid line is the "
                + "registry as a whole (any replica). Zone-failover interruptions of a few seconds are not outages "
                + "and are not counted here.", chart, 1000, 600 + 18 * Math.max(0, data.getSeriesCount() - 8)));
    }

    /** Round durations in minutes for the ticks: 1 s, 10 s, 1 min, 10 min, 1 h, 6 h, 1 d, 1 w, 30 d, 1 y. */
    static final double[] ROUND_MINUTES = {1.0 / 60, 10.0 / 60, 1, 10, 60, 360, 1440, 7 * 1440, 30 * 1440,
        365 * 1440};

    /** Index of a drawn curve with the same points as {@code s}, or -1. */
    private static int indexOfSame(List<XYSeries> drawn, XYSeries s) {
        for (int i = 0; i < drawn.size(); i++) {
            XYSeries d = drawn.get(i);
            if (d.getItemCount() == s.getItemCount()) {
                boolean same = true;
                for (int k = 0; k < d.getItemCount() && same; k++) {
                    same = d.getX(k).doubleValue() == s.getX(k).doubleValue()
                            && d.getY(k).doubleValue() == s.getY(k).doubleValue();
                }
                if (same) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** "baseline · any replica = baseline · replica eastus": the names of curves drawn as one. */
    static String legend(List<String> names) {
        return String.join(" = ", names);
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
