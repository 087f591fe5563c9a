package zonesim.report;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.data.statistics.BoxAndWhiskerCalculator;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;

/**
 * Chart (b): the distribution over replications of yearly downtime of each client region's
 * pulls, of the registry as a whole and of each replica, one box per configuration (from
 * replications.csv). Boxes flat against the bottom edge (upper quartile under
 * {@value #EDGE_SHARE} of the highest value) are named in a subtitle with their median and
 * upper quartile, so that a configuration never looks absent.
 */
public final class DowntimeChart {
    /** File name stem. */
    public static final String NAME = "downtime";

    private static final double ITEM_MARGIN = 0.1;
    /** A box whose upper quartile is below this share of the highest value is flat at this scale. */
    static final double EDGE_SHARE = 0.01;
    /** Most dots drawn per box; beyond it, evenly spaced order statistics (min and max included). */
    static final int MAX_DOTS = 200;

    private DowntimeChart() { }

    /** The chart, or empty when replications.csv has no downtime column. */
    public static Optional<Figure> of(ResultsFolder f) {
        ReplicationTable t = f.replications();
        List<String> metrics = new ArrayList<>();
        t.header().stream().filter(h -> h.matches("clients\\.[^.]+\\.pull\\.downtime_minutes_per_year")).forEach(metrics::add);
        t.header().stream().filter(h -> h.equals("global.downtime_minutes_per_year")).forEach(metrics::add);
        t.header().stream().filter(h -> h.matches("replicas\\.[^.]+\\.downtime_minutes_per_year")).forEach(metrics::add);
        List<String> configs = f.summary().configurations();
        double top = 0;
        List<String[]> boxes = new ArrayList<>(); // config, group, median, q3
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        DefaultMultiValueCategoryDataset dots = new DefaultMultiValueCategoryDataset();
        boolean any = false;
        boolean thinned = false;
        for (String c : configs) {
            for (String m : metrics) {
                double[] v = t.values(c, m);
                if (v.length > 0) {
                    BoxAndWhiskerItem box = withoutOutliers(v);
                    data.add(box, c, Labels.subject(m));
                    top = Math.max(top, Arrays.stream(v).max().orElse(0));
                    boxes.add(new String[] {c, Labels.subject(m), Double.toString(box.getMedian().doubleValue()),
                            Double.toString(box.getQ3().doubleValue())});
                    dots.add(new ArrayList<>(Arrays.stream(quantiles(v)).boxed().toList()), c, Labels.subject(m));
                    thinned |= v.length > MAX_DOTS;
                    any = true;
                }
            }
        }
        if (!any) {
            return Optional.empty();
        }
        BoxAndWhiskerRenderer r = new BoxAndWhiskerRenderer();
        r.setFillBox(true);
        r.setMeanVisible(false); // JFreeChart draws the mean as a disc half the box wide
        r.setMinOutlierVisible(false);
        r.setMaxOutlierVisible(false);
        r.setMedianVisible(true);
        r.setMaximumBarWidth(1);
        r.setItemMargin(ITEM_MARGIN);
        r.setWhiskerWidth(0.5);
        r.setUseOutlinePaintForWhiskers(true);
        r.setArtifactPaint(Color.BLACK);
        ScatterRenderer points = new ScatterRenderer();
        points.setUseSeriesOffset(true);
        points.setItemMargin(ITEM_MARGIN);
        points.setDrawOutlines(false);
        points.setDefaultShape(new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        points.setAutoPopulateSeriesShape(false);
        points.setDefaultSeriesVisibleInLegend(false);
        for (int c = 0; c < configs.size(); c++) {
            r.setSeriesPaint(c, ChartStyle.translucent(ChartStyle.colour(c), 0.35));
            r.setSeriesOutlinePaint(c, ChartStyle.colour(c));
            points.setSeriesPaint(c, ChartStyle.translucent(ChartStyle.colour(c).darker(), 0.6));
        }
        NumberAxis y = new NumberAxis("downtime per simulated year (minutes)");
        y.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(""), y, r);
        plot.setDomainGridlinesVisible(false);
        plot.getDomainAxis().setCategoryMargin(0.25);
        plot.setDataset(1, dots);
        plot.setRenderer(1, points);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        List<String> subtitles = new ArrayList<>(List.of(Labels.runLine(f.summary()),
                (thinned ? "dots: " + MAX_DOTS + " evenly spaced quantiles of the replications"
                        : "dots: one per replication")
                        + " · box: middle half · line in box: median · whiskers: range "
                        + "without outliers (mean: see the figures table)"));
        List<String> flat = new ArrayList<>();
        for (String[] b : boxes) {
            if (Double.parseDouble(b[3]) <= top * EDGE_SHARE) {
                flat.add(b[0] + " · " + b[1] + " (median " + MinutesFormat.duration(Double.parseDouble(b[2]))
                        + ", 3rd quartile " + MinutesFormat.duration(Double.parseDouble(b[3])) + ")");
            }
        }
        if (!flat.isEmpty() && top > 0) {
            subtitles.add("flat against the bottom edge at this scale: " + String.join("; ", flat));
        }
        var chart = ChartStyle.chart("Yearly downtime across replications", subtitles, plot, true);
        return Optional.of(new Figure(NAME, "How much downtime a year brings, replication by replication: each "
                + "box holds the middle half of the simulated years of one configuration, so a tall box or high "
                + "outliers mean some years are much worse than the average.", chart, 1000,
                600 + (flat.isEmpty() ? 0 : 18 * (1 + flat.size() / 3))));
    }

    /**
     * Box statistics of {@code v} with an empty outlier list: the dots already show every
     * outlier, and JFreeChart draws clustered outliers as pairs of circles a third of the
     * box wide, which read as data.
     */
    static BoxAndWhiskerItem withoutOutliers(double[] v) {
        BoxAndWhiskerItem b = BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(
                new ArrayList<>(Arrays.stream(v).boxed().toList()));
        return new BoxAndWhiskerItem(b.getMean(), b.getMedian(), b.getQ1(), b.getQ3(), b.getMinRegularValue(),
                b.getMaxRegularValue(), b.getMinOutlier(), b.getMaxOutlier(), List.of());
    }

    /** {@code v} itself when short, else {@link #MAX_DOTS} order statistics at evenly spaced ranks. */
    static double[] quantiles(double[] v) {
        if (v.length <= MAX_DOTS) {
            return v;
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double[] q = new double[MAX_DOTS];
        for (int i = 0; i < MAX_DOTS; i++) {
            q[i] = sorted[(int) Math.round(i * (sorted.length - 1) / (MAX_DOTS - 1.0))];
        }
        return q;
    }
}
