package zonesim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The cost chart (SPEC 4.10): each configuration's total yearly cost (infrastructure plus
 * the expected cost of downtime and of failed and lost pushes) against the downtime its
 * clients see a year (pull-weighted, {@link Costs#unavailability}), both on log scales
 * with interval whiskers. The configurations no other one beats on both counts (cheaper
 * and less downtime) are the cheapest for their level of availability: they are ringed
 * and joined by a dashed line. A what-if ({@link Assumptions}) is drawn but never ringed.
 */
public final class CostChart {
    /** File name stem. */
    public static final String NAME = "cost";

    private CostChart() { }

    /** The chart, or empty when summary.json has no costs. */
    public static Optional<Figure> of(ResultsFolder f) {
        SummaryDoc s = f.summary();
        Costs costs = new Costs(s);
        if (!costs.any()) {
            return Optional.empty();
        }
        List<String> configs = s.configurations();
        List<double[]> points = new ArrayList<>(); // x, xlo, xhi, y, ylo, yhi, config index
        for (int c = 0; c < configs.size(); c++) {
            Estimate total = s.estimate(configs.get(c), "costs.total_per_year");
            double u = costs.unavailability(configs.get(c));
            if (total == null || !Double.isFinite(u)) {
                continue;
            }
            double[] range = costs.unavailabilityRange(configs.get(c));
            double perYear = zonesim.distribution.Hours.MINUTES_PER_YEAR;
            points.add(new double[] {u * perYear, range[0] * perYear, range[1] * perYear, total.mean(),
                    Double.isFinite(total.low()) ? total.low() : total.mean(),
                    Double.isFinite(total.high()) ? total.high() : total.mean(), c});
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        double floor = points.stream().mapToDouble(p -> p[0]).filter(x -> x > 0).min().orElse(1) / 10;
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setCapLength(6);
        r.setErrorStroke(new BasicStroke(1.5f));
        r.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
        r.setAutoPopulateSeriesShape(false);
        List<XYTextAnnotation> labels = new ArrayList<>();
        List<double[]> byDowntime = new ArrayList<>(points);
        byDowntime.sort((a, b) -> Double.compare(a[0], b[0]));
        for (double[] p : points) {
            int c = (int) p[6];
            XYIntervalSeries one = new XYIntervalSeries(Assumptions.label(s, configs.get(c)));
            double x = Math.max(p[0], floor);
            one.add(x, Math.max(p[1], floor), Math.max(p[2], floor), p[3], Math.max(p[4], 1e-9), p[5]);
            r.setSeriesPaint(data.getSeriesCount(), ChartStyle.colour(c));
            data.addSeries(one);
            List<String> same = new ArrayList<>(); // configurations drawn on the same spot share one label
            for (double[] q : points) {
                if (Math.abs(q[0] - p[0]) <= 1e-9 * Math.max(1, p[0]) && Math.abs(q[3] - p[3]) <= 1e-9 * Math.max(1, p[3])) {
                    same.add(Assumptions.label(s, configs.get((int) q[6])));
                }
            }
            if (!same.get(0).equals(Assumptions.label(s, configs.get(c)))) {
                continue;
            }
            boolean above = byDowntime.indexOf(p) % 2 == 0; // neighbours in downtime alternate above and below
            XYTextAnnotation a = new XYTextAnnotation(String.join(" = ", same), x * 1.12, above ? p[3] * 1.06 : p[3] / 1.06);
            a.setFont(new Font(ChartStyle.FONT, Font.PLAIN, 12));
            a.setTextAnchor(above ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT);
            a.setPaint(ChartStyle.colour(c).darker());
            labels.add(a);
        }
        List<double[]> frontier = frontier(points.stream() // a what-if cannot be chosen
                .filter(p -> !Assumptions.whatIf(s, configs.get((int) p[6]))).toList());
        XYSeries line = new XYSeries("cheapest for its downtime (none both cheaper and less down)", false, true);
        frontier.forEach(p -> line.add(Math.max(p[0], floor), p[3]));
        double xlo = points.stream().mapToDouble(p -> Math.max(p[1], floor)).min().orElse(floor);
        double xhi = points.stream().mapToDouble(p -> Math.max(p[2], floor)).max().orElse(1);
        double ylo = points.stream().mapToDouble(p -> Math.max(p[4], 1e-9)).min().orElse(1);
        double yhi = points.stream().mapToDouble(p -> p[5]).max().orElse(10);
        String cur = s.currency();
        RoundLogAxis x = new RoundLogAxis("downtime a year seen by clients' pulls (pull-weighted, log scale)",
                durations(), MinutesFormat::duration);
        x.setRange(xlo / 1.6, xhi * 1.6);
        RoundLogAxis y = new RoundLogAxis("total cost a year, " + cur + " (log scale)",
                RoundLogAxis.oneTwoFive(1, 1e12), v -> Formats.money(v, ""));
        y.setRange(ylo / 1.4, yhi * 1.4);
        XYPlot plot = new XYPlot(data, x, y, r);
        XYLineAndShapeRenderer ring = new XYLineAndShapeRenderer(true, true);
        ring.setSeriesPaint(0, Color.BLACK);
        ring.setSeriesStroke(0, ChartStyle.line(1, 1.2f));
        ring.setSeriesShape(0, new BasicStroke(2f).createStrokedShape(new java.awt.geom.Ellipse2D.Double(-9, -9, 18, 18)));
        ring.setSeriesShapesFilled(0, true);
        plot.setDataset(1, new XYSeriesCollection(line));
        plot.setRenderer(1, ring);
        labels.forEach(plot::addAnnotation);
        String cheapest = String.join(", ", frontier.stream().map(p -> configs.get((int) p[6])).toList());
        var chart = ChartStyle.chart("What each configuration costs a year against the downtime it leaves", List.of(
                Labels.runLine(s), "cost = infrastructure + expected cost of downtime + failed and lost pushes, at the "
                        + "scenario's prices · whiskers: " + Labels.percent(s.number("confidence")) + " intervals",
                "ringed: the cheapest configuration for its level of availability (" + cheapest + ")"
                        + (configs.stream().anyMatch(c -> Assumptions.whatIf(s, c))
                        ? " · (what-if): other assumptions, never ringed" : "")), plot, true);
        return Optional.of(new Figure(NAME, "Each dot is a configuration: further left means less downtime for "
                + "clients, lower means cheaper all in. The ringed configurations joined by the dashed line are the "
                + "only sensible choices: for each level of downtime, the cheapest that reaches it; any other "
                + "configuration is beaten by one that is both cheaper and less down.", chart, 1000, 600));
    }

    /**
     * The configurations that no other one beats on both counts, by ascending downtime: a
     * point is kept when it is cheaper than every point with less or equal downtime.
     */
    static List<double[]> frontier(List<double[]> points) {
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[3], b[3]));
        List<double[]> out = new ArrayList<>();
        double cheapest = Double.POSITIVE_INFINITY;
        for (double[] p : sorted) {
            if (p[3] < cheapest) {
                out.add(p);
                cheapest = p[3];
            }
        }
        return out;
    }

    /** Round durations in minutes: 1 s, 10 s, 1 min, 2 min, 5 min, 10 min, 30 min, 1 h, 2 h, 5 h, 12 h, 1 d, ... */
    static double[] durations() {
        return new double[] {1.0 / 60, 10.0 / 60, 30.0 / 60, 1, 2, 5, 10, 30, 60, 120, 300, 720, 1440, 2 * 1440,
            7 * 1440, 30 * 1440, 365 * 1440};
    }
}
