package zonesim.report;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A chart ready to write: its file name stem, a one-sentence caption telling how to read
 * it, and its size in pixels. Renders to PNG bytes and to SVG text; the SVG's id prefix
 * is derived from the name (JFreeSVG's default comes from {@code System.nanoTime()}), so
 * the same chart gives byte-identical SVG and several SVGs can share one HTML page.
 * Coordinates are written with two decimals, plenty at this size.
 */
public record Figure(String name, String caption, JFreeChart chart, int width, int height) {

    /** The chart as a PNG image. */
    public byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart as a standalone SVG document. */
    public String svg() {
        return draw().getSVGDocument() + "\n";
    }

    /** The chart as an {@code <svg>} element that scales to its container, for inlining in HTML. */
    public String inlineSvg() {
        return draw().getSVGElement("zs-" + name, false, new ViewBox(0, 0, width, height), null, null);
    }

    private SVGGraphics2D draw() {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix("zs-" + name + "-");
        java.text.NumberFormat twoDecimals = ChartStyle.format("0.##");
        g.setGeomDoubleConverter(twoDecimals::format);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g;
    }
}
