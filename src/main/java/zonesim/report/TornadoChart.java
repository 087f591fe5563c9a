package zonesim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import zonesim.model.Parameter;
import zonesim.whatif.Tornado;

/**
 * A tornado chart (SPEC 9 sensitivity): one row per parameter, widest swing on top, two
 * bars from the nominal value (the vertical line): where the metric goes with the
 * parameter at the low end of its range, and at the high end. Availability is shown as
 * downtime in minutes per year (for a difference, the downtime it adds).
 */
public final class TornadoChart {
    /** File name stem. */
    public static final String NAME = "tornado";

    private TornadoChart() { }

    /** The chart of {@code t}. */
    public static Figure of(Tornado t) {
        MetricDisplay show = MetricDisplay.of(t.metric());
        boolean diff = t.sensitivity().difference();
        java.util.function.DoubleUnaryOperator f = diff ? show.difference() : show.value();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Tornado.Bar b : t.bars()) {
            Parameter p = b.parameter();
            String row = p.label() + " (" + p.describe(b.low()) + " … " + p.describe(b.high()) + ")";
            data.addValue(f.applyAsDouble(b.atLow().mean()), "parameter at the low end", row);
            data.addValue(f.applyAsDouble(b.atHigh().mean()), "parameter at the high end", row);
        }
        double nominal = f.applyAsDouble(t.nominal().mean());
        BarRenderer r = new BarRenderer();
        r.setBase(nominal);
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0);
        r.setSeriesPaint(0, ChartStyle.colour(0));
        r.setSeriesPaint(1, ChartStyle.colour(1));
        String axis = (diff ? "difference " + t.subject() + ": " : t.subject() + ": ") + show.axisLabel();
        NumberAxis y = new NumberAxis(axis);
        y.setAutoRangeIncludesZero(false);
        CategoryAxis x = new CategoryAxis("");
        x.setMaximumCategoryLabelWidthRatio(0.45f);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ValueMarker line = new ValueMarker(nominal, Color.BLACK, new BasicStroke(1.5f));
        plot.addRangeMarker(line);
        var chart = ChartStyle.chart("What moves " + (diff ? "the difference in " : "") + t.metric().label(),
                List.of("scenario " + t.scenario() + " · " + (diff ? t.subject() : "configuration " + t.subject())
                        + " · " + (t.exact() ? "exact steady-state values" : "simulated on common random numbers, "
                        + t.evaluation().replications() + " replications per point"),
                        "line: nominal scenario · bars: one parameter moved over its range, all else nominal"),
                plot, true);
        int height = Math.max(360, 140 + 46 * t.bars().size());
        return new Figure(NAME, "How far " + (diff ? "the difference " + t.subject() + " in " : "")
                + t.metric().label() + " moves when each parameter alone goes from the low to the high end of its "
                + "range (widest swing on top); the vertical line is the scenario as written.", chart, 1000, height);
    }
}
