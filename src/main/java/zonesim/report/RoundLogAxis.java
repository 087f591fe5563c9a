package zonesim.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A logarithmic axis whose ticks sit at round values a reader knows (1 min, 10 min, 1 h,
 * 1 d; or 1,000, 2,000, 5,000, ...) instead of JFreeChart's powers of ten: the ticks are the
 * given candidates that fall in the visible range, thinned to at most {@link #MAX_TICKS}
 * by keeping every k-th.
 */
final class RoundLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    /** Most tick labels drawn. */
    static final int MAX_TICKS = 10;

    private final double[] candidates;
    private final transient DoubleFunction<String> label;

    /** An axis titled {@code title} with ticks at {@code candidates} (ascending), labelled by {@code label}. */
    RoundLogAxis(String title, double[] candidates, DoubleFunction<String> label) {
        super(title);
        this.candidates = candidates.clone();
        this.label = label;
        setMinorTickMarksVisible(false);
    }

    /** 1, 2, 5 × powers of ten from {@code from} to {@code to}. */
    static double[] oneTwoFive(double from, double to) {
        List<Double> out = new ArrayList<>();
        for (double p = Math.pow(10, Math.floor(Math.log10(from))); p <= to * 10; p *= 10) {
            for (double m : new double[] {1, 2, 5}) {
                if (p * m >= from && p * m <= to) {
                    out.add(p * m);
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The candidates inside the current range, thinned to at most {@link #MAX_TICKS}. */
    List<Double> visible() {
        List<Double> in = new ArrayList<>();
        for (double c : candidates) {
            if (c >= getLowerBound() * (1 - 1e-9) && c <= getUpperBound() * (1 + 1e-9)) {
                in.add(c);
            }
        }
        int step = (int) Math.ceil(in.size() / (double) MAX_TICKS);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i += Math.max(1, step)) {
            out.add(in.get(i));
        }
        return out;
    }

    @Override
    protected List<ValueTick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
    }

    @Override
    protected List<ValueTick> refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
    }

    private List<ValueTick> ticks(TextAnchor anchor) {
        List<ValueTick> out = new ArrayList<>();
        for (double v : visible()) {
            out.add(new NumberTick(TickType.MAJOR, v, label.apply(v), anchor, TextAnchor.CENTER, 0));
        }
        return out;
    }
}
