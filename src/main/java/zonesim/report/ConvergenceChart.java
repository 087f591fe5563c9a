package zonesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import zonesim.metrics.Interval;

/**
 * Chart (f): the running estimate of availability after 1, 2, ... n replications with
 * its Student-t confidence band, per configuration (from replications.csv). Uses the
 * global endpoint, or the home replica (the first replica in folders that do not name
 * the home) when the global endpoint was never down (its band would be empty). At most
 * {@value #MAX_POINTS} points per line.
 */
public final class ConvergenceChart {
    /** File name stem. */
    public static final String NAME = "convergence";
    static final int MAX_POINTS = 400;

    private ConvergenceChart() { }

    /** The chart, or empty when replications.csv has fewer than two replications. */
    public static Optional<Figure> of(ResultsFolder f) {
        SummaryDoc s = f.summary();
        List<String> configs = s.configurations();
        String metric = "global.availability";
        if (configs.stream().allMatch(c -> allOne(f.replications().values(c, "global.availability")))) {
            String home = "replicas." + s.home() + ".availability";
            List<String> replicas = f.replications().header().stream()
                    .filter(h -> h.matches("replicas\\.[^.]+\\.availability")).toList();
            metric = replicas.contains(home) ? home : replicas.stream().findFirst().orElse(metric);
        }
        double conf = s.number("confidence");
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.18f);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < configs.size(); c++) {
            double[] v = f.replications().values(configs.get(c), metric);
            if (v.length < 2) {
                continue;
            }
            int same = firstWithSameValues(f.replications(), configs, c, metric);
            YIntervalSeries line = new YIntervalSeries(configs.get(c) + (same < c ? " (same as " + configs.get(same)
                    + ", hidden by it)" : ""), false, true);
            int step = Math.max(1, (int) Math.ceil(v.length / (double) MAX_POINTS));
            double sum = 0;
            double sumSq = 0;
            for (int k = 1; k <= v.length; k++) {
                sum += v[k - 1];
                sumSq += v[k - 1] * v[k - 1];
                if (k < 2 || (k % step != 0 && k != v.length)) {
                    continue;
                }
                double mean = sum / k;
                double sd = Math.sqrt(Math.max(0, (sumSq - k * mean * mean) / (k - 1)));
                double h = Interval.tQuantile(conf, k - 1) * sd / Math.sqrt(k);
                line.add(k, 100 * mean, 100 * (mean - h), 100 * Math.min(1, mean + h));
                if (k >= Math.max(2, v.length / 5)) {
                    lo = Math.min(lo, 100 * (mean - h));
                    hi = Math.max(hi, 100 * Math.min(1, mean + h));
                }
            }
            r.setSeriesPaint(data.getSeriesCount(), ChartStyle.colour(c));
            r.setSeriesFillPaint(data.getSeriesCount(), ChartStyle.colour(c));
            data.addSeries(line);
        }
        if (data.getSeriesCount() == 0) {
            return Optional.empty();
        }
        NumberAxis x = new NumberAxis("replications so far");
        NumberAxis y = new NumberAxis("estimated availability of " + Labels.subject(metric));
        y.setNumberFormatOverride(ChartStyle.format("0.######'%'"));
        double pad = Math.max(1e-4, (hi - lo) * 0.25);
        y.setRange(lo - pad, Math.min(100, hi + pad));
        XYPlot plot = new XYPlot(data, x, y, r);
        var chart = ChartStyle.chart("Convergence of the availability estimate", List.of(Labels.runLine(s),
                String.format(Locale.ROOT, "line: running mean of %s · band: %s Student-t confidence interval",
                        Labels.subject(metric), Labels.percent(conf))), plot, true);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        x.setAutoRangeIncludesZero(false);
        return Optional.of(new Figure(NAME, "How the estimate settles as replications are added: a band that is "
                + "still narrowing at the right means more replications would sharpen the figures, and bands that "
                + "have separated mean the configurations truly differ.", chart, 1000, 600));
    }

    private static int firstWithSameValues(CsvTable t, List<String> configs, int c, String metric) {
        double[] v = t.values(configs.get(c), metric);
        for (int k = 0; k < c; k++) {
            if (java.util.Arrays.equals(v, t.values(configs.get(k), metric))) {
                return k;
            }
        }
        return c;
    }

    private static boolean allOne(double[] v) {
        for (double d : v) {
            if (d < 1) {
                return false;
            }
        }
        return true;
    }
}
