package zonesim.report;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import zonesim.metrics.Interval;

/**
 * Chart (f): the running estimate of availability after 1, 2, ... n replications with its
 * Student-t confidence band (from replications.csv), one panel per configuration with its
 * own vertical range, so that no configuration is squeezed against an edge by another. A
 * configuration never down in any replication has a flat line at 100%, and its panel says
 * so. Uses the registry as a whole (any replica), or the home replica (the first replica in
 * folders that do not name the home) when no configuration's registry was ever down. At
 * most {@value #MAX_POINTS} points per line.
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
        NumberAxis x = new NumberAxis("replications so far");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        x.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(10);
        List<String> flat = new ArrayList<>();
        int panels = 0;
        for (int c = 0; c < configs.size(); c++) {
            double[] v = f.replications().values(configs.get(c), metric);
            if (v.length < 2) {
                continue;
            }
            YIntervalSeries line = running(configs.get(c), v, conf);
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(line);
            DeviationRenderer r = new DeviationRenderer(true, false);
            r.setAlpha(0.18f);
            r.setSeriesPaint(0, ChartStyle.colour(c));
            r.setSeriesFillPaint(0, ChartStyle.colour(c));
            NumberAxis y = new NumberAxis(configs.get(c));
            y.setStandardTickUnits(ChartStyle.decimalTicks(0, "'%'"));
            y.setAutoRangeIncludesZero(false);
            double[] range = range(line);
            y.setRange(range[0], range[1]);
            XYPlot panel = new XYPlot(data, null, y, r);
            if (allOne(v)) {
                flat.add(configs.get(c));
                TextTitle note = new TextTitle("never down in any of " + Formats.count(v.length) + " replications: "
                        + "100% (not proof of no downtime)", new Font(ChartStyle.FONT, Font.ITALIC, 12));
                note.setBackgroundPaint(java.awt.Color.WHITE);
                panel.addAnnotation(new XYTitleAnnotation(0.5, 0.3, note, RectangleAnchor.CENTER));
            }
            plot.add(panel, 1);
            panels++;
        }
        if (panels == 0) {
            return Optional.empty();
        }
        List<String> subtitles = new ArrayList<>(List.of(Labels.runLine(s), String.format(Locale.ROOT,
                "line: running mean of the availability of %s · band: %s Student-t confidence interval · one panel "
                        + "per configuration, each with its own scale", Labels.subject(metric), Labels.percent(conf))));
        if (!flat.isEmpty()) {
            subtitles.add("never down in any replication (flat at 100%): " + String.join(", ", flat));
        }
        var chart = ChartStyle.chart("Convergence of the availability estimate", subtitles, plot, false);
        return Optional.of(new Figure(NAME, "How each configuration's estimate settles as replications are added: a "
                + "band still narrowing at the right means more replications would sharpen the figures. Each panel "
                + "has its own scale (read the values on its axis); compare configurations in the availability "
                + "chart and the paired differences.", chart, 1000, 170 + 130 * panels));
    }

    /** The running mean with its interval after k = 2, 3, ... values (thinned to MAX_POINTS), in percent. */
    static YIntervalSeries running(String key, double[] v, double conf) {
        YIntervalSeries line = new YIntervalSeries(key, false, true);
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
        }
        return line;
    }

    /** A vertical range showing the later four fifths of the line and its band, padded. */
    private static double[] range(YIntervalSeries line) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int from = line.getItemCount() / 5;
        for (int i = from; i < line.getItemCount(); i++) {
            lo = Math.min(lo, line.getYLowValue(i));
            hi = Math.max(hi, line.getYHighValue(i));
        }
        double pad = Math.max(1e-6, (hi - lo) * 0.25);
        return new double[] {lo - pad, hi >= 100 ? 100 + pad / 4 : Math.min(100, hi + pad)};
    }

    private static boolean allOne(double[] v) {
        return Arrays.stream(v).allMatch(d -> d >= 1);
    }
}
