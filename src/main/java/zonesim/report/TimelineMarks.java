package zonesim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The marks of a timeline: each injected outage of the configuration (summary.json
 * {@code outage_impact}) as a shaded window at its nominal time, labelled "Dk" at the
 * bottom, and each configuration change ({@code inputs}) as a dashed line labelled "Ck" at
 * the top (short, so that close marks stay legible); subtitle lines say what each is.
 */
final class TimelineMarks {
    private static final Color INJECTED = new Color(255, 0, 0, 64);
    /** Injected windows narrower than this share of the shown window are widened to it (like outage bars). */
    private static final double MIN_SHARE = 0.004;
    private static final Color CHANGE = new Color(0x333333);

    private TimelineMarks() { }

    /** Adds the marks within [from, to) hours to {@code plot} (x in hours / unit); returns the subtitle lines. */
    static List<String> add(XYPlot plot, SummaryDoc s, String config, double from, double to, double unit) {
        List<String> lines = new ArrayList<>();
        Map<String, Map<?, ?>> outages = new LinkedHashMap<>();
        for (Map<?, ?> i : s.outageImpacts()) {
            if (config.equals(String.valueOf(i.get("configuration")))) {
                outages.putIfAbsent(Drills.title(i), i);
            }
        }
        List<String> drills = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, Map<?, ?>> e : outages.entrySet()) {
            k++;
            double at = Estimate.num(e.getValue().get("at_hours"));
            double length = Estimate.num(e.getValue().get("duration_hours"));
            double every = Estimate.num(e.getValue().get("repeat_every_hours"));
            boolean shown = false;
            for (double t = at; t < to && Double.isFinite(t); t = every > 0 ? t + every : Double.NaN) {
                if (t + length > from) {
                    double end = Math.min(Math.max(t + length, t + MIN_SHARE * (to - from)), to);
                    IntervalMarker m = new IntervalMarker(Math.max(t, from) / unit, end / unit);
                    m.setPaint(INJECTED);
                    if (!shown) {
                        m.setLabel("D" + k);
                        m.setLabelFont(TimelineChart.markFont());
                        m.setLabelPaint(new Color(0xB00000));
                        m.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
                        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
                    }
                    plot.addDomainMarker(m, Layer.BACKGROUND);
                    shown = true;
                }
            }
            if (shown) {
                drills.add("D" + k + " = " + e.getKey());
            }
        }
        List<String> changes = new ArrayList<>();
        int c = 0;
        for (Object o : SummaryDoc.list(s.inputs(config).get("changes"))) {
            Map<?, ?> ch = SummaryDoc.map(o);
            double at = Estimate.num(ch.get("at_hours"));
            c++;
            if (at < from || at >= to) {
                continue;
            }
            ValueMarker m = new ValueMarker(at / unit, CHANGE, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            m.setLabel("C" + c);
            m.setLabelFont(TimelineChart.markFont());
            m.setLabelPaint(CHANGE);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m, Layer.FOREGROUND);
            changes.add("C" + c + " = " + ScenarioParameters.day(at) + ": " + ch.get("text"));
        }
        if (!drills.isEmpty()) {
            lines.add("shaded red: injected outages at their nominal times (at least "
                    + Labels.duration(Math.rint(MIN_SHARE * (to - from))) + " wide) · " + String.join(" · ", drills));
        }
        if (!changes.isEmpty()) {
            lines.add("dashed: configuration changes · " + String.join(" · ", changes));
        }
        return lines;
    }
}
