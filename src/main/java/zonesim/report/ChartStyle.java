package zonesim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The house look of every chart: fixed logical fonts (so SVG text and layout do not
 * depend on the default locale or font), white background, light grid, legend at the
 * bottom, and the Okabe-Ito colour-blind-safe palette (Okabe and Ito, "Color Universal
 * Design", 2008), one colour per configuration.
 */
public final class ChartStyle {
    /** Okabe-Ito palette without yellow, which is unreadable on white. */
    public static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00),
            new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), Color.BLACK);
    /** Grid line colour. */
    public static final Color GRID = new Color(0xDDDDDD);
    /** The family used for all text. */
    public static final String FONT = "SansSerif";

    private ChartStyle() { }

    /** The palette colour of series {@code i} (cycling). */
    public static Color colour(int i) {
        return PALETTE.get(i % PALETTE.size());
    }

    /** {@code c} with alpha {@code a} in [0, 1]. */
    public static Color translucent(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(a * 255));
    }

    /** A dashed stroke for the k-th line style (0 is solid). */
    public static Stroke line(int k, float width) {
        float[][] dashes = {null, {8f, 4f}, {2f, 3f}, {8f, 3f, 2f, 3f}};
        float[] d = dashes[k % dashes.length];
        return d == null ? new BasicStroke(width) : new BasicStroke(width, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, d, 0f);
    }

    /**
     * Tick units for an axis of fractions shown as percentages, each size with just the
     * decimals it needs (0.05% steps print 0.05%, 0.1%, 0.15%), so no two ticks print alike.
     */
    public static org.jfree.chart.axis.TickUnits percentTicks() {
        return decimalTicks(2, "%"); // an unquoted % multiplies by 100
    }

    /**
     * Tick units from 1e-12 to 1e3 in 1, 2, 2.5, 5 steps, each formatted with the decimals its
     * size needs after multiplying by 10^{@code shift} (2 for fractions shown as percentages,
     * 0 for values already in percent), followed by {@code suffix} (a DecimalFormat literal).
     */
    public static org.jfree.chart.axis.TickUnits decimalTicks(int shift, String suffix) {
        DecimalTicks units = new DecimalTicks();
        for (int e = -12; e <= 3; e++) {
            for (double m : new double[] {1, 2, 2.5, 5}) {
                double size = m * Math.pow(10, e);
                int decimals = Math.max(0, -(e + shift) + (m == 2.5 ? 1 : 0));
                units.add(new org.jfree.chart.axis.NumberTickUnit(size,
                        format("0" + (decimals > 0 ? "." + "0".repeat(decimals) : "") + suffix)));
            }
        }
        return units;
    }

    /** Tick units made by {@link #decimalTicks}; {@link #chart} leaves axes that use them alone. */
    static final class DecimalTicks extends org.jfree.chart.axis.TickUnits {
        private static final long serialVersionUID = 1L;
    }

    /** A locale-independent number format with the given pattern. */
    public static NumberFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /**
     * Builds a chart around {@code plot} with a title, subtitle lines and the house style.
     * Styles each part directly rather than through a ChartTheme, whose apply() would clear
     * the series colours and strokes the charts set.
     */
    public static JFreeChart chart(String title, List<String> subtitles, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 18), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.CENTER);
        for (String s : subtitles) {
            TextTitle t = new TextTitle(s, new Font(FONT, Font.PLAIN, 13));
            t.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(t);
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setItemFont(new Font(FONT, Font.PLAIN, 12));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        plot.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE.toArray(new Paint[0]),
                PALETTE.toArray(new Paint[0]), PALETTE.toArray(new Paint[0]), new Stroke[] {new BasicStroke(2f)},
                new Stroke[] {new BasicStroke(1f)}, new Shape[] {new Ellipse2D.Double(-4.5, -4.5, 9, 9)}));
        if (plot instanceof CombinedRangeXYPlot combined) {
            xy(combined);
            for (XYPlot sub : combined.getSubplots()) {
                sub.setBackgroundPaint(Color.WHITE);
                sub.setOutlinePaint(Color.GRAY);
                xy(sub);
            }
        } else if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
            xy(combined);
            for (XYPlot sub : combined.getSubplots()) {
                sub.setBackgroundPaint(Color.WHITE);
                sub.setOutlinePaint(Color.GRAY);
                xy(sub);
            }
        } else if (plot instanceof XYPlot xy) {
            xy(xy);
        } else if (plot instanceof CategoryPlot cp) {
            cp.setDomainGridlinePaint(GRID);
            cp.setRangeGridlinePaint(GRID);
            cp.setAxisOffset(RectangleInsets.ZERO_INSETS);
            cp.getDomainAxes().values().forEach(ChartStyle::axis);
            cp.getRangeAxes().values().forEach(ChartStyle::axis);
        }
        return chart;
    }

    private static void xy(XYPlot xy) {
        xy.setDomainGridlinePaint(GRID);
        xy.setRangeGridlinePaint(GRID);
        xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
        xy.getDomainAxes().values().forEach(ChartStyle::axis);
        xy.getRangeAxes().values().forEach(ChartStyle::axis);
    }

    private static void axis(Axis a) {
        if (a == null) {
            return;
        }
        if (a instanceof NumberAxis n && !(n instanceof SymbolAxis) && n.getNumberFormatOverride() == null
                && !(n.getStandardTickUnits() instanceof DecimalTicks)) {
            n.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        }
        a.setLabelFont(new Font(FONT, Font.PLAIN, 13));
        a.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        a.setLabelPaint(Color.DARK_GRAY);
        a.setTickLabelPaint(Color.DARK_GRAY);
    }
}
